"""Opening a data folder ready for use: the store plus the shipped forms installed."""

from __future__ import annotations

from pathlib import Path

from auditapp.core.shipped import shipped_forms_dir
from auditapp.store import Store, default_data_dir

LIBRARY_STAMP = "shipped_forms_stamp"


def _library_stamp() -> str:
    """Names, sizes and modification times of the shipped form files.

    Kept as text rather than hashed: it is short, and hashing would load OpenSSL
    (``hashlib``, about 3 ms) at every start for nothing else.
    """
    parts = []
    for path in sorted(shipped_forms_dir().glob("*.yaml")):
        st = path.stat()
        parts.append(f"{path.name}:{st.st_size}:{st.st_mtime_ns};")
    return "".join(parts)


def open_data(data_dir: Path | None = None, backup: bool = True) -> Store:
    """Open (creating if needed) the data folder and install the shipped forms.

    Installing is idempotent: a form already stored under the same hash is left alone,
    and a changed form arrives as a new snapshot beside the old one, which the audits
    started on it keep using.
    """
    store = Store(data_dir or default_data_dir())
    stamp = _library_stamp()
    if store.settings.get(LIBRARY_STAMP) != stamp:
        # Parsing and checking every shipped form costs ~0.2 s: only when they changed.
        from auditapp.core.forms import load_library  # the form parsers only when needed

        _, forms = load_library()
        for form in forms:
            store.forms.install(form)
        store.settings.set(LIBRARY_STAMP, stamp)
    if backup:
        store.backup_if_due()
        store.tidy_files()
    return store
