"""Killing the process at random moments never loses an acknowledged answer.

200 times, a writer (a process of its own, forked by one launcher so that it starts in
milliseconds: see tests/crash_child.py) saves answers into a real database file and is
killed with SIGKILL at a random moment: while opening the store, inside a commit, inside
a checkpoint. After each kill, with no process left on the file, the test opens it
afresh and checks that it is intact, that every save the writer acknowledged is there,
in order and with nothing else, and that the trail's hash chain is intact (from the
entry the previous check ended on, so a check costs the new entries only).
"""

from __future__ import annotations

import json
import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from auditapp.store import Store

if TYPE_CHECKING:
    from auditapp.core.evidence import TrailEntry

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = 200
TIME_LIMIT = 120.0
"""Seconds for all rounds (about 9 s here, on two busy cores); a test that runs longer
fails rather than goes on."""
LINE_WAIT = 15.0
"""Seconds to wait for one line from the launcher."""


class Launcher:
    """The launcher process and the lines it and its writers print."""

    def __init__(self, data_dir: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.crash_child", str(data_dir)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self.pending = b""
        self.writer: int | None = None
        """The writer forked and not yet reaped."""

    def line(self) -> str:
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        deadline = time.monotonic() + LINE_WAIT
        while b"\n" not in self.pending:
            left = deadline - time.monotonic()
            assert left > 0, "no word from the crash test's launcher"
            if select.select([fd], [], [], left)[0]:
                chunk = os.read(fd, 65536)
                assert chunk, f"the launcher ended: {self.errors()}"
                self.pending += chunk
        line, self.pending = self.pending.split(b"\n", 1)
        return line.decode()

    def run_and_kill(self, start: int, delay: float, when_ready: bool) -> list[int]:
        """Fork a writer saving from ``start`` and SIGKILL it ``delay`` seconds after the
        fork, or after it has opened the store and its audit (``when_ready``); return the
        saves it acknowledged."""
        assert self.proc.stdin is not None
        t0 = time.monotonic()
        self.proc.stdin.write(f"{start}\n".encode())
        self.proc.stdin.flush()
        lines: list[str] = []
        ready = not when_ready
        while self.writer is None or not ready:
            line = self.line()
            if line.startswith("exit "):
                self.writer = None
                raise AssertionError(f"a writer ended before it was killed: {self.errors()}")
            if line.startswith("writer "):
                self.writer = int(line.split()[1])
                continue
            lines.append(line)
            if line.startswith("audit "):
                ready, t0 = True, time.monotonic()
        time.sleep(max(0.0, t0 + delay - time.monotonic()))
        os.kill(self.writer, signal.SIGKILL)
        while not (line := self.line()).startswith("exit "):
            lines.append(line)
        _, pid, status = line.split()
        assert int(pid) == self.writer
        self.writer = None
        killed = os.WIFSIGNALED(int(status)) and os.WTERMSIG(int(status)) == signal.SIGKILL
        assert killed, f"the writer was not the one killed (status {status}): {self.errors()}"
        return [int(x.split()[1]) for x in lines if x.startswith("saved ")]

    def errors(self) -> str:
        """What the launcher and writers wrote on stderr (ends the launcher)."""
        self.close()
        assert self.proc.stderr is not None
        return self.proc.stderr.read().decode(errors="replace")

    def close(self) -> None:
        if self.writer is not None:  # forked, not reaped: the pid is still that writer's
            os.kill(self.writer, signal.SIGKILL)
            self.writer = None
        if self.proc.stdin is not None and not self.proc.stdin.closed:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=LINE_WAIT)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def group_size(i: int) -> int:
    """Trail entries of save ``i``: notes, wait, and every seventh a comment."""
    return 3 if i % 7 == 0 else 2


def expected_changes(start: int):
    """The trail entries, as (item, new value), of saving from ``start`` on."""
    i = start
    while True:
        yield ("notes", str(i))
        yield ("wait", str(i % 30))
        if i % 7 == 0:
            yield ("greet", f"comment {i}")
        i += 1


def check_round(
    store: Store, start: int, acked: list[int], verified: TrailEntry | None, current: dict
) -> TrailEntry | None:
    """Every acknowledged save is in the trail and in the answers, and the chain is
    intact; ``current`` (item: value or comment) follows the trail. Returns the entry the
    check ended on."""
    audits = store.audits.list()
    if not audits:
        assert verified is None and not acked, "saves acknowledged but no audit stored"
        return None
    audit_id = audits[0].id
    problems, new = store.audits.trail_problems_since(audit_id, verified)
    assert problems == [], problems
    ended_on = new[-1] if new else verified
    if verified is None:
        assert new[0].action == "create"
        new = new[1:]
    changes = [(e.item_id, json.loads(e.new)) for e in new]
    wanted = expected_changes(start)
    assert changes == [next(wanted) for _ in changes], "the trail is not the saves made"
    assert acked == list(range(start, start + len(acked)))
    # An acknowledged save is all its changes; at most one save more can be (partly) in.
    needed = sum(group_size(i) for i in acked)
    assert len(changes) >= needed, f"acknowledged save {acked[-1]} lost"
    assert len(changes) <= needed + group_size(start + len(acked))
    current.update(changes)
    rows = store.db.execute(
        "SELECT item_id, value, comment FROM answers WHERE audit_id = ?", [audit_id]
    ).fetchall()
    stored = {
        item: comment if item == "greet" else json.loads(value) for item, value, comment in rows
    }
    assert stored == current, "the answers are not those of the last saves"
    return ended_on


def test_sigkill_loses_nothing_acknowledged(tmp_path):
    rng = random.Random(1234)
    data = tmp_path / "data"
    launcher = Launcher(data)
    start, saving_rounds, acked_rounds, verified, current = 0, 0, 0, None, {}
    began = time.monotonic()
    try:
        for n in range(ROUNDS):
            elapsed = time.monotonic() - began
            assert elapsed < TIME_LIMIT, f"only {n} of {ROUNDS} kills in {elapsed:.0f} s"
            # The first writer creates the database (about 0.5 s). A later one opens the
            # store and its audit in about 10 ms, then saves every 5 ms or so: a quarter
            # of the kills land while it starts, the others once it is saving.
            if n == 0:
                acked = launcher.run_and_kill(start, rng.uniform(0.0, 1.5), False)
            elif rng.random() < 0.25:
                acked = launcher.run_and_kill(start, rng.uniform(0.0, 0.02), False)
            else:
                acked = launcher.run_and_kill(start, rng.uniform(0.0, 0.04), True)
                saving_rounds += 1
            with Store(data) as store:
                assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                verified = check_round(store, start, acked, verified, current)
            acked_rounds += bool(acked)
            if "notes" in current:
                start = int(current["notes"]) + 1
    finally:
        launcher.close()
    with Store(data) as store:  # and once in full, from the first entry
        assert store.audits.trail_problems(store.audits.list()[0].id) == []
    assert acked_rounds >= saving_rounds // 2, "the writers rarely got far enough to save"
