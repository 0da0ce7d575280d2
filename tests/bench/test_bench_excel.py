"""Excel export and import of 1,000 audits x 100 items (run with `make bench`)."""

from __future__ import annotations

import statistics
import subprocess
import sys
from pathlib import Path

from tests.bench.excel_fixture import build

ROOT = Path(__file__).resolve().parents[2]
AUDITS = 1000


def step(name: str, folder: Path, workbook: Path) -> tuple[float, float]:
    out = subprocess.run(
        [sys.executable, "-m", "tests.bench.excel_steps", name, str(folder), str(workbook)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    seconds, mb = out.strip().splitlines()[-1].split()
    return float(seconds), float(mb)


def test_bench_excel_export_and_import(tmp_path: Path) -> None:
    build(tmp_path / "field", AUDITS)
    workbook = tmp_path / "export.xlsx"
    export_s, export_mb = step("export", tmp_path / "field", workbook)
    raw_s, _ = step("raw-write", tmp_path / "field", workbook)
    # Import and its baseline are short: five interleaved runs each, medians (with three,
    # the machine's swings of a third now and then pushed one median past the other).
    imports, calamine = [], []
    for n in range(5):
        imports.append(step("import", tmp_path / f"hq{n}", workbook))
        calamine.append(step("calamine", tmp_path / f"hq{n}", workbook)[0])
    import_s = statistics.median(s for s, _ in imports)
    import_mb = max(mb for _, mb in imports)
    calamine_s = statistics.median(calamine)
    size_mb = workbook.stat().st_size / 2**20
    print(
        f"\nBENCH export {AUDITS} audits x 100 items ({size_mb:.1f} MB): {export_s:.2f} s | "
        f"baseline (raw openpyxl write-only, same cells): {raw_s:.2f} s | ratio {export_s / raw_s:.2f}x | "
        f"target <= 15 s and <= 1.3x | peak {export_mb:.0f} MB (target < 500)"
    )
    print(
        f"BENCH import with verification: {import_s:.2f} s | baseline (python-calamine reading "
        f"every sheet): {calamine_s:.2f} s | ratio {import_s / calamine_s:.2f}x | "
        f"target <= 20 s and <= 2x | peak {import_mb:.0f} MB (target < 500)"
    )
    pairs = statistics.median(i / c for (i, _), c in zip(imports, calamine, strict=True))
    print(f"      median of the 5 pairs' own ratios: {pairs:.2f}x")
