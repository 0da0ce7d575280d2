"""Forms authored in workbooks: same model, errors that name sheet, row and column."""

from __future__ import annotations

import zipfile

import pytest
from openpyxl import load_workbook

from auditapp.core import FormError, form_hash, load_catalogue, load_form
from auditapp.core.loaders.authoring import write_workbook
from tests.conftest import DATA


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue(DATA / "catalogue.yaml")


@pytest.fixture
def good_xlsx(tmp_path, catalogue):
    form = load_form(DATA / "good_form.yaml", catalogue)
    path = tmp_path / "good.xlsx"
    write_workbook(path, form)
    return path, form


def _problems(path, catalogue):
    with pytest.raises(FormError) as info:
        load_form(path, catalogue)
    return [f"{p.where} {p.path} {p.message}" for p in info.value.problems]


def _edit(path, sheet, cell, value):
    wb = load_workbook(path)
    wb[sheet][cell] = value
    wb.save(path)


def _column(path, sheet, header):
    wb = load_workbook(path)
    ws = wb[sheet]
    for cell in ws[1]:
        if cell.value == header:
            return cell.column_letter
    raise AssertionError(header)


def test_every_shipped_form_survives_a_workbook_round_trip(tmp_path, library):
    catalogue, forms = library
    for form in forms:
        path = tmp_path / f"{form.id}.xlsx"
        write_workbook(path, form)
        assert form_hash(load_form(path, catalogue)) == form_hash(form), form.id


def test_bad_points_names_sheet_row_column(good_xlsx, catalogue):
    path, _ = good_xlsx
    col = _column(path, "Items", "points")
    _edit(path, "Items", f"{col}3", -1)
    problems = _problems(path, catalogue)
    assert len(problems) == 1
    assert problems[0].startswith(f"Items!{col}3 (points) ") and "greater than 0" in problems[0]


def test_unknown_section_clause_and_column(good_xlsx, catalogue):
    path, _ = good_xlsx
    _edit(path, "Items", f"{_column(path, 'Items', 'section')}2", "nowhere")
    _edit(path, "Items", f"{_column(path, 'Items', 'clause')}4", "RST-9.9")
    _edit(path, "Items", "Z1", "colour")
    problems = _problems(path, catalogue)
    assert any(p.startswith("Items!Z1 ") and "unknown column 'colour'" in p for p in problems)


def test_missing_translation_and_bad_option_item(good_xlsx, catalogue):
    path, _ = good_xlsx
    _edit(path, "Items", f"{_column(path, 'Items', 'prompt_zh')}2", None)
    _edit(path, "Options", "A2", "ghost")
    problems = _problems(path, catalogue)
    assert any("(prompt_zh)" in p and "missing required field 'zh'" in p for p in problems)
    assert any(p.startswith("Options!A2 (item)") and "ghost" in p for p in problems)


def test_clause_missing_from_catalogue(good_xlsx, catalogue):
    path, _ = good_xlsx
    col = _column(path, "Items", "clause")
    _edit(path, "Items", f"{col}2", "RST-9.9")
    problems = _problems(path, catalogue)
    assert problems == [
        f"Items!{col}2 (clause) sections[1].items[1].clause clause 'RST-9.9' is not in the standards catalogue"
    ]


def test_missing_sheet_and_not_a_workbook(tmp_path, good_xlsx, catalogue):
    path, _ = good_xlsx
    wb = load_workbook(path)
    del wb["Sections"]
    wb.save(path)
    assert any("missing sheet 'Sections'" in p for p in _problems(path, catalogue))
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04 not really a zip")
    assert any("not a readable .xlsx" in p for p in _problems(junk, catalogue))
    empty_zip = tmp_path / "empty.xlsx"
    with zipfile.ZipFile(empty_zip, "w") as z:
        z.writestr("hello.txt", "hi")
    assert any("not a readable .xlsx" in p for p in _problems(empty_zip, catalogue))


def test_padded_sheet_stops_reading(good_xlsx, catalogue):
    path, form = good_xlsx
    wb = load_workbook(path)
    wb["Items"].cell(row=200_000, column=1, value=None)
    wb["Items"]["A150000"] = " "
    wb.save(path)
    assert form_hash(load_form(path, catalogue)) == form_hash(form)
