"""Certificates as the importer, the server and the verifier compare them."""

from __future__ import annotations

import unicodedata

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.x509.oid import NameOID


def fingerprint(cert: x509.Certificate) -> str:
    """SHA-256 of the certificate, lowercase hex (the form the store keeps)."""
    return cert.fingerprint(hashes.SHA256()).hex()


def named_auditor_id(cert: x509.Certificate) -> str:
    """The auditor id a certificate names (its subject's serialNumber), or ''."""
    found = cert.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)
    return str(found[0].value).strip() if found else ""


def pem_common_name(pem: str) -> str:
    """The name (CN) a PEM certificate carries, or '' when it has none or is unreadable."""
    try:
        cert = x509.load_pem_x509_certificate(pem.encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        return ""
    found = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(found[0].value) if found else ""


def name_key(text: str) -> str:
    """A name or auditor id as the binding compares it: Unicode-normalised (NFKC), without
    invisible format characters (zero-width spaces and the like), spaces collapsed,
    case folded. "Chen Jing" with a zero-width space, "chen  jing" and "Chen Jing" are one name, so a
    look-alike certificate meets the known one and is refused as a forgery."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return " ".join(text.split()).casefold()


def is_ca(cert: x509.Certificate) -> bool:
    """Whether the certificate may issue others (basicConstraints CA, critical or not)."""
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def chain_trusted(chain: list[x509.Certificate], trust: list[x509.Certificate]) -> bool:
    """The leaf is a trusted certificate itself, or issued (directly or through CA
    intermediates in ``chain``) by a trusted CA. Only a CA certificate vouches for another:
    an auditor's own certificate in the trust folder vouches for itself alone."""
    trusted = {c.fingerprint(hashes.SHA256()) for c in trust}
    pool = trust + chain[1:]
    current = chain[0]
    for _ in range(8):
        if current.fingerprint(hashes.SHA256()) in trusted:
            return True
        issuer = next(
            (c for c in pool if c.subject == current.issuer and c is not current and is_ca(c)),
            None,
        )
        if issuer is None:
            return False
        try:
            current.verify_directly_issued_by(issuer)
        except (ValueError, TypeError, Exception):  # noqa: BLE001 - any failure means untrusted
            return False
        current = issuer
    return False
