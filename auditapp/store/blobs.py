"""Content-addressed files beside the database (photos, signature drawings, thumbnails)."""

from __future__ import annotations

from pathlib import Path

from auditapp.trust.files import (
    TEMP_PREFIX as TEMP_PREFIX,
)
from auditapp.trust.files import (
    remove_abandoned as remove_abandoned,
)
from auditapp.trust.files import (
    sync_folder as sync_folder,
)
from auditapp.trust.files import (
    write_atomically as write_atomically,
)


class BlobStore:
    """Files named by the SHA-256 of their bytes, written atomically."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, digest: str, suffix: str = ".jpg") -> Path:
        """Where the blob with this hash lives."""
        return self.root / digest[:2] / f"{digest}{suffix}"

    def put(self, data: bytes, suffix: str = ".jpg") -> str:
        """Store ``data`` (once) and return its SHA-256; a crash never leaves a partial file."""
        import hashlib  # here: it loads OpenSSL (~3 ms), which opening the app does not need

        digest = hashlib.sha256(data).hexdigest()
        target = self.path(digest, suffix)
        if not target.exists():
            write_atomically(target, data)
        return digest
