"""The auditor's signature over an audit's digest (the workbook's ``_meta`` and sync)."""

from __future__ import annotations

import base64

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
from cryptography.hazmat.primitives.serialization import pkcs12

from auditapp.trust.errors import IdentityError


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
