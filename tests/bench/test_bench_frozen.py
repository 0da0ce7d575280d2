"""Start-up of the frozen build (run with `make bench`): the PyInstaller one-folder program
against the same desktop app started from .venv, both to their window shown.

Both are the real programs (`dist/serviceaudit/serviceaudit` and `.venv/bin/auditapp`),
started with ``AUDITAPP_QUIT_AFTER_SHOWN=1`` (auditapp/ui/app.py): each prints "window
shown" once its event loop runs with the main window up, and quits. The figure is the
time from starting the process to that line. The frozen build is made (packaging/build.py
--no-deb, into dist/ and build/) when it is missing or older than the sources.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

from tests.bench.excel_fixture import build
from tests.bench.report import seconds_to_first_line, show

ROOT = Path(__file__).resolve().parents[2]
FROZEN = ROOT / "dist" / "serviceaudit" / "serviceaudit"
VENV_APP = Path(sys.executable).parent / "auditapp"
PAIRS = 15
TARGET_RATIO = 1.5


def _sources() -> list[Path]:
    """What the frozen build is made from: the package, its data, the spec, the lock."""
    found = [ROOT / "uv.lock", *(ROOT / "packaging").glob("*.py")]
    found.append(ROOT / "packaging" / "serviceaudit.spec")
    for folder in ("auditapp", "resources", "forms"):
        found += [
            p for p in (ROOT / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts
        ]
    return found


def _ensure_frozen() -> None:
    if FROZEN.is_file():
        built = FROZEN.stat().st_mtime
        if all(p.stat().st_mtime <= built for p in _sources()):
            return
    t0 = time.perf_counter()
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--no-deb"], cwd=ROOT, check=True
    )
    print(f"\n(frozen build made in {time.perf_counter() - t0:.0f} s)")


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["AUDITAPP_QUIT_AFTER_SHOWN"] = "1"
    return env


def _start(program: Path, data: Path) -> float:
    """Seconds from starting the program to its "window shown" line."""
    cmd = [str(program), "--data-dir", str(data)]
    return seconds_to_first_line(cmd, data.parent, "window shown", _env())


def test_bench_frozen_start_vs_venv(tmp_path: Path) -> None:
    _ensure_frozen()
    data = tmp_path / "d"
    build(data, 10_000, items=20)
    # The .venv program gets the bytecode an installed copy has, for the package and
    # every library (this environment may set PYTHONDONTWRITEBYTECODE, and uv installs
    # without compiling); the frozen one carries its own, compiled at build time.
    site = sysconfig.get_paths()["purelib"]
    for folder in ("auditapp", site):
        # Exit status and output ignored: some libraries ship template files that are
        # not Python (PySide6's deploy recipes), which compileall reports as errors.
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", "-j", "0", folder],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    # Warm the file cache for both; the first start on a new folder also installs the
    # shipped forms (a first-start cost, not what is measured here).
    _start(VENV_APP, data)
    _start(FROZEN, data)
    frozen_runs, venv_runs = [], []
    for _ in range(PAIRS):  # interleaved, so a change of load affects both alike
        frozen_runs.append(_start(FROZEN, data))
        venv_runs.append(_start(VENV_APP, data))
    frozen, venv = statistics.median(frozen_runs), statistics.median(venv_runs)
    show(
        f"frozen build: process start to main window shown, 10,000 audits (median of {PAIRS})",
        frozen * 1000,
        ".venv/bin/auditapp, same start",
        venv * 1000,
        TARGET_RATIO * venv * 1000,
    )
    pairs = statistics.median(f / v for f, v in zip(frozen_runs, venv_runs, strict=True))
    print(
        f"      ratio target <= {TARGET_RATIO}x: "
        f"{'OK' if frozen <= TARGET_RATIO * venv else 'OVER'}"
        f" (median of the {PAIRS} pairs' own ratios: {pairs:.2f}x;"
        f" frozen {min(frozen_runs) * 1000:.0f}-{max(frozen_runs) * 1000:.0f} ms,"
        f" .venv {min(venv_runs) * 1000:.0f}-{max(venv_runs) * 1000:.0f} ms)"
    )
