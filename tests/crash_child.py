"""Writers for the crash test, each a forked process rather than a new Python.

``python -m tests.crash_child DATA_DIR`` is the launcher: it imports what a writer needs
once, never opens the database, and reads numbers from stdin. For each number N it
forks a writer, which opens the store in DATA_DIR the way the app does and records
answers from N on, acknowledging each save on stdout once it is committed
(``saved N``), until the test kills it. The launcher says ``writer PID`` when it has
forked one and ``exit PID STATUS`` when it has reaped it, so everything that writer
wrote is in the pipe before that line.

A writer that nobody kills stops after :data:`WRITER_SECONDS` (its exit status is then
0, which the test reports), and the launcher ends with its stdin: neither can outlive a
test that went wrong.
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from auditapp.core.records import Auditor, Site
from auditapp.store import Store
from tests.scoring_forms import worked_form

if TYPE_CHECKING:
    from auditapp.core.model import Form

WRITER_SECONDS = 10.0
CHECKPOINT_PAGES = 20
"""A writer checkpoints the WAL every 20 pages (the app: 1000) so that kills also land
inside checkpoints, not only inside commits."""


def say(line: str) -> None:
    """One line on stdout in a single write (atomic on a pipe below 4 KiB)."""
    os.write(1, f"{line}\n".encode())


def write(data_dir: Path, start: int, form: Form) -> None:
    """Record answers from ``start`` on until killed (or :data:`WRITER_SECONDS` pass)."""
    store = Store(data_dir)
    store.db.execute(f"PRAGMA wal_autocheckpoint={CHECKPOINT_PAGES}")
    digest = store.forms.install(form)
    store.sites.upsert_many([Site("SH-01", "静安店", "East", "restaurant")])
    audits = store.audits.list()
    audit = audits[0] if audits else store.audits.create(digest, "SH-01", Auditor("Li"))
    say(f"audit {audit.id}")
    deadline = time.monotonic() + WRITER_SECONDS
    i = start
    while time.monotonic() < deadline:
        store.audits.set_answer(audit.id, "notes", str(i), "Li")
        store.audits.set_answer(audit.id, "wait", str(i % 30), "Li")
        if i % 7 == 0:
            store.audits.set_comment(audit.id, "greet", f"comment {i}", "Li")
        say(f"saved {i}")
        i += 1


def main(data_dir: str) -> None:
    form = worked_form()
    # What the store imports on first use, loaded once here rather than in every writer
    # (about 50 ms each): migrations (a first writer), answers, scoring.
    import sqlite_utils  # noqa: F401

    import auditapp.core.answers
    import auditapp.core.canonical
    import auditapp.core.scoring  # noqa: F401

    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                write(Path(data_dir), int(line), form)
            except BaseException:
                traceback.print_exc()
                sys.stderr.flush()
                code = 1
            os._exit(code)
        say(f"writer {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"exit {pid} {status}")


if __name__ == "__main__":
    main(sys.argv[1])
