"""Work split over a forked child: order, fallbacks, failures, and a large verified import."""

from __future__ import annotations

import os
import threading

import pytest
from openpyxl import load_workbook

from auditapp.demo import DEMO_PASSPHRASE
from auditapp.reports import two_cores
from auditapp.reports.two_cores import MIN_ITEMS, run_on_two_cores
from auditapp.reports.xlsx_export import export_xlsx
from auditapp.reports.xlsx_import import import_paths
from auditapp.services import open_data
from auditapp.store import Store
from tests.bench.excel_fixture import build


def collect(fn, items, child_share=0.5):
    parts: list[tuple[int, list]] = []
    run_on_two_cores(
        fn, items, lambda offset, results: parts.append((offset, results)), child_share
    )
    return parts


def test_results_arrive_in_order_in_two_parts_one_from_a_child():
    items = list(range(200))
    parts = collect(lambda x: (x * x, os.getpid()), items)
    assert [o for o, _ in parts] == [0, 100]
    assert [r[0] for _, rs in parts for r in rs] == [x * x for x in items]
    assert {r[1] for r in parts[0][1]} == {os.getpid()}
    assert {r[1] for r in parts[1][1]} != {os.getpid()}  # computed in another process


def test_small_jobs_and_worker_threads_stay_in_this_process():
    assert collect(lambda x: os.getpid(), list(range(MIN_ITEMS - 1))) == [
        (0, [os.getpid()] * (MIN_ITEMS - 1))
    ]
    got: list = []
    worker = threading.Thread(target=lambda: got.extend(collect(lambda x: os.getpid(), range(300))))
    worker.start()
    worker.join()
    assert got == [(0, [os.getpid()] * 300)]  # never forks from a thread (the desktop app)


def test_a_failure_in_the_child_is_raised_here():
    def fn(x):
        if x == 150:
            raise ValueError("bad item 150")
        return x

    with pytest.raises(ValueError, match="bad item 150"):
        collect(fn, list(range(200)))


def test_a_failing_consumer_does_not_hang_on_a_blocked_child():
    big = "x" * 10_000  # the child's results overflow the pipe: it blocks until read

    def consume(offset, results):
        raise RuntimeError("storage failed")

    with pytest.raises(RuntimeError, match="storage failed"):
        run_on_two_cores(lambda x: big, list(range(200)), consume)


def test_without_fork_everything_runs_here(monkeypatch):
    monkeypatch.setattr(two_cores, "_fork", lambda: None)
    assert collect(lambda x: os.getpid(), list(range(100))) == [(0, [os.getpid()] * 100)]


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


def test_a_large_import_verified_on_two_cores(large, tmp_path, monkeypatch):
    workbook, ids = large
    forks = []
    real_fork = two_cores._fork

    def counted():
        pid = real_fork()
        if pid:
            forks.append(pid)
        return pid

    monkeypatch.setattr(two_cores, "_fork", counted)
    hq = open_data(tmp_path / "hq", backup=False)
    outcomes = import_paths(hq, [workbook], "hq")
    assert len(forks) == 1
    assert [o.result for o in outcomes] == ["imported"] * len(ids)
    assert sorted(o.audit_id for o in outcomes) == sorted(ids)
    assert hq.audits.count() == len(ids)
    assert {o.result for o in import_paths(hq, [workbook], "hq")} == {"duplicate"}


def test_tampering_in_the_childs_half_rolls_back_the_parents_half(large, tmp_path):
    workbook, ids = large
    wb = load_workbook(workbook)
    ws = wb["Answers"]
    head = [c.value for c in ws[1]]
    last = ids[-1]  # listed last in _meta: verified by the child
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == last)
    ws.cell(row, head.index("comment") + 1, "edited at head office")
    wb.save(tmp_path / "bad.xlsx")
    hq = open_data(tmp_path / "hq", backup=False)
    outcomes = import_paths(hq, [tmp_path / "bad.xlsx"], "hq")
    rejected = [o for o in outcomes if o.result == "rejected"]
    assert [o.audit_id for o in rejected] == [last]
    assert "differ from what was signed" in rejected[0].reason
    assert {o.result for o in outcomes} == {"rejected", "not imported"}
    assert hq.audits.count() == 0  # the first half, already written, was rolled back
