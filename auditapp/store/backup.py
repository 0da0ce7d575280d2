"""Rolling backups through SQLite's online backup API."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from auditapp.store.blobs import sync_folder
from auditapp.store.db import Database
from auditapp.store.errors import StoreError

KEEP = 7


def backup(db: Database, folder: Path, keep: int = KEEP) -> Path:
    """Copy the live database to ``folder`` consistently and keep only the newest ``keep``.

    Raises :class:`StoreError` when SQLite cannot copy, ``OSError`` for the folder.
    """
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"audits-{stamp}.db"
    tmp = target.with_suffix(".partial")
    try:
        dest = sqlite3.connect(str(tmp))
        try:
            # The copy's last commit fsyncs the file, as the live database's commits do.
            dest.execute("PRAGMA synchronous=FULL")
            dest.execute("PRAGMA fullfsync=ON")
            db.conn.backup(dest)
        finally:
            dest.close()
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"{target}: cannot write the backup ({exc})") from exc
    tmp.replace(target)
    sync_folder(folder)  # the rename is on disk before any older backup goes
    for old in sorted(folder.glob("audits-*.db"))[:-keep]:
        old.unlink(missing_ok=True)
    return target


def list_backups(folder: Path) -> list[Path]:
    """Backups in ``folder``, oldest first."""
    return sorted(folder.glob("audits-*.db"))


def latest_backup_age_hours(folder: Path) -> float | None:
    """Hours since the newest backup, or None when there is none."""
    backups = list_backups(folder)
    if not backups:
        return None
    return (datetime.now().timestamp() - backups[-1].stat().st_mtime) / 3600
