"""GUI timings (run with `make bench`): start-up, opening a 300-item form, answering."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from auditapp.core.forms import parse_form
from auditapp.core.records import Auditor, Site
from auditapp.store import Store
from tests.bench.excel_fixture import build
from tests.bench.report import seconds_to_first_line, show
from tests.bench.test_bench_foundation import _big_form_text

ROOT = Path(__file__).resolve().parents[2]


def _start(mode: str, data: Path) -> float:
    """Seconds from starting the process to its report that the window is shown."""
    cmd = [sys.executable, "-m", "tests.bench.gui_start", mode, str(data)]
    return seconds_to_first_line(cmd, ROOT, "shown")


def test_bench_startup_with_10000_audits(tmp_path: Path) -> None:
    build(tmp_path / "d", 10_000, items=20)
    # Bytecode compiled as an installed copy has it (this environment may set
    # PYTHONDONTWRITEBYTECODE, which would recompile the package at every start).
    subprocess.run([sys.executable, "-m", "compileall", "-q", "auditapp"], cwd=ROOT, check=True)
    # Warm the file cache for both; the app's very first start on a new folder also
    # installs the shipped forms (a first-start cost, not what is measured here).
    _start("bare", tmp_path / "d")
    _start("app", tmp_path / "d")
    app_runs, bare_runs = [], []
    # Interleaved, so a change of load affects both alike; 15 pairs, because single
    # starts on this machine vary by a third (mostly loading PySide, in both).
    for _ in range(15):
        app_runs.append(_start("app", tmp_path / "d"))
        bare_runs.append(_start("bare", tmp_path / "d"))
    app, bare = statistics.median(app_runs), statistics.median(bare_runs)
    show(
        "process start to main window shown, 10,000 audits (median of 15)",
        app * 1000,
        "bare PySide6 QMainWindow start",
        bare * 1000,
        1500,
    )
    pairs = statistics.median(a / b for a, b in zip(app_runs, bare_runs, strict=True))
    print(
        f"      ratio target <= 2x: {'OK' if app <= 2 * bare else 'OVER'}"
        f" (median of the 15 pairs' own ratios: {pairs:.2f}x)"
    )


def test_bench_runner_open_and_answer(tmp_path: Path, qtbot) -> None:
    from auditapp.ui.audit_session import AuditSession
    from auditapp.ui.runner import AuditRunner

    store = Store(tmp_path / "d")
    form = parse_form(_big_form_text(300), None, "big.yaml")
    store.sites.upsert_many([Site("S1", "门店", "East", "restaurant")])
    audit = store.audits.create(store.forms.install(form), "S1", Auditor("Li"))
    opens = []
    for _ in range(5):
        t0 = time.perf_counter()
        session = AuditSession(store, audit.id, "Li")
        runner = AuditRunner(session, "zh")
        qtbot.addWidget(runner)
        runner.resize(1280, 800)
        runner.show()
        qtbot.waitExposed(runner)
        opens.append(time.perf_counter() - t0)
    items = [i for i in form.items() if i.type.value == "check"][:60]
    answers = []
    for k, item in enumerate(items):
        t0 = time.perf_counter()
        session.set_value(item.id, "pass" if k % 3 else "fail")
        qtbot.wait(0)  # let the views repaint their score
        answers.append(time.perf_counter() - t0)
    base = []
    for _ in range(20):
        t0 = time.perf_counter()
        store.audits.score(audit.id)
        base.append(time.perf_counter() - t0)
    show(
        "open a 300-item form in the runner (median of 5)",
        statistics.median(opens) * 1000,
        "scoring that audit from the store",
        statistics.median(base) * 1000,
        500,
    )
    show(
        "answer an item and see the live score (p95 of 60)",
        statistics.quantiles(answers, n=20)[-1] * 1000,
        "scoring from the store alone",
        statistics.median(base) * 1000,
        50,
    )
    store.close()
