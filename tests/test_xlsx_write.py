"""The streaming workbook writer, read back by two independent readers."""

from __future__ import annotations

import zipfile
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from auditapp.reports.xlsx_write import (
    FAIL_FILL,
    MAX_TEXT,
    ONE_DECIMAL,
    XlsxWriteError,
    XlsxWriter,
    column_letter,
)

AWKWARD = [
    "line\r\nbreaks\rand\nfeeds",
    "_x0041_ looks like an escape",
    "bell\x07 and unit separator\x1f",
    "  leading and trailing  ",
    "&<>\"' markup",
    "=SUM(A1:A2)",
    "@cmd",
    "中文 🍜 emoji",
    "\t tab",
]


def write(tmp_path, rows, hidden=False):
    book = XlsxWriter("test")
    sheet = book.add_sheet("Data", hidden=hidden)
    sheet.header([f"c{i}" for i in range(max(len(r) for r in rows))], {0: 30})
    for r in rows:
        sheet.row(r)
    book.add_sheet("Other").row(["x"])
    out = tmp_path / "t.xlsx"
    book.save(out)
    book.close()
    return out


def test_column_letters():
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == [
        "A",
        "Z",
        "AA",
        "AB",
        "ZZ",
        "AAA",
    ]


def test_text_survives_both_readers_and_never_becomes_a_formula(tmp_path):
    out = write(tmp_path, [AWKWARD])
    calamine = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Data").to_python()
    assert calamine[1] == AWKWARD
    ws = load_workbook(out)["Data"]
    assert [c.value for c in ws[2]][5:7] == ["=SUM(A1:A2)", "@cmd"]
    assert all(c.data_type == "s" for c in ws[2])
    with zipfile.ZipFile(out) as z:
        assert not any(b"<f>" in z.read(n) for n in z.namelist() if "worksheets" in n)


def test_typed_values_and_empty_cells(tmp_path):
    when = datetime(2026, 11, 23, 14, 5, 9)
    row = [1, 2.5, -0.125, True, False, when, date(2026, 1, 31), None, "", 123456789012345]
    out = write(tmp_path, [row])
    got = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Data").to_python()[1]
    assert got[:7] == [1, 2.5, -0.125, True, False, when, date(2026, 1, 31)]
    assert got[7:9] == ["", ""] and got[9] == 123456789012345
    ws = load_workbook(out)["Data"]
    assert ws["F2"].value == when and ws["F2"].is_date
    assert ws["H2"].value is None and ws.freeze_panes == "A2"
    assert ws.column_dimensions["A"].width == 30


def test_styles_hidden_sheets_and_autofilter(tmp_path):
    book = XlsxWriter("test")
    sheet = book.add_sheet("Summary")
    sheet.header(["a", "b"])
    sheet.autofilter = True
    sheet.row([83.35, "FAIL"], [ONE_DECIMAL, FAIL_FILL])
    book.add_sheet("_meta", hidden=True).row(["secret"])
    out = tmp_path / "s.xlsx"
    book.save(out)
    book.close()
    wb = load_workbook(out)
    ws = wb["Summary"]
    assert ws["A1"].font.b and ws["A2"].number_format == "0.0"
    assert ws["B2"].fill.fgColor.rgb == "FFFFC7CE"
    assert ws.auto_filter.ref == "A1:B2"
    assert wb["_meta"].sheet_state == "hidden"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("x" * (MAX_TEXT + 1), "at most 32,767"),
        (float("nan"), "not a number"),
        (float("inf"), "not a number"),
        (object(), "cannot store a object"),
    ],
    ids=["too-long", "nan", "inf", "object"],
)
def test_values_a_workbook_cannot_hold_name_the_cell(tmp_path, value, message):
    book = XlsxWriter("test")
    sheet = book.add_sheet("Answers")
    sheet.row(["h1", "h2"])
    with pytest.raises(XlsxWriteError, match=message) as err:
        sheet.row(["ok", value])
    assert str(err.value).startswith("Answers!B2:")
    book.close()


def test_many_rows_are_spooled_not_held(tmp_path):
    book = XlsxWriter("test")
    sheet = book.add_sheet("Big")
    for n in range(5000):
        sheet.row([n, f"row {n % 7}", n / 4])
    assert len(sheet._pending) < 2000  # flushed to the temporary file as it goes
    out = tmp_path / "big.xlsx"
    book.save(out)
    book.close()
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Big").to_python()
    assert len(rows) == 5000 and rows[-1] == [4999, "row 1", 1249.75]


def test_early_dates_follow_excels_calendar_and_pre_1900_is_refused(tmp_path):
    early = [date(1900, 1, 1), date(1900, 2, 28), date(1900, 3, 1), datetime(1900, 1, 15, 6)]
    out = write(tmp_path, [early])
    got = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Data").to_python()[1]
    assert got == early
    book = XlsxWriter("test")
    sheet = book.add_sheet("Actions")
    with pytest.raises(XlsxWriteError, match=r"Actions!A1: 1899-12-01 is before 1900"):
        sheet.row([date(1899, 12, 1)])
    book.close()


def test_ordinary_parts_carry_no_zip64_records(tmp_path):
    out = write(tmp_path, [AWKWARD])
    with zipfile.ZipFile(out) as z:
        for info in z.infolist():
            raw = z.fp
            raw.seek(info.header_offset)
            header = raw.read(30)
            assert header[18:26] != b"\xff" * 8, info.filename  # sizes not deferred to zip64
