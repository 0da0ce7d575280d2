"""Files written so that a crash leaves the old version or the new, never half of one.

The desktop store, the identity files and the server's blob store all write through here.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

# Temporary files are named so, and locked (flock) by their writer while it writes, so
# that a later start can tell the leftovers of a killed writer from a live one's file.
TEMP_PREFIX = ".tmp-"


def _hold(fd: int) -> None:
    if os.name == "posix":
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX)


def remove_abandoned(root: Path) -> int:
    """Delete the temporary files a killed writer left under ``root`` (its folder and
    their sub-folders); returns how many. A file whose writer still runs is locked and
    kept. On Windows an open file cannot be deleted, which gives the same guarantee."""
    removed = 0
    for path in [*root.glob(TEMP_PREFIX + "*"), *root.glob(f"*/{TEMP_PREFIX}*")]:
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue  # gone meanwhile, or not ours to read
        try:
            if os.name == "posix":
                import fcntl

                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    continue  # a writer holds it
            path.unlink(missing_ok=True)
            removed += 1
        except OSError:
            continue
        finally:
            os.close(fd)
    return removed


def write_atomically(path: Path, data: bytes, private: bool = False) -> None:
    """Write ``data`` to ``path`` so that a crash leaves the old file or the new, never half.

    ``private`` makes the file readable by its owner only (keys).
    """
    created = [p for p in (path.parent, *path.parent.parents) if not p.exists()]
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=TEMP_PREFIX)
    try:
        _hold(fd)
        if private:
            os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    # The file's bytes are on disk; its name (and any folder just made for it) are
    # entries of their folders, flushed separately, or a power cut can lose them while
    # the database row that points at the file survives.
    sync_folder(path.parent)
    for folder in created:
        sync_folder(folder.parent)


def sync_folder(folder: Path) -> None:
    """Flush the folder's entries (a rename, a new file) to disk. POSIX only: Windows
    cannot open a folder to flush it. A file system that cannot sync folders (EINVAL)
    is left as is."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno != errno.EINVAL:
            raise
    finally:
        os.close(fd)
