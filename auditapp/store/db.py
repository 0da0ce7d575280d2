"""Opening the database: pragmas, forward-only numbered migrations, transactions."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditapp.store.errors import StoreError

if TYPE_CHECKING:
    import sqlite_utils
    import sqlite_utils.db

DB_NAME = "audits.db"


class Database:
    """The open database: a sqlite3 connection in autocommit mode, SQL through
    :meth:`execute`, and sqlite-utils' API (:attr:`utils`) where its helpers earn their
    keep (creating tables in migrations).

    Importing sqlite-utils costs about 0.1 s (dateutil, click, pluggy, a scan of every
    installed package's entry points), which opening the app with a current schema does
    not need: the repositories only run SQL, so it is loaded on first use of ``utils``.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        """The connection (``isolation_level=None``: transactions are explicit)."""
        self._utils: sqlite_utils.Database | None = None

    def execute(
        self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None
    ) -> sqlite3.Cursor:
        """Run one statement; outside :func:`transaction` a write commits at once."""
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    @property
    def utils(self) -> sqlite_utils.Database:
        """sqlite-utils over the same connection (imported on first use)."""
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn)
        return self._utils


Migration = Callable[["sqlite_utils.Database"], None]
MIGRATIONS: list[Migration] = []


def migration(fn: Migration) -> Migration:
    """Register the next numbered migration (its number is its position, from 1)."""
    MIGRATIONS.append(fn)
    return fn


def _table(db: sqlite_utils.Database, name: str) -> sqlite_utils.db.Table:
    return db.table(name)


@migration
def _m1_initial(db: sqlite_utils.Database) -> None:
    _table(db, "settings").create({"key": str, "value": str}, pk="key")
    _table(db, "sites").create(
        {
            "code": str,
            "name": str,
            "region": str,
            "industry": str,
            "address": str,
            "manager": str,
            "created_at": str,
        },
        pk="code",
        not_null={"name", "region", "industry"},
    )
    _table(db, "forms").create(
        {
            "hash": str,
            "form_id": str,
            "version": int,
            "title_en": str,
            "title_zh": str,
            "industry": str,
            "kind": str,
            "data": str,
            "installed_at": str,
        },
        pk="hash",
        not_null={"form_id", "version", "data"},
    )
    _table(db, "forms").create_index(["form_id", "version"])
    _table(db, "audits").create(
        {
            "id": str,
            "form_hash": str,
            "form_id": str,
            "form_version": int,
            "site_code": str,
            "auditor_name": str,
            "auditor_id": str,
            "auditor_alias": str,
            "kind": str,
            "status": str,
            "revision": int,
            "created_at": str,
            "updated_at": str,
            "completed_at": str,
            "context": str,
            "percent": str,
            "grade": str,
            "passed": int,
        },
        pk="id",
        foreign_keys=[("form_hash", "forms", "hash"), ("site_code", "sites", "code")],
        not_null={"form_hash", "site_code", "status", "revision"},
    )
    for cols in (["site_code"], ["status"], ["form_id"], ["created_at"]):
        _table(db, "audits").create_index(cols)
    _table(db, "answers").create(
        {
            "audit_id": str,
            "item_id": str,
            "value": str,
            "na": int,
            "comment": str,
            "answered_at": str,
        },
        pk=("audit_id", "item_id"),
        foreign_keys=[("audit_id", "audits", "id")],
    )
    _table(db, "trail").create(
        {
            "seq": int,
            "audit_id": str,
            "at": str,
            "actor": str,
            "action": str,
            "item_id": str,
            "old": str,
            "new": str,
            "prev_hash": str,
            "hash": str,
        },
        pk="seq",
    )
    _table(db, "trail").create_index(["audit_id", "seq"])
    _table(db, "photos").create(
        {
            "id": int,
            "audit_id": str,
            "item_id": str,
            "sha256": str,
            "original_sha256": str,
            "caption": str,
            "taken_at": str,
            "width": int,
            "height": int,
            "added_at": str,
            "removed": int,
        },
        pk="id",
        foreign_keys=[("audit_id", "audits", "id")],
    )
    _table(db, "photos").create_index(["audit_id"])
    _table(db, "signatures").create(
        {
            "id": int,
            "audit_id": str,
            "role": str,
            "name": str,
            "image_sha256": str,
            "signed_at": str,
        },
        pk="id",
        foreign_keys=[("audit_id", "audits", "id")],
    )
    _table(db, "actions").create(
        {
            "id": int,
            "audit_id": str,
            "item_id": str,
            "what": str,
            "owner": str,
            "due_date": str,
            "status": str,
            "closing_evidence": str,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("audit_id", "audits", "id")],
    )
    # The trail is append-only: the database itself refuses edits and deletions.
    db.execute(
        "CREATE TRIGGER trail_no_update BEFORE UPDATE ON trail "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
    )
    db.execute(
        "CREATE TRIGGER trail_no_delete BEFORE DELETE ON trail "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
    )


@migration
def _m2_imports(db: sqlite_utils.Database) -> None:
    # Audits that arrived in a head-office import: who signed them, from which file.
    _table(db, "imports").create(
        {
            "audit_id": str,
            "revision": int,
            "signer_fingerprint": str,
            "signer": str,
            "source": str,
            "imported_at": str,
        },
        pk="audit_id",
        foreign_keys=[("audit_id", "audits", "id")],
    )


@migration
def _m3_known_certificates(db: sqlite_utils.Database) -> None:
    # Which certificate belongs to which auditor (head office binds every imported audit
    # to its auditor's known certificate), and imported audits whose signer is not yet known.
    _table(db, "known_certs").create(
        {
            "auditor_id": str,
            "fingerprint": str,
            "subject": str,
            "pem": str,
            "how": str,
            "added_at": str,
        },
        pk=("auditor_id", "fingerprint"),
        not_null={"pem", "how"},
    )
    _table(db, "known_certs").create_index(["fingerprint"])
    db.execute("ALTER TABLE audits ADD COLUMN signer_unverified INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE imports ADD COLUMN signer_pem TEXT NOT NULL DEFAULT ''")


def connect(path: Path) -> Database:
    """Open (creating if needed) and migrate the database at ``path``."""
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        # WAL + FULL: every COMMIT fsyncs the WAL before it returns, so a committed change
        # (what the app then shows as "Saved") survives a killed process, an OS crash and
        # a power cut. NORMAL would sync only at checkpoints: a power cut could lose the
        # last commits. fullfsync: on macOS a plain fsync leaves the data in the drive's
        # cache; SQLite then uses F_FULLFSYNC (the pragma does nothing elsewhere).
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA fullfsync=ON")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=5000")
        # As sqlite-utils sets it: DELETE triggers (the trail's refusal) also fire for
        # rows that INSERT OR REPLACE would delete.
        conn.execute("PRAGMA recursive_triggers=on")
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: cannot open the database: {exc}") from exc
    db = Database(conn)
    migrate(db, path)
    return db


def migrate(db: Database, path: Path | str = "") -> None:
    """Apply every migration newer than the database's ``user_version``, each atomically."""
    try:
        current = db.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a ServiceAudit database ({exc})") from exc
    if current > len(MIGRATIONS):
        raise StoreError(
            f"{path}: the database is from a newer ServiceAudit (schema {current}, this "
            f"version knows {len(MIGRATIONS)}); update the application"
        )
    for number in range(current + 1, len(MIGRATIONS) + 1):
        with transaction(db):
            MIGRATIONS[number - 1](db.utils)
            db.execute(f"PRAGMA user_version = {number}")


@contextmanager
def transaction(db: Database) -> Iterator[None]:
    """One committed transaction (BEGIN IMMEDIATE ... COMMIT), rolled back on any error."""
    conn = db.conn
    if conn.in_transaction:
        yield  # nested: the outer transaction commits
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise StoreError(
            f"the database is busy or unwritable ({exc}); is another ServiceAudit using it?"
        ) from exc
    try:
        yield
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.IntegrityError):
            raise
        raise StoreError(f"the change was not saved: {exc}") from exc
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise StoreError(f"the change was not saved: {exc}") from exc
