"""Update the Qt translation sources and compile them.

    python tools/translations.py          # lupdate -> resources/translations/*.ts, then lrelease -> .qm

The Chinese texts live in the .ts file (edited with Qt Linguist or by hand); lupdate keeps
them and adds new source strings as unfinished.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
TS = ROOT / "resources" / "translations" / "auditapp_zh_CN.ts"


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "auditapp" / "ui").rglob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-ts", str(TS.relative_to(ROOT)), "-no-obsolete"],
        cwd=ROOT,
        check=True,
    )
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))],
        cwd=ROOT,
        check=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
