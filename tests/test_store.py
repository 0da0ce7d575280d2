"""The local store: audits, answers, trail, locking, listing, migrations."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest

from auditapp.core.errors import AnswerError
from auditapp.core.records import Auditor, AuditStatus, Site, VisitContext
from auditapp.store import AuditFilter, LockedError, NotFound, Store, StoreError
from auditapp.store.db import DB_NAME, MIGRATIONS
from tests.scoring_forms import worked_form

ME = Auditor("Li Na", "AUD-1", "Shopper Owl")


@pytest.fixture
def audit(store):
    digest = store.forms.install(worked_form())
    store.sites.upsert_many(
        [
            Site("SH-01", "静安店", "East 华东", "restaurant"),
            Site("GZ-01", "天河店", "South 华南", "restaurant"),
        ]
    )
    return store.audits.create(digest, "SH-01", ME, VisitContext(scenario="lunch"))


def answer_all(store, audit_id):
    for item, value in (
        ("greet", "pass"),
        ("attitude", 4),
        ("hygiene", "pass"),
        ("wait", "12"),
        ("tables", "clean"),
    ):
        store.audits.set_answer(audit_id, item, value, ME.name)


def sign_off(store, audit_id):
    """The signatures the form needs (an inspection here: auditor and site representative)."""
    png = b"\x89PNG\r\n\x1a\n" + b"2" * 9
    for role, name in (("auditor", ME.name), ("site_representative", "Wu")):
        store.signoff.sign(audit_id, role, name, png, ME.name)


def test_answers_are_saved_scored_and_trailed(store, audit):
    answer_all(store, audit.id)
    stored = store.audits.answers(audit.id)
    assert stored["wait"].value == Decimal("12") and stored["attitude"].value == 4
    got = store.audits.get(audit.id)
    assert (got.percent, got.grade, got.passed) == ("95", "A", True)
    assert got.context.scenario == "lunch"
    assert store.audits.trail_problems(audit.id) == []
    # unchanged answers add no trail entries
    n = len(store.db.execute("SELECT * FROM trail").fetchall())
    store.audits.set_answer(audit.id, "greet", "pass", ME.name)
    assert len(store.db.execute("SELECT * FROM trail").fetchall()) == n


def test_bad_answer_is_refused_and_nothing_changes(store, audit):
    store.audits.set_answer(audit.id, "wait", "12", ME.name)
    with pytest.raises(AnswerError, match="takes a number"):
        store.audits.set_answer(audit.id, "wait", "soon", ME.name)
    with pytest.raises(AnswerError, match="no item 'nope'"):
        store.audits.set_answer(audit.id, "nope", "pass", ME.name)
    with pytest.raises(AnswerError, match="cannot be marked not applicable"):
        store.audits.set_na(audit.id, "greet", True, ME.name)
    assert store.audits.answers(audit.id)["wait"].value == Decimal("12")


def test_na_comment_and_long_text(store, audit):
    store.audits.set_answer(audit.id, "attitude", 2, ME.name)
    store.audits.set_na(audit.id, "attitude", True, ME.name)
    a = store.audits.answers(audit.id)["attitude"]
    assert a.na and a.value is None
    note = "😀 <b>&amp;</b> " + "长" * 9000
    store.audits.set_comment(audit.id, "greet", note, ME.name)
    assert store.audits.answers(audit.id)["greet"].comment == note
    with pytest.raises(AnswerError, match="at most 20000"):
        store.audits.set_comment(audit.id, "greet", "x" * 20001, ME.name)


def test_trail_tampering_is_detected(store, audit):
    answer_all(store, audit.id)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.db.execute("UPDATE trail SET new = '\"fail\"' WHERE item_id = 'greet'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):  # REPLACE deletes first
        store.db.execute("INSERT OR REPLACE INTO trail (seq, audit_id) SELECT seq, 'x' FROM trail")
    # someone with the file drops the guard and rewrites history
    store.db.execute("DROP TRIGGER trail_no_update")
    store.db.execute("UPDATE trail SET new = '\"fail\"' WHERE item_id = 'greet'")
    problems = store.audits.trail_problems(audit.id)
    assert problems and "does not match its hash" in problems[0]


def test_complete_lock_and_reopen(store, audit):
    with pytest.raises(StoreError, match="cannot be completed yet: greet \\(unanswered\\)"):
        store.audits.complete(audit.id, ME.name)
    answer_all(store, audit.id)
    store.signoff.sign(audit.id, "auditor", ME.name, PNG, ME.name)
    with pytest.raises(
        StoreError, match="cannot be completed yet: the form needs the signature of the site rep"
    ):
        store.audits.complete(audit.id, ME.name)
    assert store.audits.get(audit.id).status == AuditStatus.IN_PROGRESS
    sign_off(store, audit.id)
    done = store.audits.complete(audit.id, ME.name)
    assert done.status == AuditStatus.COMPLETED and done.completed_at
    with pytest.raises(LockedError, match="reopen it"):
        store.audits.set_answer(audit.id, "greet", "fail", ME.name)
    with pytest.raises(StoreError, match="needs a reason"):
        store.audits.reopen(audit.id, "  ", ME.name)
    again = store.audits.reopen(audit.id, "Manager disputed the hygiene finding", ME.name)
    assert again.revision == 2 and again.status == AuditStatus.IN_PROGRESS
    entries = store.db.execute("SELECT action, new FROM trail WHERE action = 'reopen'").fetchall()
    assert "disputed" in entries[0][1]
    assert store.audits.trail_problems(audit.id) == []


def test_list_filters_sort_and_prefix(store, audit):
    other = store.audits.create(audit.form_hash, "GZ-01", Auditor("Wang"))
    answer_all(store, audit.id)
    assert store.audits.count() == 2
    assert [a.id for a in store.audits.list(AuditFilter(region="South 华南"))] == [other.id]
    assert [a.id for a in store.audits.list(AuditFilter(search="静安"))] == [audit.id]
    assert [a.id for a in store.audits.list(AuditFilter(search="wang"))] == [other.id]
    assert store.audits.count(AuditFilter(status="completed")) == 0
    ordered = store.audits.list(order_by="percent", descending=True)
    assert ordered[0].id == audit.id
    assert store.audits.resolve(audit.id[:8]).id == audit.id
    with pytest.raises(NotFound):
        store.audits.resolve("zzzzzzzz")
    with pytest.raises(StoreError, match="cannot sort"):
        store.audits.list(order_by="id; DROP TABLE audits")


def test_audit_keeps_its_form_version(store, audit):
    answer_all(store, audit.id)
    with pytest.raises(StoreError, match="give the change a new version number"):
        store.forms.install(worked_form("fail"))  # same id and version, other content
    newer = worked_form("fail", version=2)
    new_hash = store.forms.install(newer)
    assert new_hash != audit.form_hash
    assert store.audits.form_of(store.audits.get(audit.id)).scoring.critical_policy.value == "cap"
    assert store.forms.install(worked_form()) == audit.form_hash  # idempotent


def test_unknown_site_is_refused(store):
    digest = store.forms.install(worked_form())
    with pytest.raises(NotFound, match="no site"):
        store.audits.create(digest, "NOPE", ME)


def test_migrations_and_newer_schema(tmp_path):
    s = Store(tmp_path / "d")
    assert s.db.execute("PRAGMA recursive_triggers").fetchone()[0] == 1
    assert s.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    s.db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    s.close()
    with pytest.raises(StoreError, match="newer ServiceAudit"):
        Store(tmp_path / "d")


def test_not_a_database(tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / DB_NAME).write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a ServiceAudit database|cannot open"):
        Store(folder)


def test_backups_roll(store, audit):
    for _ in range(9):
        store.backup()
    backups = sorted(store.backup_dir.glob("audits-*.db"))
    assert len(backups) == 7
    copy = sqlite3.connect(backups[-1])
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT COUNT(*) FROM audits").fetchone()[0] == 1


def test_signatures_and_actions(store, audit):
    png = b"\x89PNG\r\n\x1a\n" + b"0" * 20
    sig = store.signoff.sign(audit.id, "auditor", "Li Na", png, ME.name)
    store.signoff.sign(audit.id, "auditor", "Li Na", png + b"1", ME.name)  # redo replaces
    assert [s.role for s in store.signoff.signatures(audit.id)] == ["auditor"]
    assert sig.name == "Li Na"
    with pytest.raises(StoreError, match="PNG"):
        store.signoff.sign(audit.id, "auditor", "Li Na", b"GIF89a", ME.name)
    with pytest.raises(StoreError, match="role"):
        store.signoff.sign(audit.id, "boss", "X", png, ME.name)
    act = store.signoff.add_action(
        audit.id, "hygiene", "Deep clean", "Manager Wu", "2026-12-01", ME.name
    )
    assert act.status.value == "open"
    with pytest.raises(StoreError, match="YYYY-MM-DD"):
        store.signoff.add_action(audit.id, None, "x", "y", "next week", ME.name)
    assert store.audits.trail_problems(audit.id) == []


def test_na_trail_keeps_the_cleared_value(store, audit):
    store.audits.set_answer(audit.id, "attitude", 4, ME.name)
    store.audits.set_na(audit.id, "attitude", True, ME.name)
    row = store.db.execute("SELECT old, new FROM trail WHERE action = 'na'").fetchone()
    assert '"value":4' in row[0] and '"na":true' in row[1]


def test_reopen_clears_signatures_of_the_locked_revision(store, audit):
    answer_all(store, audit.id)
    store.signoff.sign(
        audit.id, "site_representative", "Wu", b"\x89PNG\r\n\x1a\n" + b"1" * 9, ME.name
    )
    store.signoff.sign(audit.id, "auditor", ME.name, b"\x89PNG\r\n\x1a\n" + b"3" * 9, ME.name)
    store.audits.complete(audit.id, ME.name)
    store.audits.reopen(audit.id, "typo in a comment", ME.name)
    assert store.signoff.signatures(audit.id) == []
    cleared = store.db.execute(
        "SELECT old FROM trail WHERE action = 'signatures_cleared'"
    ).fetchone()
    assert "Wu" in cleared[0]
    assert store.audits.trail_problems(audit.id) == []


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("1,000", "ambiguous"),
        ("-5", "at least 0 min"),
        ("1.2345678901234567", "15 significant digits"),
    ],
)
def test_number_answers_refuse_what_a_user_would_regret(store, audit, raw, message):
    with pytest.raises(AnswerError, match=message):
        store.audits.set_answer(audit.id, "wait", raw, ME.name)
    store.audits.set_answer(audit.id, "wait", "12,5", ME.name)
    assert store.audits.answers(audit.id)["wait"].value == Decimal("12.5")


def test_store_connection_syncs_every_commit(store, tmp_path):
    # WAL with synchronous=FULL: each commit is fsynced before "Saved" is shown.
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2
    with Store(store.data_dir) as second:  # as the background backup opens its own
        assert second.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert second.db.execute("PRAGMA synchronous").fetchone()[0] == 2


def _tamper(store, seq, new):
    store.db.execute("UPDATE trail SET new = ? WHERE seq = ?", [new, seq])


def test_trail_check_resumes_after_the_last_verified_entry(store, audit):
    answer_all(store, audit.id)
    problems, first = store.audits.trail_problems_since(audit.id, None)
    assert problems == [] and len(first) == 6  # create + 5 answers
    verified = first[-1]
    store.audits.set_answer(audit.id, "wait", "13", ME.name)
    store.audits.set_comment(audit.id, "greet", "at the door", ME.name)
    problems, new = store.audits.trail_problems_since(audit.id, verified)
    assert problems == [] and [e.action for e in new] == ["answer", "comment"]
    assert new[0].prev_hash == verified.hash
    assert store.audits.trail_problems_since(audit.id, new[-1]) == ([], [])

    store.db.execute("DROP TRIGGER trail_no_update")
    # after the resume point: found, as by a check from the start
    _tamper(store, new[0].seq, '"14"')
    problems, _ = store.audits.trail_problems_since(audit.id, verified)
    assert problems == [f"entry {new[0].seq}: content does not match its hash"]
    _tamper(store, new[0].seq, new[0].new)
    # the resume point itself: its row must be as it was verified
    _tamper(store, verified.seq, '"13"')
    problems, _ = store.audits.trail_problems_since(audit.id, verified)
    assert problems[0] == f"entry {verified.seq}: changed since it was verified"
    _tamper(store, verified.seq, verified.new)
    # before the resume point: not read again, left to the check from the start
    _tamper(store, first[1].seq, '"fail"')
    assert store.audits.trail_problems_since(audit.id, verified) == ([], new)
    assert store.audits.trail_problems(audit.id)[0].startswith(f"entry {first[1].seq}:")
    _tamper(store, first[1].seq, first[1].new)
    assert store.audits.trail_problems(audit.id) == []


def test_trail_check_resumes_against_what_it_verified(store, audit):
    from auditapp.core.trail import entry_hash

    answer_all(store, audit.id)
    _, seen = store.audits.trail_problems_since(audit.id, None)
    verified = seen[-1]
    # Someone rewrites the history from the second entry on, rehashing every entry after
    # it: self-consistent, so a check from the start finds nothing, but the resumed check
    # holds the hash it verified.
    store.db.execute("DROP TRIGGER trail_no_update")
    prev = seen[0].hash
    for e in seen[1:]:
        new = '"fail"' if e is seen[1] else e.new
        digest = entry_hash(e.audit_id, e.at, e.actor, e.action, e.item_id, e.old, new, prev)
        store.db.execute(
            "UPDATE trail SET new = ?, prev_hash = ?, hash = ? WHERE seq = ?",
            [new, prev, digest, e.seq],
        )
        prev = digest
    assert store.audits.trail_problems(audit.id) == []
    problems, _ = store.audits.trail_problems_since(audit.id, verified)
    assert problems == [f"entry {verified.seq}: changed since it was verified"]
    # and an entry appended to the forged chain does not link to what was verified
    store.audits.set_answer(audit.id, "wait", "20", ME.name)
    problems, _ = store.audits.trail_problems_since(audit.id, verified)
    assert problems[1:] == [
        f"entry {verified.seq + 1}: previous hash does not match the entry before it"
    ]
    store.db.execute("DROP TRIGGER trail_no_delete")
    store.db.execute("DELETE FROM trail WHERE seq = ?", [verified.seq])
    problems, _ = store.audits.trail_problems_since(audit.id, verified)
    assert problems[0] == f"entry {verified.seq}: gone since it was verified"


PNG = b"\x89PNG\r\n\x1a\n" + b"1" * 9


def _variant(store, **lines: str):
    """The worked form with top-level lines changed (e.g. kind), installed; an audit on it."""
    from auditapp.core.forms import parse_form
    from tests.scoring_forms import WORKED

    text = WORKED.format(policy="cap", cap="cap_percent: 60", version=1)
    for key, value in lines.items():
        if f"\n{key}:" in text:
            text = "\n".join(
                f"{key}: {value}" if ln.startswith(f"{key}:") else ln for ln in text.split("\n")
            )
        else:
            text = text.replace("\nkind:", f"\n{key}: {value}\nkind:", 1)
    digest = store.forms.install(parse_form(text, None, "variant.yaml"))
    store.sites.upsert_many([Site("SH-01", "静安店", "East 华东", "restaurant")])
    return store.audits.create(digest, "SH-01", ME)


def test_a_mystery_shop_takes_no_site_representative_signature(store):
    audit = _variant(store, kind="mystery_shop")
    with pytest.raises(StoreError, match="takes no site representative signature"):
        store.signoff.sign(audit.id, "site_representative", "Wu", PNG, ME.name)
    assert store.signoff.signatures(audit.id) == []
    sig = store.signoff.sign(audit.id, "auditor", "Shopper Owl", PNG, ME.name)
    assert sig.role == "auditor"


def test_a_signature_keeps_the_time_it_was_drawn(store, audit):
    from datetime import datetime, timedelta

    drawn = (datetime.now().astimezone() - timedelta(minutes=7)).replace(microsecond=0)
    sig = store.signoff.sign(audit.id, "auditor", "Li Na", PNG, ME.name, drawn.isoformat())
    assert datetime.fromisoformat(sig.signed_at) == drawn
    entry = store.db.execute("SELECT new FROM trail WHERE action = 'signature'").fetchone()
    assert drawn.isoformat() in entry[0]
    for bad, message in (
        ("yesterday", "ISO 8601"),
        ("2026-12-01T10:00:00", "UTC offset"),
        ((drawn + timedelta(days=1)).isoformat(), "future"),
    ):
        with pytest.raises(StoreError, match=message):
            store.signoff.sign(audit.id, "site_representative", "Wu", PNG, ME.name, bad)
    assert [s.role for s in store.signoff.signatures(audit.id)] == ["auditor"]


def test_actions_are_edited_and_removed_until_the_audit_locks(store, audit):
    answer_all(store, audit.id)
    store.audits.set_answer(audit.id, "greet", "fail", ME.name)
    act = store.signoff.add_action(audit.id, "greet", "Greet", "Wu", "2030-01-31", ME.name)
    edited = store.signoff.update_action(
        act.id, " Greet at the door ", "Zhou", "2030-02-01", ME.name
    )
    assert (edited.what, edited.owner, edited.due_date) == (
        "Greet at the door",
        "Zhou",
        "2030-02-01",
    )
    with pytest.raises(StoreError, match="due date must be YYYY-MM-DD"):
        store.signoff.update_action(act.id, "Greet", "Zhou", "soon", ME.name)
    other = store.signoff.add_action(audit.id, "greet", "Smile", "Wu", "2030-01-31", ME.name)
    store.signoff.remove_action(other.id, ME.name)
    assert [a.id for a in store.signoff.actions(audit.id)] == [act.id]
    with pytest.raises(NotFound):
        store.signoff.remove_action(other.id, ME.name)
    rows = store.db.execute(
        "SELECT action, old, new FROM trail WHERE action IN ('action_edit', 'action_remove')"
    ).fetchall()
    assert [r[0] for r in rows] == ["action_edit", "action_remove"]
    assert '"owner":"Wu"' in rows[0][1] and '"owner":"Zhou"' in rows[0][2]
    assert '"what":"Smile"' in rows[1][1]
    assert store.audits.trail_problems(audit.id) == []

    store.audits.set_answer(audit.id, "greet", "pass", ME.name)
    sign_off(store, audit.id)
    store.audits.complete(audit.id, ME.name)
    with pytest.raises(LockedError):
        store.signoff.update_action(act.id, "Other", "Zhou", "2030-02-01", ME.name)
    with pytest.raises(LockedError):
        store.signoff.remove_action(act.id, ME.name)
    assert store.signoff.action(act.id).what == "Greet at the door"


def test_a_form_may_require_an_action_for_every_failed_item(store):
    audit = _variant(store, actions_required="true")
    answer_all(store, audit.id)
    store.audits.set_answer(audit.id, "greet", "fail", ME.name)
    store.audits.set_answer(audit.id, "hygiene", "fail", ME.name)
    with pytest.raises(
        StoreError, match="corrective action for every failed item; without one: greet, hygiene"
    ):
        store.audits.complete(audit.id, ME.name)
    store.signoff.add_action(audit.id, "greet", "Greet", "Wu", "2030-01-31", ME.name)
    with pytest.raises(StoreError, match="without one: hygiene$"):
        store.audits.complete(audit.id, ME.name)
    store.signoff.add_action(audit.id, "hygiene", "Clean", "Wu", "2030-01-31", ME.name)
    sign_off(store, audit.id)
    assert store.audits.complete(audit.id, ME.name).status == AuditStatus.COMPLETED
