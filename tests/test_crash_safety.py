"""Killing the process at random moments never loses an acknowledged answer."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from auditapp.store import Store
from auditapp.store.db import DB_NAME

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = 20


def run_and_kill(data_dir: Path, start: int, delay: float) -> int | None:
    """Run the child, SIGKILL it after ``delay`` seconds; return the last acknowledged save."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.crash_child", str(data_dir), str(start)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert proc.stdout is not None
    deadline = time.monotonic() + delay
    last = None
    fd = proc.stdout.fileno()
    os.set_blocking(fd, False)
    raw = b""
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            raw += os.read(fd, 65536)
        except BlockingIOError:
            time.sleep(0.002)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    os.set_blocking(fd, True)
    raw += proc.stdout.read()
    buffer = raw.decode()
    err = proc.stderr.read().decode() if proc.stderr else ""
    assert "Traceback" not in err, err
    for line in buffer.splitlines():
        if line.startswith("saved "):
            last = int(line.split()[1])
    return last


def test_sigkill_loses_nothing_acknowledged(tmp_path):
    rng = random.Random(1234)
    data = tmp_path / "data"
    start = 0
    acked_total = 0
    for _ in range(ROUNDS):
        last = run_and_kill(data, start, rng.uniform(0.4, 1.2))
        conn = sqlite3.connect(data / DB_NAME)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        store = Store(data)
        audits = store.audits.list()
        if last is not None:
            acked_total += 1
            answers = store.audits.answers(audits[0].id)
            stored = int(answers["notes"].value)
            assert stored >= last, f"acknowledged save {last} lost (stored {stored})"
            start = stored + 1
        if audits:
            assert store.audits.trail_problems(audits[0].id) == []
        store.close()
    assert acked_total >= ROUNDS // 2, "the child rarely got far enough to save"
