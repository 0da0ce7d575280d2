"""Remembering a data folder chosen in Settings, for the next start.

The choice lives in a one-line text file in the platform's config folder (platformdirs),
outside any data folder, so it can name where the data is. ``--data-dir`` and
``AUDITAPP_DATA_DIR`` still win over it.
"""

from __future__ import annotations

import os
from pathlib import Path

from auditapp.store.paths import ENV_VAR

FILE_NAME = "data-folder.txt"


def config_file() -> Path:
    """The file holding the chosen data folder."""
    import platformdirs  # only here: a start with --data-dir never needs it (3 ms to import)

    return Path(platformdirs.user_config_dir("ServiceAudit", appauthor=False)) / FILE_NAME


def chosen_data_dir() -> Path | None:
    """The folder chosen in Settings, or None when none was chosen (or the file is unreadable)."""
    try:
        text = config_file().read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return Path(text).expanduser() if text else None


def remember_data_dir(folder: Path | None) -> None:
    """Use ``folder`` from the next start on (None: back to the default); raises OSError."""
    path = config_file()
    if folder is None:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(str(folder) + "\n", encoding="utf-8")


def overridden_by_environment() -> bool:
    """Whether ``AUDITAPP_DATA_DIR`` decides the folder regardless of the choice."""
    return bool(os.environ.get(ENV_VAR))


def startup_data_dir(explicit: Path | None) -> Path | None:
    """The folder to open: ``--data-dir``, else the environment, else the remembered choice.

    None means the store's default (``AUDITAPP_DATA_DIR`` or the platform's folder).
    """
    if explicit is not None or overridden_by_environment():
        return explicit
    return chosen_data_dir()
