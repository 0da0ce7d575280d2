"""The auditor's signing identity: a key pair and certificate kept encrypted in the data folder.

An auditor either creates a personal identity on first use (a self-signed certificate
carrying name and auditor id) or imports a PKCS#12 file issued by the organisation, whose
chain head office can then check. The key is stored only as a passphrase-encrypted PKCS#12
file; the certificate is also kept in clear so it can be shown without the passphrase.

Two roles
---------
``auditor``
    The main identity: the certificate names the auditor (CN) and carries the auditor id
    (subject serialNumber). Every report and workbook row is signed with it, except:
``alias``
    Created when the profile has an alias. Its certificate carries only the alias as CN,
    the auditor id as serialNumber and the organisation; never the real name, so a
    mystery-shop report (signed with it) reveals nothing the alias does not. The auditor id
    stays because it is what head office binds certificates to at enrolment; staff on site
    never see it and it names nobody. It is kept encrypted with the same passphrase as the
    main identity, so one passphrase signs everything.

:func:`check_signer` refuses a certificate that does not belong to an audit's auditor.
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

from auditapp.core.records import Auditor
from auditapp.trust.errors import IdentityError
from auditapp.trust.files import write_atomically

P12_NAME = "auditor.p12"
CERT_NAME = "auditor.pem"
AUDITOR, ALIAS = "auditor", "alias"
ROLES = (AUDITOR, ALIAS)
"""The two identities a data folder can hold (see the module docstring)."""
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
    common_name: str = ""
    """The subject's CN: the auditor's name, or the alias on the alias identity."""
    serial_number: str = ""
    """The subject's serialNumber (OID 2.5.4.5): the auditor id, when there is one."""
    organisation: str = ""
    """The subject's O."""


def identity_dir(data_dir: Path) -> Path:
    """Folder of the identity inside a data folder."""
    return data_dir / "identity"


def _files(data_dir: Path, role: str) -> tuple[Path, Path]:
    """(PKCS#12, PEM) of the identity of ``role``."""
    if role not in ROLES:
        raise IdentityError(f"unknown identity role {role!r} (expected one of {', '.join(ROLES)})")
    folder = identity_dir(data_dir)
    if role == AUDITOR:
        return folder / P12_NAME, folder / CERT_NAME
    return folder / f"{role}.p12", folder / f"{role}.pem"


def has_identity(data_dir: Path, role: str = AUDITOR) -> bool:
    """Whether the data folder holds the identity of ``role``."""
    return _files(data_dir, role)[0].is_file()


def signing_role(auditor: Auditor, mystery: bool) -> str:
    """Which identity signs an audit: the alias identity for a mystery shop by an auditor
    with an alias, the main identity otherwise."""
    return ALIAS if mystery and auditor.alias.strip() else AUDITOR


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
    role: str = AUDITOR,
) -> IdentityInfo:
    p12_path, pem_path = _files(data_dir, role)
    if p12_path.is_file() and not replace:
        raise IdentityError(f"{p12_path} already holds an identity; pass --replace to replace it")
    blob = pkcs12.serialize_key_and_certificates(
        name=f"ServiceAudit {role}".encode("ascii"),
        key=key,  # type: ignore[arg-type]
        cert=cert,
        cas=chain or None,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    _write_private(p12_path, blob)
    pem = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in [cert, *chain])
    _write_private(pem_path, pem)
    return describe(cert)


def create_identity(
    data_dir: Path,
    name: str,
    auditor_id: str,
    passphrase: str,
    organisation: str = "",
    replace: bool = False,
    role: str = AUDITOR,
) -> IdentityInfo:
    """Create a key pair and a self-signed certificate naming the auditor.

    For ``role="alias"`` pass the alias as ``name``: it becomes the only name in the
    certificate.
    """
    if not name.strip():
        raise IdentityError(
            "an alias identity needs the alias"
            if role == ALIAS
            else "an identity needs the auditor's name"
        )
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
    return _store(data_dir, key, cert, [], secret, replace, role)


def create_identities(
    data_dir: Path,
    name: str,
    auditor_id: str,
    alias: str,
    passphrase: str,
    organisation: str = "",
    replace: bool = False,
) -> list[IdentityInfo]:
    """The main identity and, when ``alias`` is set, the alias identity, both encrypted
    with ``passphrase``. Without an alias, an alias identity left from before is removed
    (it would name an alias the profile no longer has)."""
    _check_passphrase(passphrase)
    if alias.strip() and has_identity(data_dir, ALIAS) and not replace:
        raise IdentityError(
            f"{_files(data_dir, ALIAS)[0]} already holds an identity; pass --replace to replace it"
        )
    made = [create_identity(data_dir, name, auditor_id, passphrase, organisation, replace)]
    if alias.strip():
        made.append(
            create_identity(data_dir, alias, auditor_id, passphrase, organisation, True, ALIAS)
        )
    else:
        remove_identity(data_dir, ALIAS)
    return made


def remove_identity(data_dir: Path, role: str) -> None:
    """Delete the identity of ``role`` (used for the alias identity when the alias goes)."""
    for path in _files(data_dir, role):
        path.unlink(missing_ok=True)


def import_identity(
    data_dir: Path,
    p12_file: Path,
    file_passphrase: str,
    passphrase: str | None = None,
    replace: bool = False,
    role: str = AUDITOR,
    real_name: str = "",
) -> IdentityInfo:
    """Import an organisation's PKCS#12 file as the identity of ``role``; it is stored
    re-encrypted with ``passphrase`` (by default the file's own).

    An alias certificate whose subject contains ``real_name`` (the auditor's) is refused.
    """
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
    subject = cert.subject.rfc4514_string()
    if role == ALIAS and real_name.strip() and real_name.strip().casefold() in subject.casefold():
        raise IdentityError(
            f"{p12_file}: the certificate names the auditor ({subject}); an alias identity "
            "must carry only the alias"
        )
    return _store(data_dir, key, cert, list(chain), secret, replace, role)


def certificate(data_dir: Path, role: str = AUDITOR) -> x509.Certificate:
    """The certificate of the identity of ``role`` (no passphrase needed)."""
    path = _files(data_dir, role)[1]
    if not path.is_file():
        if role == ALIAS:
            raise IdentityError(
                f"no alias identity in {data_dir}: mystery shops are signed with a "
                "certificate that carries only the alias; create it in Settings (Signing "
                "identity) or with 'auditapp identity create --only-alias --alias NAME'"
            )
        raise IdentityError(
            f"no auditor identity in {data_dir}; create one with 'auditapp identity create' "
            "or import one with 'auditapp identity import FILE.p12'"
        )
    return x509.load_pem_x509_certificates(path.read_bytes())[0]


def certificate_chain_pem(data_dir: Path, role: str = AUDITOR) -> bytes:
    """The certificate and any issuing chain, PEM."""
    certificate(data_dir, role)
    return _files(data_dir, role)[1].read_bytes()


def _attribute(cert: x509.Certificate, oid: x509.ObjectIdentifier) -> str:
    values = cert.subject.get_attributes_for_oid(oid)
    return str(values[0].value).strip() if values else ""


def common_name(cert: x509.Certificate) -> str:
    """The subject's CN (empty when it has none)."""
    return _attribute(cert, NameOID.COMMON_NAME)


def check_signer(cert: x509.Certificate, auditor: Auditor, mystery: bool, audit: str = "") -> None:
    """Raise :class:`IdentityError` unless ``cert`` belongs to the audit's auditor.

    The main identity must name the auditor (CN) and, when the certificate carries a
    serialNumber, the auditor id. The alias identity must carry the alias as CN (and the
    auditor id when it has a serialNumber). ``audit`` names the audit in the message.
    """
    role = signing_role(auditor, mystery)
    if mystery and role != ALIAS:
        which = f"audit {audit}" if audit else "the audit"
        raise IdentityError(
            f"{which} is a mystery shop by an auditor without an alias: a signature would "
            "put the real name in the report's certificate. Export it unsigned, and give "
            "the profile an alias (Settings) before the next mystery shop"
        )
    cn = common_name(cert)
    serial = _attribute(cert, NameOID.SERIAL_NUMBER)
    which = f"audit {audit}" if audit else "the audit"
    expected = auditor.alias.strip() if role == ALIAS else auditor.name.strip()
    who = (
        f"the alias {expected!r} of auditor {auditor.auditor_id or auditor.name}"
        if role == ALIAS
        else f"{expected!r}" + (f" ({auditor.auditor_id})" if auditor.auditor_id else "")
    )
    problem = ""
    if cn != expected:
        problem = f"the certificate names {cn or 'nobody'!r}"
    elif serial and auditor.auditor_id.strip() and serial != auditor.auditor_id.strip():
        problem = f"the certificate is for auditor id {serial!r}"
    if problem:
        kind = "alias certificate" if role == ALIAS else "certificate"
        raise IdentityError(
            f"{which} was carried out by {who}, but {problem}; not signing it with "
            f"another person's {kind}. Sign it in the data folder of its auditor, or "
            "create the matching identity (Settings, Signing identity)"
        )


def identity_mismatches(data_dir: Path, auditor: Auditor) -> list[str]:
    """Roles whose identity is missing though the profile needs it, or does not match the
    profile (a changed name, id or alias): each needs to be (re)created. An alias
    identity left without an alias is listed too."""
    out: list[str] = []
    if has_identity(data_dir, AUDITOR):
        try:
            check_signer(certificate(data_dir, AUDITOR), auditor, mystery=False)
        except IdentityError:
            out.append(AUDITOR)
    else:
        out.append(AUDITOR)
    if auditor.alias.strip():
        if not has_identity(data_dir, ALIAS):
            out.append(ALIAS)
        else:
            try:
                check_signer(certificate(data_dir, ALIAS), auditor, mystery=True)
            except IdentityError:
                out.append(ALIAS)
    elif has_identity(data_dir, ALIAS):
        out.append(ALIAS)
    return out


def describe(cert: x509.Certificate) -> IdentityInfo:
    """Subject, issuer, fingerprint and validity of a certificate."""
    digest = cert.fingerprint(hashes.SHA256()).hex().upper()
    names = {NameOID.SERIAL_NUMBER: "serialNumber"}  # rather than the bare OID 2.5.4.5
    return IdentityInfo(
        subject=cert.subject.rfc4514_string(names),
        issuer=cert.issuer.rfc4514_string(names),
        fingerprint=":".join(digest[i : i + 2] for i in range(0, len(digest), 2)),
        not_before=cert.not_valid_before_utc.isoformat(),
        not_after=cert.not_valid_after_utc.isoformat(),
        self_signed=cert.subject == cert.issuer,
        common_name=common_name(cert),
        serial_number=_attribute(cert, NameOID.SERIAL_NUMBER),
        organisation=_attribute(cert, NameOID.ORGANIZATION_NAME),
    )


def show_identity(data_dir: Path, role: str = AUDITOR) -> IdentityInfo:
    """The stored identity's certificate details."""
    return describe(certificate(data_dir, role))


def load_p12(data_dir: Path, passphrase: str, role: str = AUDITOR) -> bytes:
    """The encrypted PKCS#12 bytes after checking that ``passphrase`` opens them."""
    path = _files(data_dir, role)[0]
    if not path.is_file():
        certificate(data_dir, role)  # raises the helpful "no identity" message
    data = path.read_bytes()
    which = "alias" if role == ALIAS else "auditor"
    try:
        _key, signing_cert, _chain = pkcs12.load_key_and_certificates(
            data, passphrase.encode("utf-8")
        )
    except ValueError as exc:
        raise IdentityError(f"wrong passphrase for the {which} identity") from exc
    # The signer checks read the certificate kept in clear; the key file must sign with
    # that very certificate (a half-finished replacement could leave them apart).
    if signing_cert is None or signing_cert != certificate(data_dir, role):
        raise IdentityError(
            f"the {which} identity's key file and certificate ({path.parent}) do not belong "
            "together; create or import the identity again"
        )
    return data
