"""The commands and the window in an environment built from the lock with the runtime
dependencies only (no test or dev extras), as `make run` and a user's install have it.

Every other test runs where pytest, calamine's test pins and the linters are installed,
so a module the app imports but the runtime does not declare would pass unnoticed.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def _uv() -> str:
    local = ROOT / ".venv-tools" / "bin" / "uv"
    found = str(local) if local.exists() else shutil.which("uv")
    if found is None:
        pytest.fail("uv is not installed; `make test` installs it into .venv-tools")
    return found


@pytest.fixture(scope="module")
def runtime_env(tmp_path_factory) -> Path:
    venv = tmp_path_factory.mktemp("runtime") / "venv"
    env = {
        **os.environ,
        "UV_PROJECT_ENVIRONMENT": str(venv),
        "UV_PYTHON": sys.executable,
        "UV_PYTHON_DOWNLOADS": "never",
    }
    env.pop("VIRTUAL_ENV", None)
    out = subprocess.run(
        [_uv(), "sync", "--locked", "--quiet", "--no-dev"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert out.returncode == 0, out.stderr
    return venv


def _run(venv: Path, *args: str, cwd: Path, env: dict[str, str] | None = None):
    full = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "AUDITAPP_PASSPHRASE": "demo-passphrase",
        **(env or {}),
    }
    full.pop("PYTHONPATH", None)
    return subprocess.run(
        [str(venv / "bin" / args[0]), *args[1:]],
        cwd=cwd,
        env=full,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_runtime_environment_has_no_test_tools(runtime_env, tmp_path):
    for module in ("pytest", "hypothesis", "jsonschema", "mypy"):
        probe = _run(runtime_env, "python", "-c", f"import {module}", cwd=tmp_path)
        assert probe.returncode != 0, f"{module} is installed in the runtime-only environment"


def test_every_command_works_with_the_runtime_dependencies_only(runtime_env, tmp_path):
    data, head = tmp_path / "field", tmp_path / "head-office"
    steps = [
        ("auditapp", "demo", "--data-dir", str(data), "--seed", "7"),
        ("auditapp", "export", "--all", "--pdf-dir", "pdf", "--data-dir", str(data)),
        ("auditapp", "export", "--all", "--xlsx", "all.xlsx", "--data-dir", str(data)),
        ("auditapp", "identity", "export-cert", "main.pem", "--data-dir", str(data)),
        (
            "auditapp",
            "identity",
            "export-cert",
            "alias.pem",
            "--role",
            "alias",
            "--data-dir",
            str(data),
        ),
        ("auditapp", "import", "all.xlsx", "--data-dir", str(head), "--trust", "demo.pem"),
    ]
    for step in steps:
        if step[1] == "import":  # both demo certificates: mystery shops are signed by the alias
            pems = [(tmp_path / name).read_bytes() for name in ("main.pem", "alias.pem")]
            (tmp_path / "demo.pem").write_bytes(b"".join(pems))
        out = _run(runtime_env, *step, cwd=tmp_path)
        # every demo audit is AUD-017's, signed by her main or her alias certificate, both
        # in --trust and naming AUD-017: all import verified (exit 0, not 3)
        assert out.returncode == 0, f"{' '.join(step[1:3])}: {out.stdout}{out.stderr}"
    pdfs = sorted(str(p) for p in (tmp_path / "pdf").glob("*.pdf"))
    assert len(pdfs) >= 10
    verify = _run(runtime_env, "auditapp", "verify", *pdfs, "--trust", "demo.pem", cwd=tmp_path)
    assert verify.returncode == 0, verify.stdout + verify.stderr
    # Head office now holds every audit the field folder had, as the same revisions.
    counts = []
    for folder in (data, head):
        with sqlite3.connect(folder / "audits.db") as db:
            counts.append(db.execute("SELECT count(*) FROM audits").fetchone()[0])
    assert counts[0] >= 30 and counts[0] == counts[1], counts
    with sqlite3.connect(head / "audits.db") as db:
        assert (
            db.execute("SELECT count(*) FROM audits WHERE signer_unverified = 1").fetchone()[0] == 0
        )
        assert db.execute("SELECT count(*) FROM known_certs").fetchone()[0] == 2


SHOW_WINDOW = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from auditapp.ui.app import run_gui

app = QApplication(sys.argv)
def quit_when_shown():
    shown = [w for w in app.topLevelWidgets() if w.isVisible()]
    print("shown:", ", ".join(type(w).__name__ for w in shown), flush=True)
    app.quit()
QTimer.singleShot(1500, quit_when_shown)
sys.exit(run_gui(Path(sys.argv[1])))
"""


def test_the_desktop_window_opens_with_the_runtime_dependencies_only(runtime_env, tmp_path):
    data = tmp_path / "demo"
    assert (
        _run(runtime_env, "auditapp", "demo", "--data-dir", str(data), cwd=tmp_path).returncode == 0
    )
    out = _run(runtime_env, "python", "-c", SHOW_WINDOW, str(data), cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "MainWindow" in out.stdout, out.stdout + out.stderr
