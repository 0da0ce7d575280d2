"""Local persistence of ServiceAudit: one SQLite database per data folder, photos beside it.

Nothing above this package writes SQL; callers use the repositories on :class:`Store`.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from auditapp.store.audits import AuditFilter, AuditRepo
from auditapp.store.db import DB_NAME, connect
from auditapp.store.errors import ImportFileError, LockedError, NotFound, PhotoError, StoreError
from auditapp.store.forms_repo import FormRepo
from auditapp.store.paths import default_data_dir
from auditapp.store.settings import SettingsRepo
from auditapp.store.sites import SiteRepo

if TYPE_CHECKING:
    from auditapp.store.blobs import BlobStore
    from auditapp.store.certs import CertRepo
    from auditapp.store.imports import ImportRepo
    from auditapp.store.photos import PhotoRepo
    from auditapp.store.signoff import SignoffRepo

BACKUP_EVERY_HOURS = 12.0


class Store:
    """A data folder: the database, the photo files and the backups."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"{self.data_dir}: cannot create the data folder ({exc.strerror})"
            ) from exc
        self.db = connect(self.data_dir / DB_NAME)
        self.sites = SiteRepo(self.db)
        self.forms = FormRepo(self.db)
        self.audits = AuditRepo(self.db, self.forms)
        self.settings = SettingsRepo(self.db)

    # The repositories below are built on first use: listing audits, what opening the app
    # shows, needs none of them, and each module costs the start a few milliseconds.
    @cached_property
    def blobs(self) -> BlobStore:
        """The content-addressed files of photos and drawn signatures."""
        from auditapp.store.blobs import BlobStore

        return BlobStore(self.data_dir / "photos")

    @cached_property
    def photos(self) -> PhotoRepo:
        """Photos of audits, their files and thumbnails."""
        from auditapp.store.blobs import BlobStore
        from auditapp.store.photos import PhotoRepo

        return PhotoRepo(self.db, self.blobs, BlobStore(self.data_dir / "thumbs"), self.audits)

    @cached_property
    def signoff(self) -> SignoffRepo:
        """Drawn signatures and corrective actions."""
        from auditapp.store.signoff import SignoffRepo

        return SignoffRepo(self.db, self.blobs, self.audits)

    @cached_property
    def imports(self) -> ImportRepo:
        """Revisions and signers of the audits imported from workbooks."""
        from auditapp.store.imports import ImportRepo

        return ImportRepo(self.db)

    @cached_property
    def certs(self) -> CertRepo:
        """Signer certificates known for each auditor id (head office's trust decisions)."""
        from auditapp.store.certs import CertRepo

        return CertRepo(self.db)

    @property
    def backup_dir(self) -> Path:
        """Folder of the rolling backups."""
        return self.data_dir / "backups"

    def backup(self) -> Path:
        """Make a backup now (keeps the newest seven)."""
        from auditapp.store.backup import backup

        return backup(self.db, self.backup_dir)

    def backup_if_due(self) -> Path | None:
        """Make a backup when the newest is older than 12 hours (or there is none)."""
        from auditapp.store.backup import latest_backup_age_hours

        age = latest_backup_age_hours(self.backup_dir)
        if age is None or age >= BACKUP_EVERY_HOURS:
            return self.backup()
        return None

    def tidy_files(self) -> int:
        """Remove what killed writers left half-written among the photo and thumbnail
        files (temporary files no running writer holds); returns how many."""
        from auditapp.store.blobs import remove_abandoned

        return sum(remove_abandoned(self.data_dir / name) for name in ("photos", "thumbs"))

    def close(self) -> None:
        """Close the database."""
        self.db.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = [
    "AuditFilter",
    "ImportFileError",
    "LockedError",
    "NotFound",
    "PhotoError",
    "Store",
    "StoreError",
    "default_data_dir",
]
