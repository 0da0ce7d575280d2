"""Certificate files given on the command line or chosen in the app: one PEM or DER file,
or a folder of them (head office's collection of auditor certificates).

One reader serves ``auditapp verify --trust``, ``auditapp import --trust`` and
``auditapp certs trust``, so a folder means the same thing to each.
"""

from __future__ import annotations

from pathlib import Path

from cryptography import x509

from auditapp.trust.errors import IdentityError

CERT_SUFFIXES = (".pem", ".crt", ".cer", ".der")
MAX_CERT_FILE = 1 << 20
"""A certificate file is a few KiB; anything over 1 MiB cannot be one and is not read."""


def certificate_files(path: Path) -> list[Path]:
    """``path`` itself, or the certificate files of the folder ``path`` (by suffix)."""
    if path.is_dir():
        try:
            files = sorted(
                p for p in path.iterdir() if p.is_file() and p.suffix.lower() in CERT_SUFFIXES
            )
        except OSError as exc:
            raise IdentityError(f"{path}: cannot read the folder ({exc.strerror})") from exc
        if not files:
            raise IdentityError(
                f"{path}: the folder holds no certificate file ({', '.join(CERT_SUFFIXES)})"
            )
        return files
    if not path.exists():
        raise IdentityError(f"{path}: no such file or folder")
    return [path]


def read_certificate_file(path: Path) -> list[x509.Certificate]:
    """Every certificate of one PEM file (a chain), or the one of a DER file."""
    try:
        if path.stat().st_size > MAX_CERT_FILE:
            raise IdentityError(f"{path}: too large for a certificate file (over 1 MiB)")
        data = path.read_bytes()
    except OSError as exc:
        raise IdentityError(f"{path}: cannot read the file ({exc.strerror})") from exc
    try:
        if b"-----BEGIN" in data:
            certs = x509.load_pem_x509_certificates(data)
        else:
            certs = [x509.load_der_x509_certificate(data)]
    except ValueError as exc:
        raise IdentityError(f"{path}: not a PEM or DER certificate file ({exc})") from exc
    if not certs:
        raise IdentityError(f"{path}: holds no certificate")
    return certs


def read_certificates(path: Path) -> list[tuple[Path, x509.Certificate]]:
    """(file, certificate) for every certificate in a file or a folder of files."""
    return [(f, c) for f in certificate_files(path) for c in read_certificate_file(f)]
