"""Content-addressed files beside the database (photos, signature drawings, thumbnails)."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


class BlobStore:
    """Files named by the SHA-256 of their bytes, written atomically."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, digest: str, suffix: str = ".jpg") -> Path:
        """Where the blob with this hash lives."""
        return self.root / digest[:2] / f"{digest}{suffix}"

    def put(self, data: bytes, suffix: str = ".jpg") -> str:
        """Store ``data`` (once) and return its SHA-256; a crash never leaves a partial file."""
        digest = hashlib.sha256(data).hexdigest()
        target = self.path(digest, suffix)
        if target.exists():
            return digest
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return digest
