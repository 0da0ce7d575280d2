"""Pieces shared by the Excel writer and importer: timestamps, numbers, digest signatures."""

from __future__ import annotations

import base64
from datetime import datetime, timedelta
from fractions import Fraction

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
from cryptography.hazmat.primitives.serialization import pkcs12

from auditapp.reports.errors import IdentityError

DECIMALS = 6


def split_ts(iso: str) -> tuple[datetime | None, str]:
    """An ISO 8601 timestamp as (naive local date-time for Excel, UTC offset text)."""
    if not iso:
        return None, ""
    moment = datetime.fromisoformat(iso)
    offset = iso[19:] if len(iso) > 19 and iso[19] in "+-Z" else ""
    return moment.replace(tzinfo=None), offset


def join_ts(moment: datetime | None, offset: str) -> str:
    """The ISO 8601 text :func:`split_ts` came from (to the second)."""
    if moment is None:
        return ""
    if moment.microsecond:  # spreadsheets store time as a float: undo its rounding
        moment = (moment + timedelta(microseconds=500_000)).replace(microsecond=0)
    return moment.isoformat(timespec="seconds") + offset


def num(value: Fraction | None) -> float | None:
    """An exact figure as a float with 6 decimals (for display and pivoting)."""
    return None if value is None else round(float(value), DECIMALS)


def load_signing_key(p12: bytes, passphrase: str) -> PrivateKeyTypes:
    """The private key of the identity."""
    try:
        key, _, _ = pkcs12.load_key_and_certificates(p12, passphrase.encode("utf-8"))
    except ValueError as exc:
        raise IdentityError("wrong passphrase for the auditor identity") from exc
    if key is None:
        raise IdentityError("the identity holds no private key")
    return key


def sign_digest(key: PrivateKeyTypes, digest: str) -> str:
    """Base64 signature of the digest text with the auditor's key."""
    data = digest.encode("ascii")
    if isinstance(key, ec.EllipticCurvePrivateKey):
        raw = key.sign(data, ec.ECDSA(hashes.SHA256()))
    elif isinstance(key, rsa.RSAPrivateKey):
        raw = key.sign(data, padding.PKCS1v15(), hashes.SHA256())
    else:
        raise IdentityError("the identity's key type cannot sign (use an EC or RSA key)")
    return base64.b64encode(raw).decode("ascii")


def check_digest_signature(cert: x509.Certificate, digest: str, signature_b64: str) -> bool:
    """Whether ``signature_b64`` is the certificate key's signature of ``digest``."""
    try:
        raw = base64.b64decode(signature_b64, validate=True)
    except ValueError:
        return False
    key = cert.public_key()
    data = digest.encode("ascii")
    try:
        if isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(raw, data, ec.ECDSA(hashes.SHA256()))
        elif isinstance(key, rsa.RSAPublicKey):
            key.verify(raw, data, padding.PKCS1v15(), hashes.SHA256())
        else:
            return False
    except InvalidSignature:
        return False
    return True
