"""Where the data folder is."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "AUDITAPP_DATA_DIR"


def default_data_dir() -> Path:
    """``$AUDITAPP_DATA_DIR`` when set, else the platform's user-data folder."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    import platformdirs  # only here: most starts name the folder, and the import costs 3 ms

    return Path(platformdirs.user_data_dir("ServiceAudit", appauthor=False))
