"""In-progress audits export as drafts: marked on every PDF page, in the signature's
reason and in the workbook, with no grade or result; checked with poppler, pyHanko and
python-calamine."""

from __future__ import annotations

import re
import subprocess

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from auditapp.cli import main
from auditapp.core.scoring import display_percent
from auditapp.demo import DEMO_PASSPHRASE, ensure_demo_identity, load_demo
from auditapp.services import open_data
from auditapp.store import AuditFilter

DRAFT_EN = "DRAFT — not completed ({n} required items open)"
DRAFT_ZH = "草稿——未完成（{n} 个必答项目未完成）"


@pytest.fixture(scope="module")
def field(tmp_path_factory):
    store = open_data(tmp_path_factory.mktemp("draft") / "field", backup=False)
    load_demo(store, seed=21, audits=10)
    ensure_demo_identity(store)
    yield store
    store.close()


def run(*args: str) -> str:
    return subprocess.run(list(args), capture_output=True, text=True, check=True).stdout


def _draft(store):
    """An in-progress audit with several required items open, and how many."""
    for audit in store.audits.list(AuditFilter(status="in_progress")):
        n = len(store.audits.score(audit.id).required_open)
        if n > 1 and audit.percent:
            return audit, n
    raise AssertionError("the demo has no in-progress audit with open required items")


def _export(store, audit, out, lang, monkeypatch):
    monkeypatch.setenv("AUDITAPP_PASSPHRASE", DEMO_PASSPHRASE)
    args = ["export", "--audit", audit.id, "--pdf", str(out), "--lang", lang]
    assert main([*args, "--data-dir", str(store.data_dir)]) == 0
    return out


def _pages(path) -> list[str]:
    count = int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", str(path))).group(1))
    return [
        run("pdftotext", "-f", str(n), "-l", str(n), str(path), "-") for n in range(1, count + 1)
    ]


def _reason(path) -> str:
    with path.open("rb") as f:
        sigs = PdfFileReader(f).embedded_signatures
        assert len(sigs) == 1
        return str(sigs[0].sig_object["/Reason"])


@pytest.mark.parametrize(("lang", "mark"), [("en", DRAFT_EN), ("zh", DRAFT_ZH)])
def test_in_progress_report_is_a_draft_on_every_page(field, tmp_path, monkeypatch, lang, mark):
    audit, n = _draft(field)
    out = _export(field, audit, tmp_path / f"draft-{lang}.pdf", lang, monkeypatch)
    text = mark.format(n=n)
    pages = _pages(out)
    assert len(pages) >= 3
    for number, page in enumerate(pages, 1):
        assert text in page, number
    assert text in _reason(out) and audit.id in _reason(out)
    assert (
        "Signature is Valid"
        in subprocess.run(["pdfsig", str(out)], capture_output=True, text=True).stdout
    )
    whole = "".join(pages)
    score = field.audits.score(audit.id)
    if lang == "en":
        # A provisional score, and neither a grade nor a verdict.
        assert "Provisional score" in whole
        assert f"Provisional score {display_percent(score.percent)}%" in " ".join(whole.split())
        assert "PASS" not in whole and "FAIL" not in whole and "Final percentage" not in whole
        assert "this audit" not in whole  # no grade band is marked as this audit's
    else:
        assert "暂定得分" in whole and "本次审核" not in whole
        assert f"最终得分率 {display_percent(score.percent)}%" not in whole


def test_completed_report_carries_no_draft_marking(field, tmp_path, monkeypatch):
    audit = field.audits.list(AuditFilter(status="completed"))[0]
    out = _export(field, audit, tmp_path / "done.pdf", "en", monkeypatch)
    whole = "".join(_pages(out))
    assert "DRAFT" not in whole and "Provisional" not in whole
    score = field.audits.score(audit.id)
    assert f"grade {score.grade.grade}" in " ".join(whole.split())
    assert _reason(out) == f"Audit {audit.id}"


# -- the workbook ------------------------------------------------------------------------
def _sheet(book, name) -> list[dict]:
    rows = book.get_sheet_by_name(name).to_python()
    return [dict(zip(rows[0], row, strict=False)) for row in rows[1:]]


@pytest.fixture(scope="module")
def workbook(field, tmp_path_factory):
    from python_calamine import CalamineWorkbook

    from auditapp.reports.xlsx_export import export_xlsx

    out = tmp_path_factory.mktemp("book") / "all.xlsx"
    export_xlsx(field, [a.id for a in field.audits.list()], out, DEMO_PASSPHRASE)
    return CalamineWorkbook.from_path(str(out))


def _numbered(form, item_id) -> str:
    numbers = {
        item.id: f"{s}.{i}"
        for s, section in enumerate(form.sections, 1)
        for i, item in enumerate(section.items, 1)
    }
    return f"{numbers[item_id]} {' '.join(form.item(item_id).prompt.en.split())}"


def test_workbook_marks_drafts_and_gives_them_no_grade(field, workbook):
    summary = {r["Audit id"]: r for r in _sheet(workbook, "Summary")}
    audits = {r["audit_id"]: r for r in _sheet(workbook, "Audits")}
    drafts = 0
    for audit in field.audits.list():
        score = field.audits.score(audit.id)
        row, data = summary[audit.id], audits[audit.id]
        assert data["required_open"] == len(score.required_open)
        if audit.status.value == "in_progress":
            drafts += 1
            assert row["Result"] == DRAFT_EN.format(n=len(score.required_open))
            assert row["Grade"] == "" and row["Score %"] == pytest.approx(float(score.percent))
            assert data["score_status"] == "provisional"
        else:
            assert row["Result"] in ("PASS", "FAIL") and "DRAFT" not in row["Result"]
            assert row["Grade"] == score.grade.grade
            assert data["score_status"] == "final"
    assert drafts == 2


def test_workbook_names_items_by_number_and_title(field, workbook):
    summary = {r["Audit id"]: r for r in _sheet(workbook, "Summary")}
    audits = {r["audit_id"]: r for r in _sheet(workbook, "Audits")}
    failed_seen = 0
    for audit in field.audits.list():
        form = field.audits.form_of(audit)
        failed = field.audits.score(audit.id).failed_critical
        titles = [_numbered(form, i) for i in failed]
        assert summary[audit.id]["Failed critical items"] == "; ".join(titles)
        assert audits[audit.id]["critical_failed_items"] == "|".join(titles)
        for item_id in failed:
            failed_seen += 1
            assert item_id not in summary[audit.id]["Failed critical items"]
    assert failed_seen >= 2

    actions = _sheet(workbook, "Actions")
    stored = [(a, c) for a in field.audits.list() for c in field.signoff.actions(a.id)]
    assert len(actions) == len(stored) >= 4
    for audit, action in stored:
        row = next(
            r
            for r in actions
            if (r["audit_id"], r["item_id"], r["what"]) == (audit.id, action.item_id, action.what)
        )
        site = field.sites.get(audit.site_code)
        assert (row["site_code"], row["site_name"], row["region"]) == (
            site.code,
            site.name,
            site.region,
        )
        form = field.audits.form_of(audit)
        number, title = _numbered(form, action.item_id).split(" ", 1)
        assert (row["item_id"], row["item_number"], row["item_title"]) == (
            action.item_id,
            number,
            title,
        )
