"""Known signer certificates: which certificate belongs to which auditor id.

Head office binds every imported audit to its auditor: the certificate that signed it must
be one known for the audit's auditor id. A certificate becomes known as one of this data
folder's own identities, when the user accepts it at import, when head office trusts it
explicitly (``auditapp certs trust``), or (later) at enrolment. An auditor id may have
several known certificates (a renewed one, a mystery shopper's alias identity).
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass

from auditapp.store.clock import now_iso
from auditapp.store.db import Database, transaction

OWN, ACCEPTED, TRUSTED, ENROLLED = "own", "accepted", "trusted", "enrolled"
HOW = (OWN, ACCEPTED, TRUSTED, ENROLLED)
"""How a certificate became known: own identity, accepted at import, trusted explicitly
(directly or through a ``--trust`` chain at import), registered at enrolment."""


@dataclass(frozen=True)
class KnownCert:
    """One certificate known for one auditor id."""

    auditor_id: str
    """The auditor id it is bound to."""
    fingerprint: str
    """SHA-256 of the certificate (DER), lowercase hex without separators."""
    subject: str
    """Its subject, RFC 4514 text."""
    pem: str
    """The certificate (PEM)."""
    how: str
    """One of :data:`HOW`."""
    added_at: str
    """When it became known (ISO 8601)."""


@dataclass(frozen=True)
class PendingSigner:
    """A certificate that signed imported audits but is not known for their auditor id."""

    auditor_id: str
    """The auditor id its audits name."""
    fingerprint: str
    """SHA-256 of the certificate, lowercase hex."""
    subject: str
    """Its subject, RFC 4514 text."""
    pem: str
    """The certificate (PEM), as carried by the workbook."""
    audits: int
    """How many stored audits are marked "signer unverified" because of it."""


def colon_hex(fingerprint: str) -> str:
    """``ab12…`` as ``AB:12:…``, the way ``auditapp identity show`` prints fingerprints."""
    fp = fingerprint.replace(":", "").upper()
    return ":".join(fp[i : i + 2] for i in range(0, len(fp), 2))


class CertRepo:
    """Reads and records known certificates; recording one clears the "signer unverified"
    marking of that auditor's imported audits signed with it."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self, auditor_id: str | None = None) -> list[KnownCert]:
        """Known certificates (of one auditor id, or all), by auditor id and date."""
        sql = "SELECT auditor_id, fingerprint, subject, pem, how, added_at FROM known_certs"
        args: list[str] = []
        if auditor_id is not None:
            sql += " WHERE auditor_id = ?"
            args.append(auditor_id)
        rows = self.db.execute(sql + " ORDER BY auditor_id, added_at", args).fetchall()
        return [KnownCert(*r) for r in rows]

    def known(self) -> dict[str, set[str]]:
        """Fingerprints known for each auditor id."""
        out: dict[str, set[str]] = {}
        for aid, fp in self.db.execute("SELECT auditor_id, fingerprint FROM known_certs"):
            out.setdefault(aid, set()).add(fp)
        return out

    def add(self, auditor_id: str, fingerprint: str, subject: str, pem: str, how: str) -> int:
        """Record a certificate as known for ``auditor_id`` (no change when it already is)
        and clear the marking of the audits it signed; returns how many were cleared.

        Runs in the caller's transaction when there is one.
        """
        if how not in HOW:
            raise ValueError(f"unknown way for a certificate to become known: {how!r}")
        if not auditor_id:
            raise ValueError("a certificate is known for an auditor id; none given")
        with transaction(self.db):
            self.db.execute(
                "INSERT OR IGNORE INTO known_certs (auditor_id, fingerprint, subject, pem, how, "
                "added_at) VALUES (?, ?, ?, ?, ?, ?)",
                [auditor_id, fingerprint, subject, pem, how, now_iso()],
            )
            cur = self.db.execute(
                "UPDATE audits SET signer_unverified = 0 WHERE signer_unverified = 1 "
                "AND auditor_id = ? AND id IN "
                "(SELECT audit_id FROM imports WHERE signer_fingerprint = ?)",
                [auditor_id, fingerprint],
            )
            return int(cur.rowcount)

    def pending(self) -> builtins.list[PendingSigner]:
        """Certificates of stored audits marked "signer unverified", one per auditor id and
        certificate."""
        rows = self.db.execute(
            "SELECT a.auditor_id, i.signer_fingerprint, i.signer, MAX(i.signer_pem), COUNT(*) "
            "FROM audits a JOIN imports i ON i.audit_id = a.id WHERE a.signer_unverified = 1 "
            "GROUP BY a.auditor_id, i.signer_fingerprint ORDER BY a.auditor_id"
        ).fetchall()
        return [PendingSigner(r[0] or "", r[1], r[2] or "", r[3] or "", int(r[4])) for r in rows]
