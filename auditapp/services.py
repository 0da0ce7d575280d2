"""Opening a data folder ready for use: the store plus the shipped forms installed."""

from __future__ import annotations

from pathlib import Path

from auditapp.core.forms import load_library
from auditapp.store import Store, default_data_dir


def open_data(data_dir: Path | None = None, backup: bool = True) -> Store:
    """Open (creating if needed) the data folder and install the shipped forms.

    Installing is idempotent: a form already stored under the same hash is left alone,
    and a changed form arrives as a new snapshot beside the old one, which the audits
    started on it keep using.
    """
    store = Store(data_dir or default_data_dir())
    _, forms = load_library()
    for form in forms:
        store.forms.install(form)
    if backup:
        store.backup_if_due()
    return store
