"""One measured step of the Excel benchmark, run in its own process so its peak memory is its own.

Prints ``seconds peak_mb`` on the last line.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path


def main(step: str, folder: str, workbook: str) -> None:
    t0 = time.perf_counter()
    if step == "export":
        from auditapp.demo import DEMO_PASSPHRASE
        from auditapp.reports.xlsx_export import export_xlsx
        from auditapp.store import Store

        store = Store(Path(folder))
        ids = [a.id for a in store.audits.list(order_by="created_at", descending=False)]
        t0 = time.perf_counter()
        export_xlsx(store, ids, Path(workbook), DEMO_PASSPHRASE)
    elif step == "raw-write":
        from openpyxl import Workbook
        from python_calamine import CalamineWorkbook

        src = CalamineWorkbook.from_path(workbook)
        sheets = {n: src.get_sheet_by_name(n).to_python() for n in src.sheet_names}
        t0 = time.perf_counter()
        wb = Workbook(write_only=True)
        for name, rows in sheets.items():
            ws = wb.create_sheet(name)
            for row in rows:
                ws.append(row)
        wb.save(workbook + ".raw.xlsx")
    elif step == "import":
        from auditapp.reports.xlsx_import import import_paths
        from auditapp.services import open_data

        store = open_data(Path(folder), backup=False)
        t0 = time.perf_counter()
        outcomes = import_paths(store, [Path(workbook)], "bench")
        assert {o.result for o in outcomes} == {"imported"}, outcomes[:3]
    elif step == "calamine":
        from python_calamine import CalamineWorkbook

        wb = CalamineWorkbook.from_path(workbook)
        for name in wb.sheet_names:
            wb.get_sheet_by_name(name).to_python()
    seconds = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{seconds:.3f} {peak_mb:.0f}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
