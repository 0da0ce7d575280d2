"""Shared fixtures: a fresh data folder per test, the shipped library, small forms."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from auditapp.core.forms import load_library
from auditapp.store import Store

DATA = Path(__file__).parent / "data"
settings.register_profile(
    "ci", deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=100
)
settings.load_profile("ci")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never let a test touch the user's real data folder."""
    monkeypatch.setenv("AUDITAPP_DATA_DIR", str(tmp_path / "default-data"))


@pytest.fixture(autouse=True)
def _isolated_user_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never let a test read or write the user's own settings (the window's remembered
    geometry, QSettings): programs started by a test get a temporary config folder, and
    Qt in this process, once loaded, writes its INI files to one."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "user-config"))
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QSettings

        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(QSettings.Format.IniFormat, scope, str(tmp_path / "qt-settings"))


@pytest.fixture(scope="session")
def library():
    """(catalogue, forms) shipped in forms/."""
    return load_library()


@pytest.fixture
def store(tmp_path: Path):
    s = Store(tmp_path / "data")
    yield s
    s.close()
