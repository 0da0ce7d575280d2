"""Excel export read back by python-calamine, and the importer's acceptances and refusals."""

from __future__ import annotations

import shutil
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from auditapp.cli import main
from auditapp.cli_reports import EXIT_SIGNER_UNVERIFIED
from auditapp.core.records import Site
from auditapp.demo import DEMO_PASSPHRASE, DEMO_PROFILE, ensure_demo_identity, load_demo
from auditapp.reports import xlsx_read
from auditapp.reports.xlsx_export import export_xlsx
from auditapp.reports.xlsx_import import import_paths
from auditapp.reports.xlsx_layout import ALL_SHEETS, names
from auditapp.reports.xlsx_read import check_zip
from auditapp.services import open_data

HOSTILE = {"notes": '=HYPERLINK("http://x","click")', "why_dirty": "@SUM(A1:A9)"}


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    """A data folder with demo audits, a hostile one, and the demo identity."""
    folder = tmp_path_factory.mktemp("excel") / "field"
    store = open_data(folder, backup=False)
    load_demo(store, seed=11, audits=8)
    ensure_demo_identity(store)
    from tests.scoring_forms import worked_form

    digest = store.forms.install(worked_form())
    store.sites.upsert_many([Site("=EVIL", "+86 店", "-Region", "restaurant")])
    a = store.audits.create(digest, "=EVIL", DEMO_PROFILE)  # signed by its own auditor
    for item, value in (
        ("greet", "pass"),
        ("attitude", 3),
        ("hygiene", "pass"),
        ("wait", "12.25"),
        ("tables", "partly"),
        ("why_dirty", HOSTILE["why_dirty"]),
        ("notes", HOSTILE["notes"]),
    ):
        store.audits.set_answer(a.id, item, value, "Li")
    store.audits.set_comment(a.id, "greet", "-5 minutes late; +1 for smile", "Li")
    ids = [x.id for x in store.audits.list(order_by="created_at", descending=False)]
    out = folder.parent / "export.xlsx"
    export_xlsx(store, ids, out, DEMO_PASSPHRASE)
    yield store, ids, out, a.id
    store.close()


def fresh(tmp_path, name="hq"):
    return open_data(tmp_path / name, backup=False)


def test_calamine_reads_every_sheet_with_real_types(source):
    store, ids, out, hostile_id = source
    wb = CalamineWorkbook.from_path(str(out))
    assert set(ALL_SHEETS) | {"Summary"} == set(wb.sheet_names)
    for name, cols in ALL_SHEETS.items():
        rows = wb.get_sheet_by_name(name).to_python()
        assert rows[0][: len(cols)] == names(cols), name
    audits = wb.get_sheet_by_name("Audits").to_python()
    assert len(audits) == len(ids) + 1
    head = audits[0]
    for row in audits[1:]:
        a = store.audits.get(row[head.index("audit_id")])
        assert isinstance(row[head.index("created_at")], datetime)
        assert (
            row[head.index("created_at")].isoformat(timespec="seconds")
            + row[head.index("created_tz")]
            == a.created_at
        )
        if a.percent:
            assert abs(row[head.index("percent")] - float(a.percent)) < 1e-6
    answers = wb.get_sheet_by_name("Answers").to_python()
    h = answers[0]
    mine = {r[h.index("item_id")]: r for r in answers[1:] if r[h.index("audit_id")] == hostile_id}
    assert mine["wait"][h.index("answer")] == 12.25
    assert mine["attitude"][h.index("answer")] == 3
    assert mine["notes"][h.index("answer")] == HOSTILE["notes"]
    assert mine["why_dirty"][h.index("answer")] == HOSTILE["why_dirty"]
    assert mine["greet"][h.index("comment")].startswith("-5 minutes")
    # and no cell became a formula
    with zipfile.ZipFile(out) as z:
        for part in z.namelist():
            if part.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(part), part
    meta = load_workbook(out, read_only=True)["_meta"]
    assert meta.sheet_state == "hidden"


def test_round_trip_gives_the_same_rows(source, tmp_path):
    store, ids, out, _ = source
    hq = fresh(tmp_path)
    outcomes = import_paths(hq, [out], "hq")
    assert {o.result for o in outcomes} == {"imported"}, outcomes
    # Head office cannot sign the auditors' audits (check_signer); it exports a draft.
    again = tmp_path / "again.xlsx"
    export_xlsx(hq, [o.audit_id for o in outcomes], again, None)
    first, second = CalamineWorkbook.from_path(str(out)), CalamineWorkbook.from_path(str(again))
    for name in ("Audits", "Answers", "Sections", "Actions", "Photos", "Signatures"):
        a = sorted(map(tuple, first.get_sheet_by_name(name).to_python()[1:]), key=str)
        b = sorted(map(tuple, second.get_sheet_by_name(name).to_python()[1:]), key=str)
        assert a == b, name
    # importing the same file again: duplicates, nothing changes
    assert {o.result for o in import_paths(hq, [out], "hq")} == {"duplicate"}


def _edit(src: Path, dst: Path, fn) -> Path:
    wb = load_workbook(src)
    fn(wb)
    wb.save(dst)
    return dst


def _col(ws, name):
    return [c.value for c in ws[1]].index(name) + 1


def _first_answer_row(ws):
    col = _col(ws, "answer")
    return next(r for r in range(2, ws.max_row + 1) if ws.cell(r, col).value not in (None, ""))


def test_accepted_variations(source, tmp_path):
    _, ids, out, _ = source

    def shuffle_and_extend(wb):
        ws = wb["Answers"]
        # as Excel's sort does: values move with their number formats
        rows = [[(c.value, c.number_format) for c in r] for r in ws.iter_rows(min_row=2)]
        rows.reverse()
        for i, row in enumerate(rows, start=2):
            for j, (v, fmt) in enumerate(row, start=1):
                cell = ws.cell(i, j)
                cell.value = v  # ws.cell(i, j, None) would keep the old value
                cell.number_format = fmt
                if isinstance(v, str) and v.startswith("="):
                    cell.data_type = "s"
        ws.cell(1, ws.max_column + 1, "hq_note")
        ws.auto_filter.ref = ws.dimensions
        wb.create_sheet("Pivot").append(["head office scratch"])
        wb["Audits"].cell(1, wb["Audits"].max_column + 1, "checked_by")
        wb["Audits"].cell(2, wb["Audits"].max_column, "Wang")

    renamed = _edit(out, tmp_path / "renamed by head office.xlsx", shuffle_and_extend)
    outcomes = import_paths(fresh(tmp_path), [renamed], "hq")
    assert {o.result for o in outcomes} == {"imported"}, [o for o in outcomes if o.reason]
    assert len(outcomes) == len(ids)


def _answer_edit(wb):
    ws = wb["Answers"]
    r = _first_answer_row(ws)
    ws.cell(r, _col(ws, "answer"), "tampered")


def _score_edit(wb):
    ws = wb["Audits"]
    ws.cell(2, _col(ws, "percent"), 99.9)


def _answer_points_edit(wb):
    ws = wb["Answers"]
    col = _col(ws, "earned")
    r = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, col).value not in (None, ""))
    ws.cell(r, col, ws.cell(r, col).value + 0.5)


def _delete_row(wb):
    wb["Answers"].delete_rows(_first_answer_row(wb["Answers"]))


def _add_row(wb):
    ws = wb["Photos"]
    ws.append(
        [ws.cell(2, 1).value or wb["Audits"].cell(2, 1).value, "ab" * 32, None, "extra", None]
    )


def _format_version(wb):
    ws = wb["_meta"]
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 2).value == "format_version":
            ws.cell(r, 3, 99)


def _other_key_signature(wb):
    from cryptography.hazmat.primitives.asymmetric import ec

    from auditapp.trust.signature import sign_digest

    ws = wb["_meta"]
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value == "audit":
            ws.cell(r, 5, sign_digest(ec.generate_private_key(ec.SECP256R1()), ws.cell(r, 4).value))
            break


@pytest.mark.parametrize(
    ("edit", "reason"),
    [
        (_answer_edit, "differ from what was signed"),
        (_score_edit, "score edited"),
        (_answer_points_edit, "earned is"),
        (_delete_row, "differ from what was signed"),
        (_add_row, "differ from what was signed"),
        (_other_key_signature, "does not verify"),
    ],
    ids=["edited-answer", "edited-score", "edited-points", "deleted-row", "added-row", "other-key"],
)
def test_tampering_is_rejected_and_nothing_stored(source, tmp_path, edit, reason):
    _, _, out, _ = source
    bad = _edit(out, tmp_path / "bad.xlsx", edit)
    hq = fresh(tmp_path)
    outcomes = import_paths(hq, [bad], "hq")
    rejected = [o for o in outcomes if o.result == "rejected"]
    assert rejected and reason in rejected[0].reason, outcomes
    assert {o.result for o in outcomes} <= {"rejected", "not imported"}
    assert hq.audits.count() == 0


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p, out: _edit(out, p, _format_version), "unknown export format version 99"),
        (
            lambda p, out: _edit(out, p, lambda wb: wb.remove(wb["Answers"])),
            "missing sheet(s) Answers",
        ),
        (lambda p, out: p.write_bytes(b"just text, not a workbook"), "not a zip"),
        (lambda p, out: p.write_bytes(out.read_bytes()[: len(out.read_bytes()) // 2]), "not a zip"),
    ],
    ids=["format-version", "missing-sheet", "not-a-workbook", "damaged-zip"],
)
def test_unreadable_workbooks(source, tmp_path, make, reason):
    _, _, out, _ = source
    bad = tmp_path / "bad.xlsx"
    make(bad, out)
    hq = fresh(tmp_path)
    outcomes = import_paths(hq, [bad], "hq")
    assert len(outcomes) == 1 and not outcomes[0].readable and reason in outcomes[0].reason
    assert main(["import", str(bad), "--data-dir", str(tmp_path / "cli")]) == 2


def test_zip_bomb_and_padded_sheet(source, tmp_path):
    _, _, out, _ = source
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(out) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr("xl/media/padding.bin", b"\0" * (80 * 2**20))
    outcomes = import_paths(fresh(tmp_path), [bomb], "hq")
    assert "zip bomb" in outcomes[0].reason
    padded = _edit(out, tmp_path / "padded.xlsx", lambda wb: wb["Answers"].cell(1_000_000, 1, " "))
    outcomes = import_paths(fresh(tmp_path, "hq2"), [padded], "hq")
    assert "1,000,000 rows" in outcomes[0].reason


def _rewrite_part(src: Path, dst: Path, part: str, change) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zout.writestr(item, change(data) if item.filename == part else data)
    return dst


FAR = b'<row r="400000"><c r="AA400000" t="n"><v>1</v></c></row>'


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        # a far cell first, where a look at the last rows would not see it
        (lambda d: d.replace(b"<sheetData>", b"<sheetData>" + FAR, 1), "400,000 rows"),
        # the far cell hidden behind padding after the rows
        (lambda d: d.replace(b"</sheetData>", FAR + b"</sheetData>" + b" " * 70_000), "400,000"),
        # quoted and spaced as XML allows
        (
            lambda d: d.replace(
                b"</sheetData>", FAR.replace(b'r="AA400000"', b"r = 'AA400000'") + b"</sheetData>"
            ),
            "400,000",
        ),
    ],
    ids=["far-cell-first", "padding-after-rows", "single-quotes"],
)
@pytest.mark.parametrize("halves", [False, True], ids=["whole", "in-halves"])
def test_far_away_cells_are_refused_before_parsing(
    source, tmp_path, monkeypatch, change, reason, halves
):
    _, _, out, _ = source
    if halves:  # long sheets are parsed in two halves: each is checked before parsing
        monkeypatch.setattr(xlsx_read, "SPLIT_ABOVE", 0)
    part = check_zip(out)["Answers"]
    bad = _rewrite_part(out, tmp_path / "far.xlsx", part, change)
    outcomes = import_paths(fresh(tmp_path), [bad], "hq")
    assert len(outcomes) == 1 and not outcomes[0].readable, outcomes
    assert reason in outcomes[0].reason and "Answers" in outcomes[0].reason


def test_long_sheets_read_in_two_halves_give_the_same_rows(source, monkeypatch):
    _, _, out, _ = source
    whole = {n: (t.columns, t.rows) for n, t in xlsx_read.read_tables(out).items()}
    monkeypatch.setattr(xlsx_read, "SPLIT_ABOVE", 0)
    split = {n: (t.columns, t.rows) for n, t in xlsx_read.read_tables(out).items()}
    assert split == whole
    assert len(split["Answers"][1]) > 100


def test_halves_that_do_not_parse_fall_back_to_the_whole_sheet(source, monkeypatch):
    _, _, out, _ = source
    whole = xlsx_read.read_tables(out)["Answers"].rows
    real_cuts = xlsx_read._cuts

    def inside_a_tag(data):
        start, cut, closing = real_cuts(data)
        return start, cut + 3, closing  # "<ro" | "w r=...": neither half is well formed

    monkeypatch.setattr(xlsx_read, "SPLIT_ABOVE", 0)
    monkeypatch.setattr(xlsx_read, "_cuts", inside_a_tag)
    assert xlsx_read.read_tables(out)["Answers"].rows == whole


def test_two_sheets_with_one_name_are_refused(source, tmp_path):
    _, _, out, _ = source
    bad = _rewrite_part(
        out,
        tmp_path / "twice.xlsx",
        "xl/workbook.xml",
        lambda d: d.replace(b'name="Photos"', b'name="Answers"', 1),
    )
    outcomes = import_paths(fresh(tmp_path), [bad], "hq")
    assert "two sheets are named 'Answers'" in outcomes[0].reason


def test_cli_export_and_import(source, tmp_path, monkeypatch, capsys):
    store, ids, _, _ = source
    monkeypatch.setenv("AUDITAPP_PASSPHRASE", DEMO_PASSPHRASE)
    xlsx = tmp_path / "cli.xlsx"
    assert main(["export", "--all", "--xlsx", str(xlsx), "--data-dir", str(store.data_dir)]) == 0
    report = tmp_path / "report.csv"
    # no certificate is known at this head office yet: stored, but "signer unverified"
    assert (
        main(["import", str(xlsx), "--data-dir", str(tmp_path / "hq"), "--report", str(report)])
        == EXIT_SIGNER_UNVERIFIED
    )
    assert report.read_text(encoding="utf-8").count(",imported,") == len(ids)
    assert (
        main(["export", "--site", "NOPE", "--xlsx", str(xlsx), "--data-dir", str(store.data_dir)])
        == 1
    )
    assert "no audits match" in capsys.readouterr().err


@settings(max_examples=5, deadline=None)
@given(seed=st.integers(0, 10_000))
def test_round_trip_property(seed, tmp_path_factory):
    base = tmp_path_factory.mktemp("prop")
    field = open_data(base / "field", backup=False)
    load_demo(field, seed=seed, audits=3)
    ensure_demo_identity(field)
    ids = [a.id for a in field.audits.list()]
    first = base / "1.xlsx"
    export_xlsx(field, ids, first, DEMO_PASSPHRASE)
    hq = open_data(base / "hq", backup=False)
    assert {o.result for o in import_paths(hq, [first], "hq")} == {"imported"}
    ensure_demo_identity(hq)
    second = base / "2.xlsx"
    export_xlsx(hq, ids, second, DEMO_PASSPHRASE)
    a, b = CalamineWorkbook.from_path(str(first)), CalamineWorkbook.from_path(str(second))
    for name in ("Audits", "Answers", "Sections", "Actions", "Photos", "Signatures"):
        assert sorted(map(tuple, a.get_sheet_by_name(name).to_python()), key=str) == sorted(
            map(tuple, b.get_sheet_by_name(name).to_python()), key=str
        ), name
    field.close()
    hq.close()
    shutil.rmtree(base)


def test_format_document_lists_every_column():
    doc = (Path(__file__).resolve().parents[1] / "docs" / "excel-format.md").read_text(
        encoding="utf-8"
    )
    for name, cols in ALL_SHEETS.items():
        section = doc.split(f"### `{name}`", 1)[1].split("###", 1)[0]
        for col in names(cols):
            assert f"| `{col}` |" in section, (name, col)
