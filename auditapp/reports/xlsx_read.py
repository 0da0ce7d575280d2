"""Reading an exported workbook defensively: zip checks, size limits, tables by header."""

from __future__ import annotations

import re
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any
from xml.etree import ElementTree

from python_calamine import CalamineError, CalamineWorkbook

from auditapp.reports.xlsx_layout import ALL_SHEETS, REQUIRED_SHEETS, names

MAX_UNCOMPRESSED = 1024 * 1024 * 1024  # 1 GiB for the whole workbook
MAX_RATIO = 200  # compression ratio above which a large part is treated as a bomb
MAX_CELLS = 6_000_000  # per sheet: what the reader would allocate for its range
MAX_EMPTY_RUN = 1_000

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
    """The file cannot be read as an export at all (the whole workbook is refused)."""


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
        raise Unreadable(f"not a workbook: its structure is missing or damaged ({exc})") from exc
    targets = {r.get("Id"): r.get("Target", "") for r in rels.findall("rel:Relationship", _NS)}
    out = {}
    for s in book.findall("m:sheets/m:sheet", _NS):
        target = targets.get(s.get(f"{{{_NS['r']}}}id"), "")
        part = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
        name = s.get("name", "")
        if name in out:  # which of the two would a reader take? Neither.
            raise Unreadable(f"two sheets are named '{name}'")
        out[name] = part
    return out


def _extent(z: zipfile.ZipFile, part: str) -> tuple[int, int]:
    """At most how many (rows, columns) a sheet part can span, from all its references."""
    rows, cols = 0, 0
    for ref in _FAR_REF.findall(z.read(part)):
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
        raise Unreadable(f"not a workbook (not a zip archive, or a damaged one: {exc})") from exc
    except OSError as exc:
        raise Unreadable(f"cannot read the file ({exc.strerror})") from exc
    with z:
        infos = z.infolist()
        total = sum(i.file_size for i in infos)
        if total > MAX_UNCOMPRESSED:
            raise Unreadable(f"refused: unpacks to {total // 2**20} MB (a zip bomb?)")
        for i in infos:
            if i.file_size > 50 * 2**20 and i.file_size > MAX_RATIO * max(i.compress_size, 1):
                raise Unreadable(
                    f"refused: part {i.filename} expands {i.file_size // max(i.compress_size, 1)}-fold (a zip bomb?)"
                )
        parts = _sheet_parts(z)
        for name, part in parts.items() if extents else ():
            _check_extent(z, name, part)
    return parts


def _check_extent(z: zipfile.ZipFile, name: str, part: str) -> None:
    """Refuse a sheet whose cells span more than an export can hold (before parsing it)."""
    try:
        rows, cols = _extent(z, part)
    except (KeyError, zipfile.BadZipFile, OSError) as exc:
        raise Unreadable(f"sheet '{name}' is missing or damaged ({exc})") from exc
    if rows * max(cols, 1) > MAX_CELLS:
        raise Unreadable(
            f"sheet '{name}' spans up to {rows:,} rows x {cols} columns; an export has at "
            f"most {MAX_CELLS:,} cells per sheet (rows padded on, or a cell placed far away?)"
        )


def read_tables(path: Path) -> dict[str, Table]:
    """The export's sheets as tables; raises :class:`Unreadable` for anything unusable."""
    parts = check_zip(path, extents=False)  # each sheet's extent is checked before parsing
    try:
        wb = CalamineWorkbook.from_path(str(path))
    except (CalamineError, ValueError, OSError) as exc:
        raise Unreadable(f"not a readable workbook ({exc})") from exc
    present = set(wb.sheet_names)
    missing = [s for s in REQUIRED_SHEETS if s not in present]
    if missing:
        raise Unreadable(f"missing sheet(s) {', '.join(missing)}; is this a ServiceAudit export?")
    wanted = [n for n in ALL_SHEETS if n in present and n != "Dictionary"]  # docs only
    # The reader parses outside the GIL: the long Answers sheet is parsed on a second
    # thread (with its own handle on the file) while this one reads the others.
    with ThreadPoolExecutor(max_workers=1) as pool:
        answers = pool.submit(_read_sheet, path, "Answers", parts.get("Answers", ""))
        out = {n: _read_sheet(path, n, parts.get(n, ""), wb) for n in wanted if n != "Answers"}
        out["Answers"] = answers.result()
    return out


def _read_sheet(path: Path, name: str, part: str, wb: Any = None) -> Table:
    try:
        with zipfile.ZipFile(path) as z:
            _check_extent(z, name, part)
        if wb is None:
            wb = CalamineWorkbook.from_path(str(path))
        return _table(wb.get_sheet_by_name(name), name, names(ALL_SHEETS[name]))
    except (CalamineError, ValueError, OSError, zipfile.BadZipFile) as exc:
        raise Unreadable(f"sheet '{name}' cannot be read ({exc})") from exc


def _table(sheet: Any, name: str, required: list[str]) -> Table:
    # to_python builds every row as a list in one call: cheaper than iterating.
    rows_iter = iter(sheet.to_python())
    header = next(rows_iter, None)
    if header is None:
        raise Unreadable(f"sheet '{name}' is empty; expected a header row")
    columns: dict[str, int] = {}
    for i, h in enumerate(header):
        key = str(h).strip()
        if key and key not in columns:
            columns[key] = i
    missing = [c for c in required if c not in columns]
    if missing:
        raise Unreadable(f"sheet '{name}' lacks column(s) {', '.join(missing)}")
    rows = []
    empty = 0
    for number, row in enumerate(rows_iter, start=2):
        if not any(row):  # calamine gives "" for empty cells; data rows carry an audit id
            empty += 1
            if empty > MAX_EMPTY_RUN:
                break
            continue
        empty = 0
        rows.append((number, row))
    return Table(name, columns, rows)
