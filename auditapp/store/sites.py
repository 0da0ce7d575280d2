"""Sites repository."""

from __future__ import annotations

import builtins
from collections.abc import Iterable

from auditapp.core.records import Site
from auditapp.store.clock import now_iso
from auditapp.store.db import Database, transaction
from auditapp.store.errors import NotFound

_COLS = "code, name, region, industry, address, manager"


class SiteRepo:
    """Reads and writes sites."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def upsert_many(self, sites: Iterable[Site]) -> int:
        """Insert or update sites by code, all in one transaction; returns how many."""
        n = 0
        now = now_iso()
        with transaction(self.db):
            for s in sites:
                self.db.execute(
                    "INSERT INTO sites (code, name, region, industry, address, manager, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET name=excluded.name, "
                    "region=excluded.region, industry=excluded.industry, "
                    "address=excluded.address, manager=excluded.manager",
                    [s.code, s.name, s.region, s.industry, s.address, s.manager, now],
                )
                n += 1
        return n

    def get(self, code: str) -> Site:
        """The site with this code; raises :class:`NotFound`."""
        row = self.db.execute(f"SELECT {_COLS} FROM sites WHERE code = ?", [code]).fetchone()
        if row is None:
            raise NotFound(f"no site with code '{code}'")
        return Site(*row)

    def list(self, region: str | None = None, industry: str | None = None) -> builtins.list[Site]:
        """All sites (optionally of one region or industry), by code."""
        sql, args = f"SELECT {_COLS} FROM sites WHERE 1=1", []
        if region:
            sql += " AND region = ?"
            args.append(region)
        if industry:
            sql += " AND industry = ?"
            args.append(industry)
        return [Site(*r) for r in self.db.execute(sql + " ORDER BY code", args).fetchall()]

    def count(self) -> int:
        """How many sites there are."""
        return int(self.db.execute("SELECT COUNT(*) FROM sites").fetchone()[0])

    def regions(self) -> builtins.list[str]:
        """Distinct regions, sorted."""
        rows = self.db.execute("SELECT DISTINCT region FROM sites ORDER BY region").fetchall()
        return [r[0] for r in rows]
