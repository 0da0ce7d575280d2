"""Signing finished PDF reports (PAdES, pyHanko) and verifying them.

The stamp is drawn with the report's own fonts (DejaVu Sans, Droid Sans Fallback for
CJK), embedded, in the report's language. Verification judges every signature: its
digest, its cryptographic validity, what changed in the file after it, and whether its
signer is one the caller trusts. Without trusted certificates a signer is "unverified":
anybody can make a certificate with any name, so only the fingerprint tells who signed.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from pyhanko.keys import load_certs_from_pemder_data
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.content import ResourceType
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.layout import BoxConstraints
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import BasePdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.status import PdfSignatureStatus, SignatureCoverageLevel
from pyhanko.stamp import TextStampStyle
from pyhanko.stamp.text import TextStamp
from pyhanko_certvalidator import ValidationContext

from auditapp.reports.errors import IdentityError, ReportError, VerifyError
from auditapp.trust import cert_files

FIELD_NAME = "AuditorSignature"

MAX_REPORT_BYTES = 256 * 1024 * 1024
"""The largest file ``verify`` reads: far above any report (photos are downscaled)."""
MAX_SIGNATURE_BYTES = 256 * 1024
"""The largest signature (/Contents, hex) ``verify`` accepts; this app writes about 3 KiB."""

"""Files of a --trust folder that are read as certificates."""

STAMP_TEXT: dict[str, tuple[str, str]] = {
    "title": ("Digitally signed (PAdES)", "数字签名（PAdES）"),
    "certificate": ("certificate SHA-256 {fp}", "证书 SHA-256 {fp}"),
}


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
    lang: str = "en",
) -> bytes:
    """Sign ``pdf`` (PAdES baseline B) with the identity, with a visible stamp in ``box``.

    ``box`` is (page index, x1, y1, x2, y2) in points; page index -1 means the last page.
    ``lang`` ("en" or "zh") is the language of the stamp's text.
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
        pdf_signer = signers.PdfSigner(
            meta,
            signer=signer,
            stamp_style=ReportStampStyle(
                timestamp_format="%Y-%m-%d %H:%M:%S %z", border_width=1, lang=lang
            ),
            new_field_spec=fields.SigFieldSpec(
                sig_field_name=FIELD_NAME,
                on_page=page,
                box=(round(x1), round(y1), round(x2), round(y2)),
            ),
        )
        out = io.BytesIO()
        pdf_signer.sign_pdf(writer, output=out, appearance_text_params=_stamp_params(signer))
    except (PdfError, SignatureValidationError, ValueError, KeyError) as exc:
        raise ReportError(f"could not sign the report: {exc}") from exc
    return out.getvalue()


def _stamp_params(signer: signers.SimpleSigner) -> dict[str, str]:
    cert = signer.signing_cert
    assert cert is not None
    name = cert.subject.native.get("common_name", "") or str(cert.subject.human_friendly)
    serial = cert.subject.native.get("serial_number", "")
    return {
        "signer": f"{name} {serial}".strip()[:60],
        "fp": cert.sha256_fingerprint.replace(" ", "")[:16],
    }


@dataclass(frozen=True)
class ReportStampStyle(TextStampStyle):
    """The signature stamp, set in the report's fonts and language."""

    lang: str = "en"
    """Language of the stamp's fixed text: "en" or "zh"."""

    def create_stamp(
        self, writer: BasePdfFileWriter, box: BoxConstraints, text_params: dict[str, Any]
    ) -> ReportStamp:
        return ReportStamp(writer, self, box, text_params)


class ReportStamp(TextStamp):
    """Four lines drawn by reportlab with the report's fonts, imported as a form XObject.

    pyHanko's own text stamp sets one font, the standard Courier by default, which is
    neither embedded nor able to show CJK; its font dictionary is also a direct object,
    which poppler cannot look up ("xref num ... not found"). reportlab embeds every font
    subset as an indirect object.
    """

    def __init__(
        self,
        writer: BasePdfFileWriter,
        style: ReportStampStyle,
        box: BoxConstraints,
        text_params: dict[str, Any],
    ) -> None:
        super().__init__(writer=writer, style=style, text_params=text_params, box=box)

    def _lines(self) -> list[str]:
        lang = 1 if getattr(self.style, "lang", "en") == "zh" else 0
        params = self.text_params or {}
        return [
            STAMP_TEXT["title"][lang],
            str(params.get("signer", "")),
            str(params.get("ts", "")),
            STAMP_TEXT["certificate"][lang].format(fp=params.get("fp", "")),
        ]

    def _render_inner_content(self) -> list[bytes]:
        from reportlab.pdfgen import canvas

        from auditapp.reports import fonts

        fonts.register()
        w, h = self.box.width, self.box.height
        buf = io.BytesIO()
        c = canvas.Canvas(
            buf, pagesize=(w, h), pageCompression=1, initialFontName=fonts.LATIN, initialFontSize=7
        )
        size = 7.0
        lines = self._lines()
        lead = size * 1.35
        y = h - (h - lead * len(lines)) / 2 - size
        for line in lines:
            text = line
            while text and fonts.width(text, size) > w - 8:
                text = text[:-1]
            fonts.draw(c, 4, y, text, size)
            y -= lead
        c.showPage()
        c.save()
        writer = self.writer
        assert writer is not None  # pyHanko always passes the document's writer
        xobj = writer.import_page_as_xobject(PdfFileReader(io.BytesIO(buf.getvalue())))
        self.set_resource(ResourceType.XOBJECT, generic.NameObject("/StampText"), xobj)
        return [b"/StampText Do"]

    def as_form_xobject(self) -> generic.StreamObject:
        # pyHanko writes the box as [0 height width 0]; the PDF rectangle is [0 0 w h].
        xobj = super().as_form_xobject()
        w, h = self.box.width, self.box.height
        xobj["/BBox"] = generic.ArrayObject(map(generic.FloatObject, (0.0, 0.0, w, h)))
        return xobj


@dataclass(frozen=True)
class SignatureCheck:
    """What ``verify`` found about one signature of a file."""

    index: int
    """1 for the first (the auditor's) signature."""
    signer: str
    """Common name of the signing certificate (the subject when it has none)."""
    subject: str
    """Full subject of the signing certificate."""
    fingerprint: str
    """SHA-256 of the certificate, as ``auditapp identity show`` prints it (AB:CD:...)."""
    signed_at: str = ""
    """Signing time the signer stated (ISO 8601)."""
    intact: bool = False
    """The digest matches and the cryptographic signature is valid."""
    changed_after: bool = True
    """The file was changed after this signature, other than by adding signatures."""
    trusted: bool | None = None
    """The signer is a trusted certificate or chains to one; None without trust anchors."""
    problems: tuple[str, ...] = field(default_factory=tuple)
    """Why it is not intact, or was changed, or is not trusted."""


@dataclass(frozen=True)
class Verification:
    """What ``auditapp verify`` reports about one file."""

    path: str
    """The file."""
    signatures: tuple[SignatureCheck, ...] = ()
    """Every signature, in signing order."""
    problems: tuple[str, ...] = field(default_factory=tuple)
    """Why the file is not intact or trusted (every signature's problems)."""
    trust_given: bool = False
    """Trusted certificates were given, so signers were checked against them."""

    @property
    def signed(self) -> bool:
        """It carries at least one signature."""
        return bool(self.signatures)

    @property
    def intact(self) -> bool:
        """Every signature is intact, and nothing but signatures was added after any."""
        return self.signed and all(s.intact and not s.changed_after for s in self.signatures)

    @property
    def trusted(self) -> bool | None:
        """Every signer is trusted; None when no trust anchor was given."""
        if not self.trust_given:
            return None
        return self.signed and all(s.trusted for s in self.signatures)

    @property
    def signer(self) -> str:
        """The first (the auditor's) signer."""
        return self.signatures[0].signer if self.signatures else ""

    @property
    def fingerprint(self) -> str:
        """Certificate fingerprint of the first signer."""
        return self.signatures[0].fingerprint if self.signatures else ""

    @property
    def signed_at(self) -> str:
        """Signing time stated by the first signer."""
        return self.signatures[0].signed_at if self.signatures else ""

    @property
    def verdict(self) -> str:
        """UNSIGNED, ALTERED, UNTRUSTED, UNVERIFIED (intact, no trust anchor) or INTACT."""
        if not self.signed:
            return UNSIGNED
        if not self.intact:
            return ALTERED
        if self.trusted is None:
            return UNVERIFIED
        return INTACT if self.trusted else UNTRUSTED

    @property
    def ok(self) -> bool:
        """Intact, and every signer trusted."""
        return self.verdict == INTACT


UNSIGNED = "UNSIGNED"
ALTERED = "ALTERED"
UNTRUSTED = "UNTRUSTED"
UNVERIFIED = "UNVERIFIED"
INTACT = "INTACT"


@dataclass(frozen=True)
class Trust:
    """Certificates given as trust anchors: the auditors' own, or their organisation's CA."""

    certs: tuple[Any, ...]
    """The certificates (asn1crypto)."""
    sources: tuple[str, ...]
    """The file each came from, in the same order."""

    def fingerprints(self) -> dict[str, str]:
        """Fingerprint (AB:CD:...) -> the file it came from."""
        return {fingerprint(c): s for c, s in zip(self.certs, self.sources, strict=True)}

    def __add__(self, other: Trust) -> Trust:
        return Trust(self.certs + other.certs, self.sources + other.sources)


def trust_from_pem(data: bytes, source: str) -> Trust:
    """Trust anchors from PEM/DER bytes (this device's own certificate, for example)."""
    try:
        certs = tuple(load_certs_from_pemder_data(data))
    except (ValueError, TypeError) as exc:
        raise VerifyError(f"{source}: not a PEM or DER certificate ({exc})") from exc
    return Trust(certs, tuple(source for _ in certs))


def fingerprint(cert: Any) -> str:
    """SHA-256 of an asn1crypto certificate as ``auditapp identity show`` prints it."""
    return ":".join(str(cert.sha256_fingerprint).split())


def load_trust(path: Path) -> Trust:
    """Certificates from a PEM/DER file, or from every .pem/.crt/.cer/.der file in a folder."""
    try:
        found = cert_files.read_certificates(path)
    except IdentityError as exc:
        raise VerifyError(str(exc)) from exc
    certs = [
        asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
        for _f, cert in found
    ]
    return Trust(tuple(certs), tuple(str(f) for f, _c in found))


_BYTE_RANGE = re.compile(
    rb"/ByteRange\s*\[\s*(\d{1,15})\s+(\d{1,15})\s+(\d{1,15})\s+(\d{1,15})\s*\]"
)


_HEX_CONTENTS = re.compile(rb"/Contents\s*<")


def _check_size(path: Path, max_bytes: int, max_signature: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise VerifyError(
                f"{path}: {size / 2**20:.1f} MiB is more than any report can be "
                f"(at most {max_bytes / 2**20:.0f} MiB); not read"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise VerifyError(f"{path}: cannot read the file ({exc.strerror})") from exc
    too_large = VerifyError(
        f"{path}: a signature is far larger than any this app writes "
        f"(at most {max_signature // 1024} KiB); not read"
    )
    for m in _BYTE_RANGE.finditer(data):
        start, length, after, _ = (int(g) for g in m.groups())
        if after - (start + length) > max_signature:
            raise too_large
    # the hex string itself, whatever the byte range claims: bounded search for its end
    for m in _HEX_CONTENTS.finditer(data):
        if data.find(b">", m.end(), m.end() + max_signature + 1) < 0:
            raise too_large
    return data


def verify_pdf(
    path: Path,
    trust: Trust | None = None,
    max_bytes: int = MAX_REPORT_BYTES,
    max_signature: int = MAX_SIGNATURE_BYTES,
) -> Verification:
    """Check every signature of one PDF.

    Raises :class:`VerifyError` if the file is not a readable PDF, or larger than any
    report (``max_bytes``), or holds a signature larger than ``max_signature``.
    """
    data = _check_size(path, max_bytes, max_signature)
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        sigs = reader.embedded_signatures
    except (PdfError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise VerifyError(f"{path}: not a readable PDF ({exc})") from exc
    if not sigs:
        return Verification(
            str(path), problems=("the file is not signed",), trust_given=bool(trust)
        )
    for sig in sigs:
        contents = sig.sig_object.get("/Contents")
        if isinstance(contents, (generic.ByteStringObject, generic.TextStringObject)) and (
            len(contents.original_bytes) * 2 > max_signature
        ):
            raise VerifyError(f"{path}: a signature is far larger than any this app writes")
    # Offline by design: no fetching of revocation data; trust only what the caller gives.
    # Only a CA certificate may vouch for others; an auditor's own certificate among the
    # trusted ones vouches for itself alone, by its fingerprint (``known``).
    vc = ValidationContext(
        trust_roots=[c for c in trust.certs if c.ca] if trust else [],
        allow_fetching=False,
        revocation_mode="soft-fail",
    )
    known = trust.fingerprints() if trust else {}
    checks = [
        _check(i, sig, vc, known if trust else None, i == len(sigs))
        for i, sig in enumerate(sigs, start=1)
    ]
    problems = tuple(p for c in checks for p in c.problems)
    return Verification(str(path), tuple(checks), problems, trust_given=bool(trust))


# What may follow a signature: nothing, or document security data (timestamps, validation
# data). A report is signed once, by its auditor: a later signature, whose visible stamp can
# draw anything over the page, is a change like any other.
_ALLOWED_AFTER = (
    ModificationLevel.NONE,
    ModificationLevel.LTA_UPDATES,
)


def _check(
    i: int, sig: Any, vc: ValidationContext, known: dict[str, str] | None, last: bool
) -> SignatureCheck:
    cert = sig.signer_cert
    fp = fingerprint(cert)
    subject = str(cert.subject.human_friendly)
    name = cert.subject.native.get("common_name", "") or subject
    try:
        status: PdfSignatureStatus = validate_pdf_signature(sig, signer_validation_context=vc)
    except (SignatureValidationError, PdfError, ValueError, KeyError, TypeError) as exc:
        return SignatureCheck(
            i, name, subject, fp, problems=(f"signature {i} cannot be validated: {exc}",)
        )
    problems: list[str] = []
    signed_at = status.signer_reported_dt.isoformat() if status.signer_reported_dt else ""
    intact = bool(status.intact and status.valid)
    if not status.intact:
        problems.append(f"signature {i}: the signed content was changed (digest mismatch)")
    elif not status.valid:
        problems.append(f"signature {i}: the cryptographic signature is invalid")
    changed = _changed_after(status, last)
    if changed:
        problems.append(changed.format(i=i))
    trusted: bool | None = None
    if known is not None:
        trusted = bool(status.trusted) or fp in known
        # a digest mismatch says it all: trust is not judged on content that was changed
        if not trusted and intact:
            problems.append(f"signature {i}: the signer is not a trusted certificate")
    return SignatureCheck(
        i, name, subject, fp, signed_at, intact, bool(changed), trusted, tuple(problems)
    )


def _changed_after(status: PdfSignatureStatus, last: bool) -> str:
    """Why the file changed after this signature (with ``{i}``), or ""."""
    level = status.modification_level
    if status.coverage not in (
        SignatureCoverageLevel.ENTIRE_FILE,
        SignatureCoverageLevel.ENTIRE_REVISION,
    ):
        return "signature {i}: it does not cover a whole revision of the file"
    if last and status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        if level == ModificationLevel.ANNOTATIONS:
            return "signature {i}: an annotation was added after signing: the file was changed"
        return "signature {i}: content was added after signing: the file was changed after signing"
    if level is None or level not in _ALLOWED_AFTER or status.docmdp_ok is False:
        return (
            "signature {i}: the file was changed after this signature "
            "(later signatures do not make that change valid)"
        )
    return ""
