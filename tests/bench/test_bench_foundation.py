"""Benchmarks of the foundation (run with `make bench`, never by `make test`)."""

from __future__ import annotations

import io
import json
import random
import sqlite3
import statistics
import uuid
from pathlib import Path

import yaml
from PIL import Image

from auditapp.core.answers import Answer
from auditapp.core.forms import load_library, parse_form, shipped_forms_dir
from auditapp.core.jsontext import canonical_json
from auditapp.core.records import Auditor, Site
from auditapp.core.scoring import score
from auditapp.core.trail import entry_hash
from auditapp.store import Store
from tests.bench.report import p95, show, timed
from tests.scoring_forms import worked_form

AUDITS = 100_000
STORE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA fullfsync=ON",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
    "PRAGMA recursive_triggers=on",
)
"""The store's pragmas besides ``synchronous`` (auditapp/store/db.py), for the baseline."""


def _fill(store: Store, n: int) -> str:
    """``n`` completed audits of the worked form, each with 4 answers and the 5 chained
    trail entries that made them, inserted in one transaction."""
    digest = store.forms.install(worked_form())
    store.sites.upsert_many(
        [Site(f"S{i:03d}", f"Site {i}", "East", "restaurant") for i in range(50)]
    )
    at = "2026-11-01T10:00:00+08:00"
    rows, answers, trail = [], [], []
    for i in range(n):
        aid = str(uuid.uuid4())
        ctx = [aid, digest, "worked-example", 1, f"S{i % 50:03d}", "Li", "", "", "inspection"]
        rows.append((*ctx, "completed", 1, at, at, "", "{}", "90", "A", 1))
        new = canonical_json({"form": "worked-example", "site": ctx[4], "version": 1})
        prev = entry_hash(aid, at, "Li", "create", "", "null", new, "")
        trail.append((aid, at, "Li", "create", "", "null", new, "", prev))
        for item, val in (("greet", "pass"), ("attitude", 4), ("hygiene", "pass"), ("wait", "10")):
            answers.append((aid, item, json.dumps(val), 0, "", at))
            new = canonical_json(val)
            h = entry_hash(aid, at, "Li", "answer", item, "null", new, prev)
            trail.append((aid, at, "Li", "answer", item, "null", new, prev, h))
            prev = h
    conn = store.db.conn
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO audits (id, form_hash, form_id, form_version, site_code, auditor_name, "
        "auditor_id, auditor_alias, kind, status, revision, created_at, updated_at, "
        f"completed_at, context, percent, grade, passed) VALUES ({','.join('?' * 18)})",
        rows,
    )
    conn.executemany("INSERT INTO answers VALUES (?,?,?,?,?,?)", answers)
    conn.executemany(
        "INSERT INTO trail (audit_id, at, actor, action, item_id, old, new, prev_hash, hash) "
        "VALUES (?,?,?,?,?,?,?,?,?)",
        trail,
    )
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return digest


def test_bench_save_one_answer(tmp_path: Path) -> None:
    store = Store(tmp_path / "d")
    digest = _fill(store, AUDITS)
    audit = store.audits.create(digest, "S001", Auditor("Li"))
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL, as shipped
    values = iter(range(10**6))

    def save() -> None:
        store.audits.set_answer(audit.id, "wait", str(next(values) % 1000), "Li")

    # Baseline: a raw sqlite3 upsert + commit of the same row, same pragmas, same tables.
    raw = sqlite3.connect(str(tmp_path / "d" / "audits.db"), isolation_level=None)
    for pragma in STORE_PRAGMAS:
        raw.execute(pragma)
    n = iter(range(10**6))

    def raw_save() -> None:
        raw.execute("BEGIN IMMEDIATE")
        raw.execute(
            "INSERT INTO answers VALUES (?,?,?,?,?,?) ON CONFLICT(audit_id, item_id) DO "
            "UPDATE SET value=excluded.value",
            (audit.id, "notes", json.dumps(str(next(n))), 0, "", "2026-11-23T10:00:00+08:00"),
        )
        raw.execute("COMMIT")

    # 300 saves of each kind under FULL (what the app runs) and, for comparison, NORMAL,
    # interleaved in blocks of 50 in a rotating order: this disk's fsync time drifts.
    times: dict[tuple[str, str], list[float]] = {}
    plan = [(mode, kind) for mode in ("FULL", "NORMAL") for kind in ("store", "raw")]
    for block in range(6):
        for mode, kind in plan[block % 4 :] + plan[: block % 4]:
            for conn in (store.db.conn, raw):
                conn.execute(f"PRAGMA synchronous={mode}")
            fn = save if kind == "store" else raw_save
            times.setdefault((mode, kind), []).extend(timed(fn, 50))
    for conn in (store.db.conn, raw):
        conn.execute("PRAGMA synchronous=FULL")

    def ms(mode: str, kind: str, p: str) -> float:
        got = times[(mode, kind)]
        return (p95(got) if p == "p95" else statistics.median(got)) * 1000

    show(
        "save one answer (p95 of 300, 100,000 audits, synchronous=FULL)",
        ms("FULL", "store", "p95"),
        "raw sqlite3 upsert+commit p95, same pragmas",
        ms("FULL", "raw", "p95"),
        5,
    )
    print(
        f"      p50: {ms('FULL', 'store', 'p50'):.2f} ms | baseline p50: "
        f"{ms('FULL', 'raw', 'p50'):.2f} ms"
    )
    print(
        f"      for comparison, synchronous=NORMAL (same run, interleaved): p50 "
        f"{ms('NORMAL', 'store', 'p50'):.2f} ms, p95 {ms('NORMAL', 'store', 'p95'):.2f} ms"
        f" | baseline p50 {ms('NORMAL', 'raw', 'p50'):.2f} ms, p95 "
        f"{ms('NORMAL', 'raw', 'p95'):.2f} ms"
    )
    raw.close()
    store.close()


def test_bench_load_library() -> None:
    load_library()  # warm imports
    times = timed(load_library, 7)
    files = sorted(shipped_forms_dir().glob("*.yaml"))
    base = timed(
        lambda: [yaml.load(f.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader) for f in files],
        7,
    )
    show(
        f"load + validate {len(files)} files",
        statistics.median(times) * 1000,
        "libyaml load of the same files",
        statistics.median(base) * 1000,
        300,
    )


def _big_form_text(n_items: int) -> str:
    items = []
    for i in range(n_items):
        kind = i % 4
        if kind == 0:
            items.append(
                f"      - {{id: i{i}, type: check, clause: RST-1.1, prompt: {{en: q{i}, zh: 问{i}}}}}"
            )
        elif kind == 1:
            items.append(
                f"      - {{id: i{i}, type: rating, clause: RST-1.1, scale: {{min: 1, max: 5}}, prompt: {{en: q, zh: 问}}}}"
            )
        elif kind == 2:
            items.append(
                f"      - {{id: i{i}, type: number, unit: min, rule: {{max: 15}}, clause: RST-1.1, prompt: {{en: q, zh: 问}}}}"
            )
        else:
            items.append(
                f"      - {{id: i{i}, type: check, clause: RST-1.1, allow_na: true, visible_if: {{item: i{i - 3}, equals: pass}}, prompt: {{en: q, zh: 问}}}}"
            )
    sections = []
    per = n_items // 10
    for s in range(10):
        sections.append(
            f"  - id: s{s}\n    title: {{en: S{s}, zh: 节{s}}}\n    weight: {1 + s % 3}\n    items:\n"
            + "\n".join(items[s * per : (s + 1) * per])
        )
    return (
        "format: 1\nid: big\nversion: 1\nkind: inspection\nindustry: restaurant\n"
        "title: {en: Big, zh: 大}\nscoring:\n  critical_policy: fail\n  pass_percent: 80\n"
        "  grades:\n    - {grade: A, min: 0, label: {en: A, zh: 甲}}\nsections:\n"
        + "\n".join(sections)
    )


def test_bench_score_300_items() -> None:
    form = parse_form(_big_form_text(300), None, "big.yaml")
    rng = random.Random(1)
    answers = {}
    for item in form.items():
        v = {
            "check": rng.choice(["pass", "fail"]),
            "rating": rng.randint(1, 5),
            "number": rng.randint(1, 30),
        }[item.type.value]
        answers[item.id] = Answer(item.id, v)
    times = timed(lambda: score(form, answers), 50)
    from fractions import Fraction

    base = timed(lambda: sum(Fraction(i % 5, 4) for i in range(300)), 50)
    show(
        "score a 300-item audit (median)",
        statistics.median(times) * 1000,
        "summing 300 fractions",
        statistics.median(base) * 1000,
        5,
    )


def test_bench_ingest_12mp(tmp_path: Path) -> None:
    rng = random.Random(2)
    img = Image.effect_noise((4000, 3000), 40).convert("RGB")
    img.paste((rng.randrange(255), 90, 40), (0, 0, 2000, 1500))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=92)
    data = buf.getvalue()
    store = Store(tmp_path / "d")
    digest = store.forms.install(worked_form())
    store.sites.upsert_many([Site("S1", "Site", "East", "restaurant")])
    audit = store.audits.create(digest, "S1", Auditor("Li"))
    times = timed(lambda: store.photos.ingest(audit.id, data, "tables", "Li"), 5)

    def baseline() -> None:
        with Image.open(io.BytesIO(data)) as im:
            out = io.BytesIO()
            im.save(out, "JPEG", quality=85)

    base = timed(baseline, 5)
    show(
        f"ingest a 12 MP JPEG ({len(data) // 1024} KB, median)",
        statistics.median(times) * 1000,
        "Pillow open + save alone",
        statistics.median(base) * 1000,
        400,
    )
    store.close()
