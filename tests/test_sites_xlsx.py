"""Sites from workbooks, settings, and the all-or-nothing promise."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from auditapp.store import ImportFileError
from auditapp.store.site_import import read_sites

HEADER = ["code", "name", "region", "address", "industry", "manager"]


def book(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_xlsx_sites(tmp_path, store):
    path = book(
        tmp_path / "s.xlsx",
        [
            ["BJ-001", "王府井店", "North 华北", "东城区王府井大街1号", "retail", "张伟"],
            [1002, "国贸店", "North 华北", None, "Retail", None],
        ],
    )
    sites = read_sites(path)
    assert [s.code for s in sites] == ["BJ-001", "1002"]
    assert sites[1].industry == "retail" and sites[1].address == ""
    store.sites.upsert_many(sites)
    assert store.sites.get("BJ-001").name == "王府井店"
    assert store.sites.regions() == ["North 华北"]


def test_xlsx_bad_row_names_row_and_column(tmp_path):
    path = book(
        tmp_path / "s.xlsx",
        [["A-1", "One", "East", "", "restaurant", ""], ["A-2", "Two", "", "", "bakery", ""]],
    )
    with pytest.raises(ImportFileError) as info:
        read_sites(path)
    assert info.value.problems == [
        "s.xlsx: row 3: column 'region' is empty; a value is required",
        "s.xlsx: row 3: column 'industry': expected one of restaurant, retail, hotel, telecom, "
        "call_centre, clinic, government, convenience, bank, got 'bakery'",
    ]


def test_sheet_padded_with_a_million_empty_rows(tmp_path):
    path = book(tmp_path / "s.xlsx", [["A-1", "One", "East", "", "restaurant", ""]])
    from openpyxl import load_workbook

    wb = load_workbook(path)
    wb.active.cell(row=1_048_576, column=1, value="late")
    wb.save(path)
    # Reading stops after a long run of empty rows instead of walking a million of them.
    assert [s.code for s in read_sites(path)] == ["A-1"]


def test_not_a_workbook(tmp_path):
    bad = tmp_path / "s.xlsx"
    bad.write_bytes(b"not a zip at all")
    with pytest.raises(ImportFileError, match="not a readable .xlsx"):
        read_sites(bad)
    with pytest.raises(ImportFileError, match="expected a .csv or .xlsx"):
        read_sites(tmp_path / "s.txt")


def test_settings_round_trip(store):
    assert store.settings.get("profile") is None
    store.settings.set("profile", {"name": "李娜", "id": "AUD-1", "alias": "Owl"})
    store.settings.set("language", "zh")
    assert store.settings.get("profile")["name"] == "李娜"
    assert store.settings.all() == {
        "language": "zh",
        "profile": {"name": "李娜", "id": "AUD-1", "alias": "Owl"},
    }
