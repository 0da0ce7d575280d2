"""Application settings: small JSON values by key (auditor profile, language, ...)."""

from __future__ import annotations

import json
from typing import Any

from auditapp.store.db import Database, transaction


class SettingsRepo:
    """Reads and writes settings; values are anything JSON can hold."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str, default: Any = None) -> Any:
        """The value under ``key``, or ``default``."""
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return json.loads(row[0]) if row else default

    def set(self, key: str, value: Any) -> None:
        """Store ``value`` under ``key`` (committed at once)."""
        with transaction(self.db):
            self.db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, json.dumps(value, ensure_ascii=False)],
            )

    def all(self) -> dict[str, Any]:
        """Every setting."""
        rows = self.db.execute("SELECT key, value FROM settings ORDER BY key").fetchall()
        return {k: json.loads(v) for k, v in rows}
