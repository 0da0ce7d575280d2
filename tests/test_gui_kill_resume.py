"""Killing the app during an audit and starting it again resumes that audit, nothing lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from auditapp.core.records import Auditor
from auditapp.demo import load_demo
from auditapp.services import open_data

ROOT = Path(__file__).resolve().parents[1]


def test_sigkill_during_an_audit_then_resume(tmp_path):
    data = tmp_path / "data"
    store = open_data(data, backup=False)
    load_demo(store, seed=2, audits=1)
    site = next(s for s in store.sites.list() if s.industry == "restaurant")
    audit = store.audits.create(
        store.forms.latest_hash("restaurant-mystery-visit"), site.code, Auditor("Li")
    )
    store.settings.set("profile", {"name": "Li", "id": "A1", "alias": ""})
    store.settings.set("open_audit", audit.id)
    store.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.gui_kill_child", str(data), "answer"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    acknowledged: list[str] = []
    deadline = time.monotonic() + 60
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline().decode()
        if line.startswith("saved "):
            acknowledged.append(line.split()[1])
        if len(acknowledged) >= 4 or not line:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert len(acknowledged) >= 4, proc.stderr.read().decode() if proc.stderr else ""
    out = subprocess.run(
        [sys.executable, "-m", "tests.gui_kill_child", str(data), "check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert f"open {audit.id}" in out.stdout, out.stdout + out.stderr
    stored = {
        line.split()[1]: line.split()[2]
        for line in out.stdout.splitlines()
        if line.startswith("answer ")
    }
    for item_id in acknowledged:
        assert stored.get(item_id) == "pass", (item_id, stored)
