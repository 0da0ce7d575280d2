"""Signing finished PDF reports (PAdES, pyHanko) and verifying them."""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pyhanko.keys import load_certs_from_pemder_data
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfReadError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator import ValidationContext

from auditapp.reports.errors import IdentityError, ReportError, VerifyError

FIELD_NAME = "AuditorSignature"


def quiet_libraries() -> None:
    """pyHanko and fontTools log tracebacks for conditions we report ourselves."""
    for name in ("pyhanko", "pyhanko_certvalidator", "fontTools"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


DEFAULT_BOX = (0, 320.0, 40.0, 575.0, 110.0)


def sign_pdf(
    pdf: bytes,
    p12: bytes,
    passphrase: str,
    box: tuple[int, float, float, float, float] | None = None,
    reason: str = "Audit report",
    location: str = "",
) -> bytes:
    """Sign ``pdf`` (PAdES baseline B) with the identity, with a visible stamp in ``box``.

    ``box`` is (page index, x1, y1, x2, y2) in points; page index -1 means the last page.
    """
    try:
        signer = signers.SimpleSigner.load_pkcs12_data(
            p12, other_certs=[], passphrase=passphrase.encode("utf-8")
        )
    except ValueError as exc:
        raise IdentityError("wrong passphrase for the auditor identity") from exc
    page, x1, y1, x2, y2 = box or DEFAULT_BOX
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
        if page < 0:
            page = int(writer.root["/Pages"]["/Count"]) + page
        meta = signers.PdfSignatureMetadata(
            field_name=FIELD_NAME,
            subfilter=fields.SigSeedSubFilter.PADES,
            md_algorithm="sha256",
            reason=reason,
            location=location or None,
        )
        # pyHanko sets a stamp in one font, and ours are either Latin or CJK: the report
        # prints the signer's name (any script) above the box, the stamp keeps to ASCII.
        style = TextStampStyle(
            stamp_text="Digitally signed (PAdES)\n%(signer)s\n%(ts)s\ncertificate SHA-256 %(fp)s",
            timestamp_format="%Y-%m-%d %H:%M:%S %z",
            text_box_style=TextBoxStyle(font_size=7),
            border_width=1,
        )
        pdf_signer = signers.PdfSigner(
            meta,
            signer=signer,
            stamp_style=style,
            new_field_spec=fields.SigFieldSpec(
                sig_field_name=FIELD_NAME,
                on_page=page,
                box=(round(x1), round(y1), round(x2), round(y2)),
            ),
        )
        out = io.BytesIO()
        pdf_signer.sign_pdf(writer, output=out, appearance_text_params=_stamp_params(signer))
    except (PdfReadError, SignatureValidationError, ValueError, KeyError) as exc:
        raise ReportError(f"could not sign the report: {exc}") from exc
    return out.getvalue()


def _stamp_params(signer: signers.SimpleSigner) -> dict[str, str]:
    cert = signer.signing_cert
    assert cert is not None
    name = cert.subject.native.get("common_name", "") or str(cert.subject.human_friendly)
    ascii_name = name.encode("ascii", "replace").decode("ascii")
    if ascii_name.count("?") > len(ascii_name) // 2:
        ascii_name = "(name printed above)"
    serial = cert.subject.native.get("serial_number", "")
    return {
        "signer": f"{ascii_name} {serial}".strip()[:60],
        "fp": cert.sha256_fingerprint.replace(" ", "")[:16],
    }


@dataclass(frozen=True)
class Verification:
    """What ``auditapp verify`` reports about one file."""

    path: str
    """The file."""
    signed: bool
    """It carries at least one signature."""
    intact: bool
    """Every signature's digest matches and the last one covers the whole file."""
    signer: str = ""
    """Subject of the signing certificate."""
    signed_at: str = ""
    """Signing time the signer stated (ISO 8601)."""
    trusted: bool | None = None
    """Chains to a trusted certificate; None when no trust anchor was given."""
    problems: tuple[str, ...] = field(default_factory=tuple)
    """Why it is not intact or trusted."""

    @property
    def ok(self) -> bool:
        """Intact, and trusted when a trust anchor was given."""
        return self.signed and self.intact and self.trusted is not False


def load_trust(path: Path) -> list[Any]:
    """Certificates from a PEM or DER file to use as trust anchors."""
    try:
        certs = list(load_certs_from_pemder_data(path.read_bytes()))
    except OSError as exc:
        raise VerifyError(f"{path}: cannot read the file ({exc.strerror})") from exc
    except (ValueError, TypeError) as exc:
        raise VerifyError(f"{path}: not a PEM or DER certificate file ({exc})") from exc
    if not certs:
        raise VerifyError(f"{path}: holds no certificate")
    return certs


def verify_pdf(path: Path, trust: list[object] | None = None) -> Verification:
    """Check the signatures of one PDF; raises :class:`VerifyError` if it is not a readable PDF."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise VerifyError(f"{path}: cannot read the file ({exc.strerror})") from exc
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        sigs = reader.embedded_signatures
    except (PdfReadError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise VerifyError(f"{path}: not a readable PDF ({exc})") from exc
    if not sigs:
        return Verification(str(path), False, False, problems=("the file is not signed",))
    # Offline by design: no fetching of revocation data; trust only what the caller gives.
    vc = ValidationContext(
        trust_roots=trust or [], allow_fetching=False, revocation_mode="soft-fail"
    )
    altered: list[str] = []
    untrusted: list[str] = []
    signer = signed_at = ""
    for i, sig in enumerate(sigs, start=1):
        try:
            status = validate_pdf_signature(sig, signer_validation_context=vc)
        except (SignatureValidationError, PdfReadError, ValueError, KeyError, TypeError) as exc:
            altered.append(f"signature {i} cannot be validated: {exc}")
            continue
        signer = str(status.signing_cert.subject.human_friendly)
        signed_at = status.signer_reported_dt.isoformat() if status.signer_reported_dt else ""
        if not status.intact:
            altered.append(f"signature {i}: the signed content was changed (digest mismatch)")
        elif not status.valid:
            altered.append(f"signature {i}: the cryptographic signature is invalid")
        if i == len(sigs) and status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
            altered.append(
                "content was added after the last signature: the file was changed after signing"
            )
        if trust and not status.trusted:
            untrusted.append(f"signature {i}: the signer does not chain to a trusted certificate")
    trusted = (not untrusted) if trust else None
    return Verification(
        str(path), True, not altered, signer, signed_at, trusted, tuple(altered + untrusted)
    )
