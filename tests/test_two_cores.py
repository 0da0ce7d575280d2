"""Work split over a forked child: order, fallbacks, failures, and a large verified import.

Forking needs a process with one thread; the test process may hold Qt's threads from
the GUI tests, so every case that should fork runs in a fresh interpreter.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from openpyxl import load_workbook

from auditapp.demo import DEMO_PASSPHRASE
from auditapp.reports import two_cores
from auditapp.reports.two_cores import MIN_ITEMS, run_on_two_cores
from auditapp.reports.xlsx_export import export_xlsx
from auditapp.store import Store
from tests.bench.excel_fixture import build

ROOT = Path(__file__).resolve().parents[1]
PRELUDE = """
import json, os, sys
from auditapp.reports import two_cores
from auditapp.reports.two_cores import run_on_two_cores
forks = []
real_fork = two_cores._fork
def counted():
    pid = real_fork()
    if pid:
        forks.append(pid)
    return pid
two_cores._fork = counted
def collect(fn, items, share=0.5):
    parts = []
    run_on_two_cores(fn, items, lambda offset, results: parts.append((offset, results)), share)
    return parts
"""


def fresh_python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", PRELUDE + textwrap.dedent(code), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_results_arrive_in_order_this_half_first_then_the_childs_chunks():
    proc = fresh_python(
        """
        parts = collect(lambda x: (x * x, os.getpid()), list(range(200)))
        print(json.dumps({"parts": parts, "me": os.getpid(), "forks": len(forks)}))
        """
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    parts, me = out["parts"], out["me"]
    assert out["forks"] == 1
    assert [o for o, _ in parts] == [0, *range(100, 200, two_cores.CHUNK)]
    assert [r[0] for _, rs in parts for r in rs] == [x * x for x in range(200)]
    assert {r[1] for r in parts[0][1]} == {me}
    child = {r[1] for _, rs in parts[1:] for r in rs}
    assert len(child) == 1 and me not in child  # computed in another process


def test_an_exception_in_the_childs_half_is_raised_here():
    proc = fresh_python(
        """
        def fn(x):
            if x == 150:
                raise ValueError("bad item 150")
            return x
        try:
            collect(fn, list(range(200)))
        except ValueError as exc:
            print("raised:", exc, "forks:", len(forks))
        """
    )
    assert proc.stdout.strip() == "raised: bad item 150 forks: 1", proc.stderr


def test_a_child_that_dies_midway_is_replaced_by_this_process():
    proc = fresh_python(
        """
        parent = os.getpid()
        def fn(x):
            if x == 160 and os.getpid() != parent:
                os._exit(3)  # the child dies after sending some chunks
            return x
        parts = collect(fn, list(range(200)))
        print(json.dumps([r for _, rs in parts for r in rs] == list(range(200))), len(forks))
        """
    )
    assert proc.stdout.split() == ["true", "1"], proc.stderr


def test_a_failing_consumer_does_not_hang_on_a_blocked_child():
    proc = fresh_python(
        """
        big = "x" * 100_000  # the child's results overflow the pipe: it blocks until read
        def consume(offset, results):
            raise RuntimeError("storage failed")
        try:
            run_on_two_cores(lambda x: big, list(range(200)), consume)
        except RuntimeError as exc:
            print(exc, len(forks))
        """
    )
    assert proc.stdout.strip() == "storage failed 1", proc.stderr


def test_small_jobs_threads_and_no_fork_stay_in_this_process(monkeypatch):
    def collect(items):
        parts: list = []
        run_on_two_cores(lambda x: os.getpid(), items, lambda o, r: parts.append((o, r)))
        return parts

    assert collect(list(range(MIN_ITEMS - 1))) == [(0, [os.getpid()] * (MIN_ITEMS - 1))]
    got: list = []
    worker = threading.Thread(target=lambda: got.extend(collect(list(range(300)))))
    worker.start()
    worker.join()
    assert got == [(0, [os.getpid()] * 300)]  # never forks from a thread (the desktop app)
    monkeypatch.setattr(two_cores, "_fork_is_safe", lambda: True)
    monkeypatch.setattr(two_cores, "_fork", lambda: None)  # the system refused
    assert collect(list(range(100))) == [(0, [os.getpid()] * 100)]


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    """A workbook of 80 audits: enough for the importer to verify on two cores."""
    base = tmp_path_factory.mktemp("two-cores")
    build(base / "field", 80, items=20)
    store = Store(base / "field")
    ids = [a.id for a in store.audits.list(order_by="created_at", descending=False)]
    export_xlsx(store, ids, base / "large.xlsx", DEMO_PASSPHRASE)
    store.close()
    return base / "large.xlsx", ids


IMPORT = """
from pathlib import Path
from auditapp.reports.xlsx_import import import_paths
from auditapp.services import open_data
store = open_data(Path(sys.argv[2]), backup=False)
outcomes = import_paths(store, [Path(sys.argv[1])], "hq", accept_new=len(sys.argv) > 3)
print(json.dumps({
    "forks": len(forks),
    "outcomes": [[o.audit_id, o.result, o.reason] for o in outcomes],
    "stored": store.audits.count(),
    "unverified": store.db.execute(
        "SELECT COUNT(*) FROM audits WHERE signer_unverified = 1"
    ).fetchone()[0],
    "known": [c.how for c in store.certs.list()],
}))
"""


def test_a_large_import_verified_on_two_cores(large, tmp_path):
    workbook, ids = large
    proc = fresh_python(IMPORT, str(workbook), str(tmp_path / "hq"))
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["forks"] == 1
    assert [r for _, r, _ in out["outcomes"]] == ["imported"] * len(ids)
    assert sorted(a for a, _, _ in out["outcomes"]) == sorted(ids)
    assert out["stored"] == len(ids)
    # the signer is first seen here, in both halves: every audit marked, none bound
    assert (out["unverified"], out["known"]) == (len(ids), [])
    again = json.loads(fresh_python(IMPORT, str(workbook), str(tmp_path / "hq"), "accept").stdout)
    assert {r for _, r, _ in again["outcomes"]} == {"duplicate"}
    # accepted once, by this process, whichever core verified the audits
    assert (again["unverified"], again["known"]) == (0, ["accepted"])


def test_tampering_in_the_childs_part_rolls_back_what_this_process_stored(large, tmp_path):
    workbook, ids = large
    wb = load_workbook(workbook)
    ws = wb["Answers"]
    head = [c.value for c in ws[1]]
    last = ids[-1]  # listed last in _meta: verified by the child
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == last)
    ws.cell(row, head.index("comment") + 1, "edited at head office")
    wb.save(tmp_path / "bad.xlsx")
    proc = fresh_python(IMPORT, str(tmp_path / "bad.xlsx"), str(tmp_path / "hq"))
    out = json.loads(proc.stdout)
    assert out["forks"] == 1
    rejected = [(a, why) for a, r, why in out["outcomes"] if r == "rejected"]
    assert [a for a, _ in rejected] == [last]
    assert "differ from what was signed" in rejected[0][1]
    assert {r for _, r, _ in out["outcomes"]} == {"rejected", "not imported"}
    assert out["stored"] == 0  # the first part, already written, was rolled back
