"""Form snapshots, stored once per content hash."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from auditapp.core.text import Text
from auditapp.store.clock import now_iso
from auditapp.store.db import Database, transaction
from auditapp.store.errors import NotFound, StoreError

if TYPE_CHECKING:  # the form model and its loaders load on first use (start-up time)
    from auditapp.core.model import Form


class FormRepo:
    """Installs forms and returns the exact snapshot an audit was started with."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._cache: dict[str, Form] = {}

    def install(self, form: Form) -> str:
        """Store the form's snapshot (a no-op when already there); returns its hash."""
        from auditapp.core.canonical import canonical_json, form_hash, form_to_data

        digest = form_hash(form)
        clash = self.db.execute(
            "SELECT hash FROM forms WHERE form_id = ? AND version = ? AND hash != ?",
            [form.id, form.version, digest],
        ).fetchone()
        if clash:
            raise StoreError(
                f"form '{form.id}' version {form.version} is already installed with different "
                f"content ({clash[0][:12]}); a published form never changes: give the change a "
                "new version number"
            )
        with transaction(self.db):
            self.db.execute(
                "INSERT OR IGNORE INTO forms (hash, form_id, version, title_en, title_zh, "
                "industry, kind, data, installed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    digest,
                    form.id,
                    form.version,
                    form.title.en,
                    form.title.zh,
                    form.industry,
                    form.kind.value,
                    canonical_json(form_to_data(form)),
                    now_iso(),
                ],
            )
        self._cache[digest] = form
        return digest

    def get(self, digest: str) -> Form:
        """The form snapshot with this hash; raises :class:`NotFound`."""
        form = self._cache.get(digest)
        if form is None:
            row = self.db.execute("SELECT data FROM forms WHERE hash = ?", [digest]).fetchone()
            if row is None:
                raise NotFound(f"no form snapshot with hash {digest[:12]}")
            from auditapp.core.forms import form_from_data

            form = form_from_data(json.loads(row[0]), f"form snapshot {digest[:12]}")
            self._cache[digest] = form
        return form

    def latest(self) -> list[tuple[str, Form]]:
        """The newest installed version of every form id, as (hash, form), by id."""
        rows = self.db.execute(
            "SELECT f.hash FROM forms f WHERE f.version = (SELECT MAX(version) FROM forms g "
            "WHERE g.form_id = f.form_id) ORDER BY f.form_id"
        ).fetchall()
        return [(r[0], self.get(r[0])) for r in rows]

    def latest_titles(self) -> list[tuple[str, Text]]:
        """Id and title of the newest installed version of every form id, by id.

        Read from the stored title columns: lists and filters need only these, and
        rebuilding every form from its snapshot (as :meth:`latest` does) costs about 2 ms each.
        """
        rows = self.db.execute(
            "SELECT f.form_id, f.title_en, f.title_zh FROM forms f WHERE f.version = "
            "(SELECT MAX(version) FROM forms g WHERE g.form_id = f.form_id) ORDER BY f.form_id"
        ).fetchall()
        return [(r[0], Text(r[1] or "", r[2] or "")) for r in rows]

    def latest_hash(self, form_id: str) -> str:
        """Hash of the newest installed version of ``form_id``; raises :class:`NotFound`."""
        row = self.db.execute(
            "SELECT hash FROM forms WHERE form_id = ? ORDER BY version DESC, installed_at DESC "
            "LIMIT 1",
            [form_id],
        ).fetchone()
        if row is None:
            raise NotFound(f"no installed form '{form_id}'")
        return str(row[0])
