"""The auditor's signing identity: a key pair and certificate kept encrypted in the data folder.

An auditor either creates a personal identity on first use (a self-signed certificate
carrying name and auditor id) or imports a PKCS#12 file issued by the organisation, whose
chain head office can then check. The key is stored only as a passphrase-encrypted PKCS#12
file; the certificate is also kept in clear so it can be shown without the passphrase.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from auditapp.reports.errors import IdentityError
from auditapp.store.blobs import write_atomically

P12_NAME = "auditor.p12"
CERT_NAME = "auditor.pem"
MIN_PASSPHRASE = 8
VALID_DAYS = 5 * 365


@dataclass(frozen=True)
class IdentityInfo:
    """What Settings and ``identity show`` display about the identity."""

    subject: str
    """Certificate subject, RFC 4514 text."""
    issuer: str
    """Issuer; equal to the subject for a self-created identity."""
    fingerprint: str
    """SHA-256 of the certificate, hex pairs separated by colons."""
    not_before: str
    """Start of validity (ISO 8601, UTC)."""
    not_after: str
    """End of validity (ISO 8601, UTC)."""
    self_signed: bool
    """Created here rather than issued by an organisation."""


def identity_dir(data_dir: Path) -> Path:
    """Folder of the identity inside a data folder."""
    return data_dir / "identity"


def has_identity(data_dir: Path) -> bool:
    """Whether the data folder holds an identity."""
    return (identity_dir(data_dir) / P12_NAME).is_file()


def _write_private(path: Path, data: bytes) -> None:
    write_atomically(path, data, private=True)


def _check_passphrase(passphrase: str) -> bytes:
    if len(passphrase) < MIN_PASSPHRASE:
        raise IdentityError(f"the passphrase must have at least {MIN_PASSPHRASE} characters")
    return passphrase.encode("utf-8")


def _store(
    data_dir: Path,
    key: object,
    cert: x509.Certificate,
    chain: list[x509.Certificate],
    passphrase: bytes,
    replace: bool,
) -> IdentityInfo:
    folder = identity_dir(data_dir)
    if has_identity(data_dir) and not replace:
        raise IdentityError(
            f"{folder / P12_NAME} already holds an identity; pass --replace to replace it"
        )
    blob = pkcs12.serialize_key_and_certificates(
        name=b"ServiceAudit auditor",
        key=key,  # type: ignore[arg-type]
        cert=cert,
        cas=chain or None,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    _write_private(folder / P12_NAME, blob)
    pem = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in [cert, *chain])
    _write_private(folder / CERT_NAME, pem)
    return describe(cert)


def create_identity(
    data_dir: Path,
    name: str,
    auditor_id: str,
    passphrase: str,
    organisation: str = "",
    replace: bool = False,
) -> IdentityInfo:
    """Create a key pair and a self-signed certificate naming the auditor."""
    if not name.strip():
        raise IdentityError("an identity needs the auditor's name")
    secret = _check_passphrase(passphrase)
    key = ec.generate_private_key(ec.SECP256R1())
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, name.strip())]
    if auditor_id.strip():
        attrs.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, auditor_id.strip()))
    attrs.append(
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation.strip() or "ServiceAudit")
    )
    subject = x509.Name(attrs)
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=VALID_DAYS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return _store(data_dir, key, cert, [], secret, replace)


def import_identity(
    data_dir: Path,
    p12_file: Path,
    file_passphrase: str,
    passphrase: str | None = None,
    replace: bool = False,
) -> IdentityInfo:
    """Import an organisation's PKCS#12 file; it is stored re-encrypted with ``passphrase``
    (by default the file's own)."""
    try:
        data = p12_file.read_bytes()
    except OSError as exc:
        raise IdentityError(f"{p12_file}: cannot read the file ({exc.strerror})") from exc
    try:
        key, cert, chain = pkcs12.load_key_and_certificates(data, file_passphrase.encode("utf-8"))
    except ValueError as exc:
        raise IdentityError(
            f"{p12_file}: not a PKCS#12 file, or the passphrase is wrong ({exc})"
        ) from exc
    if key is None or cert is None:
        raise IdentityError(f"{p12_file}: the file holds no private key with its certificate")
    secret = _check_passphrase(passphrase if passphrase is not None else file_passphrase)
    return _store(data_dir, key, cert, list(chain), secret, replace)


def certificate(data_dir: Path) -> x509.Certificate:
    """The identity's certificate (no passphrase needed)."""
    path = identity_dir(data_dir) / CERT_NAME
    if not path.is_file():
        raise IdentityError(
            f"no auditor identity in {data_dir}; create one with 'auditapp identity create' "
            "or import one with 'auditapp identity import FILE.p12'"
        )
    return x509.load_pem_x509_certificates(path.read_bytes())[0]


def certificate_chain_pem(data_dir: Path) -> bytes:
    """The certificate and any issuing chain, PEM."""
    certificate(data_dir)
    return (identity_dir(data_dir) / CERT_NAME).read_bytes()


def describe(cert: x509.Certificate) -> IdentityInfo:
    """Subject, issuer, fingerprint and validity of a certificate."""
    digest = cert.fingerprint(hashes.SHA256()).hex().upper()
    return IdentityInfo(
        subject=cert.subject.rfc4514_string(),
        issuer=cert.issuer.rfc4514_string(),
        fingerprint=":".join(digest[i : i + 2] for i in range(0, len(digest), 2)),
        not_before=cert.not_valid_before_utc.isoformat(),
        not_after=cert.not_valid_after_utc.isoformat(),
        self_signed=cert.subject == cert.issuer,
    )


def show_identity(data_dir: Path) -> IdentityInfo:
    """The stored identity's certificate details."""
    return describe(certificate(data_dir))


def load_p12(data_dir: Path, passphrase: str) -> bytes:
    """The encrypted PKCS#12 bytes after checking that ``passphrase`` opens them."""
    path = identity_dir(data_dir) / P12_NAME
    if not path.is_file():
        certificate(data_dir)  # raises the helpful "no identity" message
    data = path.read_bytes()
    try:
        pkcs12.load_key_and_certificates(data, passphrase.encode("utf-8"))
    except ValueError as exc:
        raise IdentityError("wrong passphrase for the auditor identity") from exc
    return data
