"""Reading sites from CSV or XLSX files, with row-level errors and no partial import."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from auditapp.core.loaders.workbook import DAMAGED
from auditapp.core.model import INDUSTRIES
from auditapp.core.records import Site
from auditapp.store.errors import ImportFileError

COLUMNS = ("code", "name", "region", "address", "industry", "manager")
REQUIRED = ("code", "name", "region", "industry")
MAX_ROWS = 50_000
MAX_EMPTY_RUN = 1_000  # a sheet padded with empty rows stops being read here
CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,31}")
MAX_FIELD = 500


def read_sites(path: Path) -> list[Site]:
    """Every site in the file; raises :class:`ImportFileError` listing every bad row."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        rows = _csv_rows(path)
    elif suffix in (".xlsx", ".xlsm"):
        rows = _xlsx_rows(path)
    else:
        raise ImportFileError([f"{path}: expected a .csv or .xlsx file"])
    return _sites(path.name, rows)


def _csv_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError([f"{path}: cannot read the file ({exc.strerror})"]) from exc
    text = None
    for encoding in ("utf-8-sig", "gb18030"):  # Excel in China saves CSV as GB18030
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    if text is None or "\x00" in text:
        raise ImportFileError([f"{path.name}: not a text CSV file (expected UTF-8 or GB18030)"])
    # Let over-long fields through the parser so the row check can name them.
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        yield from enumerate(reader, start=1)
    except csv.Error as exc:
        raise ImportFileError(
            [f"{path.name}: row {reader.line_num}: not valid CSV ({exc})"]
        ) from exc


def _xlsx_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except DAMAGED as exc:
        raise ImportFileError([f"{path.name}: not a readable .xlsx workbook ({exc})"]) from exc
    try:
        ws = wb.worksheets[0]
        empty_run = 0
        for number, row in enumerate(ws.iter_rows(values_only=True), start=1):
            if all(v is None or str(v).strip() == "" for v in row):
                empty_run += 1
                if empty_run >= MAX_EMPTY_RUN:
                    return
                continue
            empty_run = 0
            yield number, list(row)
    except DAMAGED as exc:
        raise ImportFileError([f"{path.name}: the workbook is damaged ({exc})"]) from exc
    finally:
        wb.close()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _sites(name: str, rows: Iterator[tuple[int, list[Any]]]) -> list[Site]:
    problems: list[str] = []
    header: dict[str, int] | None = None
    sites: list[Site] = []
    seen: dict[str, int] = {}
    for number, raw in rows:
        cells = [_cell(v) for v in raw]
        if header is None:
            if not any(cells):
                continue
            header = {}
            for i, c in enumerate(cells):
                if c and c.lower() in header:
                    raise ImportFileError(
                        [f"{name}: row {number}: column '{c.lower()}' appears twice in the header"]
                    )
                if c:
                    header[c.lower()] = i
            missing = [c for c in REQUIRED if c not in header]
            if missing:
                raise ImportFileError(
                    [
                        f"{name}: row {number}: the header lacks column(s) {', '.join(missing)}; "
                        f"expected columns {', '.join(COLUMNS)}"
                    ]
                )
            continue
        if not any(cells):
            continue
        if len(sites) + len(problems) >= MAX_ROWS:
            problems.append(f"{name}: more than {MAX_ROWS} rows; split the file")
            break
        values = {c: cells[i] if i < len(cells) else "" for c, i in header.items() if c in COLUMNS}
        row_problems = []
        beyond = [i + 1 for i, v in enumerate(cells) if v and i not in header.values()]
        if beyond:
            row_problems.append(
                f"{name}: row {number}: a value in column {beyond[0]}, which has no header; check for a stray comma or delimiter"
            )
        for col in REQUIRED:
            if not values.get(col):
                row_problems.append(
                    f"{name}: row {number}: column '{col}' is empty; a value is required"
                )
        code = values.get("code", "")
        if code and not CODE.fullmatch(code):
            row_problems.append(
                f"{name}: row {number}: column 'code': expected letters, digits, '-', '_' or '.' (at most 32), got '{code[:40]}'"
            )
        industry = values.get("industry", "").lower()
        if industry and industry not in INDUSTRIES:
            row_problems.append(
                f"{name}: row {number}: column 'industry': expected one of {', '.join(INDUSTRIES)}, got '{industry[:40]}'"
            )
        for col, val in values.items():
            if len(val) > MAX_FIELD:
                row_problems.append(
                    f"{name}: row {number}: column '{col}' is longer than {MAX_FIELD} characters"
                )
        if code in seen:
            row_problems.append(
                f"{name}: row {number}: duplicate code '{code}' (first on row {seen[code]})"
            )
        if row_problems:
            problems.extend(row_problems)
            continue
        seen[code] = number
        sites.append(
            Site(
                code,
                values["name"],
                values["region"],
                industry,
                values.get("address", ""),
                values.get("manager", ""),
            )
        )
    if header is None:
        problems.append(
            f"{name}: the file is empty; expected a header row with {', '.join(COLUMNS)}"
        )
    elif not sites and not problems:
        problems.append(f"{name}: no sites below the header row")
    if problems:
        raise ImportFileError(problems)
    return sites
