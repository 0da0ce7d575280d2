"""Regression test for PySide6 builds that drop a reference to None on Qt calls that
return nothing (PySide6-Essentials 6.12.0 on Python 3.11 aborts the app with
``none_dealloc`` after a few thousand such calls; see docs/install.md).

The real main window and runner run in a fresh interpreter, so a build that aborts
fails this test with its own message instead of taking pytest down with it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CALLS = 21_000
ROOT = Path(__file__).resolve().parents[1]


def test_qt_calls_that_return_nothing_keep_none_alive(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-m", "tests.none_refcount_child", str(tmp_path / "data"), str(CALLS)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env=env,
    )
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    figures = json.loads(lines[-1]) if lines else {}
    assert out.returncode == 0 and figures, (
        f"the window loop ended with code {out.returncode} {figures}: {out.stderr[-2000:]}"
    )
    simple, mixed = figures["simple"], figures["mixed"]
    assert simple["calls"] >= 20_000 and mixed["calls"] >= 5_000, figures
    # Simple void calls on a sound build leave the count exactly as it was; the broken
    # build loses one reference per call. A build that loses one in a hundred fails too.
    assert abs(simple["after"] - simple["before"]) <= 10, (
        f"sys.getrefcount(None) went from {simple['before']} to {simple['after']} over "
        f"{simple['calls']} Qt calls that return nothing: this PySide6 build mishandles "
        "references to None"
    )
    # With painting and moving between items the count may grow, never fall.
    assert mixed["after"] >= mixed["before"], (
        f"sys.getrefcount(None) fell from {mixed['before']} to {mixed['after']} while "
        "painting and moving through the runner"
    )
