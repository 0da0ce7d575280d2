"""Head office's trust decisions about signer certificates, over :mod:`auditapp.store.certs`.

A certificate is bound to an auditor id *and* the name it carries (its CN): an auditor has
one certificate under the real name and, as a mystery shopper, one under the alias (both
with the auditor id as serialNumber). So at import a certificate whose auditor id and name
match a known one with another fingerprint is a forgery and refused, while one whose name
is new for that auditor id is first seen (see :mod:`auditapp.reports.xlsx_import`).

The data folder's own identities (``identity/**/*.pem``: the auditor's identity and, for a
mystery shopper, the alias identity) count as known for the auditor id they name (their
subject's serialNumber; the profile's auditor id when they name none). Other certificates
become known when the user accepts one first seen at import, or trusts one explicitly.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from auditapp.reports.errors import IdentityError
from auditapp.store import Store
from auditapp.store.certs import ACCEPTED, OWN, TRUSTED, colon_hex
from auditapp.trust import cert_files
from auditapp.trust.certs import fingerprint, name_key, named_auditor_id
from auditapp.trust.certs import pem_common_name as common_name
from auditapp.trust.identity import identity_dir


@dataclass(frozen=True)
class Trusted:
    """What trusting a certificate for an auditor id did."""

    auditor_id: str
    """The auditor id."""
    subject: str
    """The certificate's subject."""
    fingerprint: str
    """SHA-256, lowercase hex."""
    cleared: int
    """How many stored audits lost their "signer unverified" marking."""


def known_names(store: Store) -> dict[tuple[str, str], set[str]]:
    """Fingerprints known for each (auditor id, certificate name): the binding the importer
    checks. A stored certificate that cannot be read counts under the name ''."""
    out: dict[tuple[str, str], set[str]] = {}
    for c in store.certs.list():
        key = (name_key(c.auditor_id), name_key(common_name(c.pem)))
        out.setdefault(key, set()).add(c.fingerprint)
    return out


def _pem(cert: x509.Certificate) -> str:
    return cert.public_bytes(serialization.Encoding.PEM).decode("ascii")


def read_certificates(path: Path) -> list[x509.Certificate]:
    """Every certificate in a PEM or DER file, or in the certificate files of a folder."""
    return [cert for _file, cert in cert_files.read_certificates(path)]


def own_certificates(store: Store) -> list[tuple[str, x509.Certificate]]:
    """(auditor id, certificate) of each identity in this data folder."""
    folder = identity_dir(store.data_dir)
    if not folder.is_dir():
        return []
    profile = store.settings.get("profile") or {}
    profile_id = str(profile.get("id", "")).strip() if isinstance(profile, dict) else ""
    out = []
    for f in sorted(folder.rglob("*.pem")):  # the identity and any alias identity
        try:
            leaf = x509.load_pem_x509_certificates(f.read_bytes())[0]
        except (OSError, ValueError):
            continue  # not a certificate of ours; identity commands report damage
        auditor_id = named_auditor_id(leaf) or profile_id
        if auditor_id:
            out.append((auditor_id, leaf))
    return out


def register_own_identities(store: Store) -> None:
    """Record this data folder's own certificates as known (nothing when they are)."""
    own = own_certificates(store)
    if not own:
        return
    known = store.certs.known()
    for auditor_id, cert in own:
        fp = fingerprint(cert)
        if fp not in known.get(auditor_id, set()):
            store.certs.add(auditor_id, fp, cert.subject.rfc4514_string(), _pem(cert), OWN)


def trust_certificate(store: Store, path: Path, auditor_id: str) -> Trusted:
    """Trust the certificate of a file (the first one: the leaf) for an auditor id.

    A certificate that names another auditor id is refused: binding it would let one
    auditor's key sign as another.
    """
    auditor_id = auditor_id.strip()
    if not auditor_id:
        raise IdentityError("say which auditor id the certificate belongs to (--auditor ID)")
    cert = read_certificates(path)[0]
    named = named_auditor_id(cert)
    if named and named != auditor_id:
        raise IdentityError(
            f"{path}: the certificate names auditor id {named}, not {auditor_id}; refused"
        )
    fp = fingerprint(cert)
    subject = cert.subject.rfc4514_string()
    cleared = store.certs.add(auditor_id, fp, subject, _pem(cert), TRUSTED)
    return Trusted(auditor_id, subject, fp, cleared)


def accept_signer(store: Store, auditor_id: str, fingerprint_hex: str) -> Trusted:
    """Accept a certificate that signed imported audits (marked "signer unverified") as
    known for their auditor id; ``fingerprint_hex`` may carry colons.

    Refused when another certificate is already known for that auditor id under the same
    name: two keys signing as one person is what a forgery looks like (a renewed
    certificate is trusted explicitly, with :func:`trust_certificate`).
    """
    fp = fingerprint_hex.replace(":", "").strip().lower()
    for p in store.certs.pending():
        if p.auditor_id == auditor_id and p.fingerprint == fp:
            named = named_auditor_id(x509.load_pem_x509_certificate(p.pem.encode("ascii")))
            if named and named != auditor_id:
                raise IdentityError(
                    f"the certificate {fingerprint_hex} names auditor id {named}, "
                    f"not {auditor_id}; refused"
                )
            name = common_name(p.pem)
            others = known_names(store).get((name_key(auditor_id), name_key(name)), set()) - {fp}
            if others:
                raise IdentityError(
                    f"auditor id {auditor_id} is known with certificate "
                    f"{', '.join(colon_hex(o) for o in sorted(others))} for the name {name!r}; "
                    f"refused the other certificate {colon_hex(fp)} of that name (a forgery?). "
                    "If the auditor's certificate was renewed, trust the new one explicitly "
                    "(auditapp certs trust FILE --auditor ID)"
                )
            cleared = store.certs.add(auditor_id, fp, p.subject, p.pem, ACCEPTED)
            return Trusted(auditor_id, p.subject, fp, cleared)
    raise IdentityError(
        f"no imported audit of auditor id {auditor_id} awaits the certificate {fingerprint_hex}"
    )
