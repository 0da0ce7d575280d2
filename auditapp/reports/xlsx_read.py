"""Reading an exported workbook defensively: zip checks, size limits, tables by header."""

from __future__ import annotations

import re
import tempfile
import zipfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from itertools import chain
from pathlib import Path, PurePosixPath
from typing import Any
from xml.etree import ElementTree

from python_calamine import CalamineError, CalamineWorkbook

from auditapp.reports.import_reasons import reason_text
from auditapp.reports.xlsx_layout import ALL_SHEETS, REQUIRED_SHEETS, names

MAX_UNCOMPRESSED = 1024 * 1024 * 1024  # 1 GiB for the whole workbook
MAX_RATIO = 200  # compression ratio above which a large part is treated as a bomb
MAX_CELLS = 6_000_000  # per sheet: what the reader would allocate for its range
MAX_EMPTY_RUN = 1_000
SPLIT_ABOVE = 8 * 2**20  # bytes of sheet XML above which its two halves parse at once

_NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
}
# Every row or cell reference that reaches beyond column Z or row 99,999, however the
# attribute is quoted or spaced. The reader sizes a sheet by its farthest reference, so
# all of them count, wherever they are in the part (not just its first or last rows).
_FAR_REF = re.compile(rb'r\s*=\s*["\']\s*([A-Z]{2,3}\d+|[A-Z]{0,3}\d{6,})')
_NEAR_ROWS, _NEAR_COLS = 99_999, 26


class Unreadable(Exception):
    """The file cannot be read as an export at all (the whole workbook is refused): a
    reason code of :data:`auditapp.reports.import_reasons.REASONS` and its parameters."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(reason_text(code, params))
        self.code = code
        self.params = params


@dataclass
class Table:
    """A sheet's rows with columns found by header name."""

    sheet: str
    columns: dict[str, int]
    rows: list[tuple[int, list[Any]]]  # (row number, values)

    def get(self, row: list[Any], column: str) -> Any:
        return row[self.columns[column]]  # calamine rows are all as wide as the sheet


def _col_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def _sheet_parts(z: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> zip part name."""
    try:
        book = ElementTree.fromstring(z.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ElementTree.ParseError) as exc:
        raise Unreadable("not_workbook_structure", detail=str(exc)) from exc
    targets = {r.get("Id"): r.get("Target", "") for r in rels.findall("rel:Relationship", _NS)}
    out = {}
    for s in book.findall("m:sheets/m:sheet", _NS):
        target = targets.get(s.get(f"{{{_NS['r']}}}id"), "")
        part = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
        name = s.get("name", "")
        if name in out:  # which of the two would a reader take? Neither.
            raise Unreadable("sheet_name_twice", sheet=name)
        out[name] = part
    return out


def _extent(data: bytes | memoryview) -> tuple[int, int]:
    """At most how many (rows, columns) a sheet part can span, from all its references."""
    rows, cols = 0, 0
    for ref in _FAR_REF.findall(data):
        digits = ref.lstrip(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        rows = max(rows, int(digits))
        cols = max(cols, _col_number(ref[: len(ref) - len(digits)]))
    return max(rows, _NEAR_ROWS), max(cols, _NEAR_COLS)


def check_zip(path: Path, extents: bool = True) -> dict[str, str]:
    """Refuse damaged zips, zip bombs and (with ``extents``) absurd sheet extents.

    Returns sheet name -> zip part.
    """
    try:
        z = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise Unreadable("not_zip", detail=str(exc)) from exc
    except OSError as exc:
        raise Unreadable("cannot_read_file", detail=str(exc.strerror)) from exc
    with z:
        infos = z.infolist()
        total = sum(i.file_size for i in infos)
        if total > MAX_UNCOMPRESSED:
            raise Unreadable("zip_bomb", mb=total // 2**20)
        for i in infos:
            if i.file_size > 50 * 2**20 and i.file_size > MAX_RATIO * max(i.compress_size, 1):
                raise Unreadable(
                    "part_bomb",
                    part=i.filename,
                    ratio=i.file_size // max(i.compress_size, 1),
                )
        parts = _sheet_parts(z)
        for name, part in parts.items() if extents else ():
            try:
                data = z.read(part)
            except (KeyError, zipfile.BadZipFile, OSError) as exc:
                raise Unreadable("sheet_damaged", sheet=name, detail=str(exc)) from exc
            _check_extent(name, data)
    return parts


def _check_extent(name: str, data: bytes | memoryview) -> tuple[int, int]:
    """Refuse a sheet whose cells span more than an export can hold (before parsing it);
    returns the (rows, columns) it can span at most."""
    rows, cols = _extent(data)
    _refuse_if_too_big(name, rows, cols)
    return rows, cols


def _refuse_if_too_big(name: str, rows: int, cols: int) -> None:
    if rows * max(cols, 1) > MAX_CELLS:
        raise Unreadable(
            "sheet_extent", sheet=name, rows=f"{rows:,}", cols=cols, max_cells=f"{MAX_CELLS:,}"
        )


def read_tables(path: Path) -> dict[str, Table]:
    """The export's sheets as tables; raises :class:`Unreadable` for anything unusable."""
    parts = check_zip(path, extents=False)  # each sheet's extent is checked before parsing
    try:
        wb = CalamineWorkbook.from_path(str(path))
    except (CalamineError, ValueError, OSError) as exc:
        raise Unreadable("not_readable_workbook", detail=str(exc)) from exc
    present = set(wb.sheet_names)
    missing = [s for s in REQUIRED_SHEETS if s not in present]
    if missing:
        raise Unreadable("missing_sheets", sheets=", ".join(missing))
    wanted = [n for n in ALL_SHEETS if n in present and n != "Dictionary"]  # docs only
    # The reader parses outside the GIL: the long Answers sheet is parsed on a second
    # thread (with its own handle on the file) while this one reads the others.
    with ThreadPoolExecutor(max_workers=1) as pool:
        answers = pool.submit(_read_sheet, path, "Answers", parts.get("Answers", ""))
        out = {n: _read_sheet(path, n, parts.get(n, ""), wb) for n in wanted if n != "Answers"}
        out["Answers"] = answers.result()
    return out


def _read_sheet(path: Path, name: str, part: str, wb: Any = None) -> Table:
    required = names(ALL_SHEETS[name])
    try:
        with zipfile.ZipFile(path) as z:
            data = z.read(part)
            cuts = _cuts(data) if len(data) > SPLIT_ABOVE else None
            if cuts is not None:
                try:
                    return _table(_read_halves(z, name, part, [data], *cuts), name, required)
                except CalamineError:
                    pass  # cut somewhere unparsable (inside a comment, say): read it whole
        _check_extent(name, data)
        del data
        if wb is None:
            wb = CalamineWorkbook.from_path(str(path))
        sheet = wb.get_sheet_by_name(name)
        return _table(_numbered(sheet.start, sheet.to_python()), name, required)
    except (CalamineError, ValueError, OSError, zipfile.BadZipFile, KeyError) as exc:
        raise Unreadable("sheet_unreadable", sheet=name, detail=str(exc)) from exc


def _cuts(data: bytes) -> tuple[int, int, int] | None:
    """(end of <sheetData>, a row start half-way, start of </sheetData>), or None when the
    part is spelt unusually (a namespace prefix, say): then it is read whole."""
    opening, closing = data.find(b"<sheetData>"), data.rfind(b"</sheetData>")
    if opening < 0 or closing < opening:
        return None
    start = opening + len(b"<sheetData>")
    cut = data.find(b"<row ", start + (closing - start) // 2, closing)
    return None if cut < 0 else (start, cut, closing)


def _read_halves(
    z: zipfile.ZipFile, name: str, part: str, held: list[bytes], start: int, cut: int, end: int
) -> Iterator[tuple[int, list[Any]]]:
    """A long sheet's rows, its two halves parsed at once, one per core (the reader
    releases the GIL), each from a temporary workbook holding just that half.

    Each half's references are checked before that half is parsed; the second half is
    checked while the first one parses. ``held`` holds the part's XML; it is emptied once
    both halves are written out (the caller keeps its own reference for a retry)."""
    data = held.pop()
    with tempfile.TemporaryDirectory(prefix="auditapp-") as tmp:
        rows1, cols1 = _check_extent(name, memoryview(data)[:cut])
        first_book = _book(z, part, data[:cut] + data[end:], Path(tmp) / "1.xlsx")
        with ThreadPoolExecutor(max_workers=2) as pool:
            first = pool.submit(_parse_half, first_book, name)
            rows2, cols2 = _check_extent(name, memoryview(data)[cut:])
            second_book = _book(z, part, data[:start] + data[cut:], Path(tmp) / "2.xlsx")
            del data
            second = pool.submit(_parse_half, second_book, name)
            halves = first.result(), second.result()
    _refuse_if_too_big(name, max(rows1, rows2), max(cols1, cols2))
    return chain(_numbered(*halves[0]), _numbered(*halves[1]))


def _book(z: zipfile.ZipFile, part: str, xml: bytes, path: Path) -> Path:
    """The workbook ``z`` with ``xml`` as ``part`` and without its other sheets."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as out:
        for info in z.infolist():
            if info.filename == part:
                out.writestr(part, xml)
            elif not info.filename.startswith("xl/worksheets/"):
                out.writestr(info.filename, z.read(info))
    return path


def _parse_half(book: Path, name: str) -> tuple[Any, list[list[Any]]]:
    sheet = CalamineWorkbook.from_path(str(book)).get_sheet_by_name(name)
    return sheet.start, sheet.to_python()


def _numbered(start: Any, rows: list[list[Any]]) -> Iterator[tuple[int, list[Any]]]:
    """Rows with their sheet row numbers, shifted right when the range starts after A."""
    first_row, first_col = start if start else (0, 0)
    for i, row in enumerate(rows):
        yield first_row + 1 + i, [""] * first_col + row if first_col else row


def _table(numbered: Iterator[tuple[int, list[Any]]], name: str, required: list[str]) -> Table:
    first = next(numbered, None)
    if first is None:
        raise Unreadable("sheet_empty", sheet=name)
    header = first[1]
    columns: dict[str, int] = {}
    for i, h in enumerate(header):
        key = str(h).strip()
        if key and key not in columns:
            columns[key] = i
    missing = [c for c in required if c not in columns]
    if missing:
        raise Unreadable("sheet_columns", sheet=name, columns=", ".join(missing))
    width = len(header)
    rows = []
    empty = 0
    for number, row in numbered:
        if not any(row):  # calamine gives "" for empty cells; data rows carry an audit id
            empty += 1
            if empty > MAX_EMPTY_RUN:
                break
            continue
        empty = 0
        if len(row) < width:  # a half of a sheet can be narrower than its header
            row = row + [""] * (width - len(row))
        rows.append((number, row))
    return Table(name, columns, rows)
