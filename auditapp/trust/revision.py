"""The sync envelope of a locked revision: build it on the device, verify it on the server.

One envelope carries the canonical record (:mod:`.record`), its digest, the auditor's
signature over the digest, the certificate chain, the parent revision, the form when the
server may not know it, the site, the score the device computed, and the manifest of the
files (photos, signature drawings, the signed PDF) that travel separately. Both ends use
this module, so a revision the device considers signed is exactly what the server checks.
See docs/sync.md for the codes :class:`RevisionRejected` carries.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes

from auditapp.core.answers import Answer, parse_value, value_from_json
from auditapp.core.canonical import canonical_json, form_hash, form_to_data, number_text
from auditapp.core.errors import AuditAppError
from auditapp.core.evidence import CorrectiveAction, Photo, Signature
from auditapp.core.forms import form_from_data
from auditapp.core.model import Form
from auditapp.core.records import Audit, AuditStatus, Site
from auditapp.core.scoring import AuditScore, score
from auditapp.trust.certs import fingerprint
from auditapp.trust.errors import RevisionRejected
from auditapp.trust.record import canonical_audit, digest_of
from auditapp.trust.signature import check_digest_signature, sign_digest

ENVELOPE_FORMAT = 1
BLOB_KINDS = ("photo", "signature", "pdf")
LOCKED = (AuditStatus.COMPLETED.value,)
_HEX64 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class BlobRef:
    """One file a revision needs, named by the SHA-256 of its bytes."""

    sha256: str
    """Lowercase hex SHA-256 of the file."""
    kind: str
    """``photo``, ``signature`` (a drawing) or ``pdf`` (the signed report)."""
    size: int
    """Length in bytes."""


@dataclass(frozen=True)
class Parent:
    """The revision this one was reopened from."""

    revision: int
    """Its number."""
    digest: str
    """Its digest."""


@dataclass(frozen=True)
class ScoreClaim:
    """The score the device computed, which the server recomputes and compares."""

    percent: str | None
    """Exact percentage (decimal text, or ``p/q`` when it does not terminate); None when
    nothing counts."""
    passed: bool | None
    """Pass mark reached and no failing critical item; None when nothing counts."""
    grade: str | None
    """Grade of the final percentage, when the form has bands."""


@dataclass(frozen=True)
class Envelope:
    """A locked revision as it travels."""

    record: dict[str, Any]
    """The canonical record (:func:`auditapp.trust.record.canonical_audit`)."""
    digest: str
    """SHA-256 (hex) of the record's canonical JSON."""
    signature: str
    """Base64 signature of the digest by the auditor's key."""
    chain: str
    """PEM certificates, the signer first."""
    parent: Parent | None
    """The revision this one was reopened from, or None for a first revision."""
    form: dict[str, Any] | None
    """Canonical data of the form version, or None when the receiver has it."""
    site: dict[str, str]
    """The audited site: code, name, region, address, industry."""
    score: ScoreClaim
    """What the device computed."""
    blobs: tuple[BlobRef, ...]
    """The manifest of files, in a fixed order."""

    @property
    def audit_id(self) -> str:
        """The audit's UUID, as the record names it."""
        return str(self.record.get("audit", {}).get("id", ""))

    @property
    def revision(self) -> int:
        """The revision number the record names."""
        value = self.record.get("audit", {}).get("revision")
        return value if isinstance(value, int) else -1


@dataclass(frozen=True)
class Verified:
    """What verification established about an envelope."""

    form: Form
    """The form version the audit was scored with."""
    result: AuditScore
    """The score recomputed by the one scoring code."""
    signer_fingerprint: str
    """SHA-256 (hex) of the signing certificate."""
    manifest: tuple[BlobRef, ...]
    """The files the revision needs."""


def percent_text(result: AuditScore) -> str | None:
    """The exact final percentage as text (what :class:`ScoreClaim` carries)."""
    return None if result.percent is None else number_text(result.percent)


def claim_of(result: AuditScore) -> ScoreClaim:
    """The score claim of a computed result."""
    return ScoreClaim(
        percent=percent_text(result),
        passed=result.passed,
        grade=result.grade.grade if result.grade else None,
    )


def site_data(site: Site) -> dict[str, str]:
    """The site as an envelope carries it."""
    return {
        "code": site.code,
        "name": site.name,
        "region": site.region,
        "address": site.address,
        "industry": site.industry,
    }


def manifest_of(
    photos: Sequence[Photo],
    signatures: Sequence[Signature],
    sizes: Mapping[str, int],
    pdf: BlobRef | None = None,
) -> tuple[BlobRef, ...]:
    """The files a revision names: each photo and drawing once, plus the PDF if any.

    ``sizes`` gives each file's length by SHA-256.
    """
    refs: dict[str, BlobRef] = {}
    for p in photos:
        refs.setdefault(p.sha256, BlobRef(p.sha256, "photo", sizes[p.sha256]))
    for s in signatures:
        if s.image_sha256:
            refs.setdefault(
                s.image_sha256, BlobRef(s.image_sha256, "signature", sizes[s.image_sha256])
            )
    if pdf is not None:
        refs.setdefault(pdf.sha256, pdf)
    return tuple(sorted(refs.values(), key=lambda r: (BLOB_KINDS.index(r.kind), r.sha256)))


def build_envelope(
    audit: Audit,
    form: Form,
    site: Site,
    answers: dict[str, Answer],
    photos: Sequence[Photo],
    signatures: Sequence[Signature],
    actions: Sequence[CorrectiveAction],
    key: PrivateKeyTypes,
    chain_pem: str,
    sizes: Mapping[str, int],
    parent: Parent | None = None,
    pdf: BlobRef | None = None,
    include_form: bool = True,
) -> Envelope:
    """Sign one locked revision for sync. ``key`` must belong to the chain's first certificate."""
    record = canonical_audit(audit, answers, photos, signatures, actions)
    digest = digest_of(record)
    return Envelope(
        record=record,
        digest=digest,
        signature=sign_digest(key, digest),
        chain=chain_pem,
        parent=parent,
        form=form_to_data(form) if include_form else None,
        site=site_data(site),
        score=claim_of(score(form, answers)),
        blobs=manifest_of(photos, signatures, sizes, pdf),
    )


def envelope_data(env: Envelope) -> dict[str, Any]:
    """The envelope as plain JSON data."""
    return {
        "format": ENVELOPE_FORMAT,
        "record": env.record,
        "digest": env.digest,
        "signature": env.signature,
        "chain": env.chain,
        "parent": None
        if env.parent is None
        else {"revision": env.parent.revision, "digest": env.parent.digest},
        "form": env.form,
        "site": env.site,
        "score": {
            "percent": env.score.percent,
            "passed": env.score.passed,
            "grade": env.score.grade,
        },
        "blobs": [{"sha256": b.sha256, "kind": b.kind, "size": b.size} for b in env.blobs],
    }


def envelope_json(env: Envelope) -> bytes:
    """The envelope's bytes: canonical JSON, so sending it twice sends identical bytes."""
    return canonical_json(envelope_data(env)).encode("utf-8")


def _refuse(what: str) -> RevisionRejected:
    return RevisionRejected("invalid_body", f"the revision is not a valid envelope: {what}")


def _field(data: Mapping[str, Any], name: str, kind: type | tuple[type, ...], where: str) -> Any:
    if name not in data:
        raise _refuse(f"{where}{name} is missing")
    value = data[name]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise _refuse(f"{where}{name} must be {names}")
    return value


def _parent(data: Any) -> Parent | None:
    if data is None:
        return None
    if not isinstance(data, dict):
        raise _refuse("parent must be an object or null")
    number = _field(data, "revision", int, "parent.")
    digest = _field(data, "digest", str, "parent.")
    if not _HEX64.fullmatch(digest):
        raise _refuse("parent.digest must be 64 lowercase hex digits")
    return Parent(number, digest)


def _blobs(data: list[Any]) -> tuple[BlobRef, ...]:
    refs = []
    for i, entry in enumerate(data):
        where = f"blobs[{i}]."
        if not isinstance(entry, dict):
            raise _refuse(f"blobs[{i}] must be an object")
        sha = _field(entry, "sha256", str, where)
        kind = _field(entry, "kind", str, where)
        size = _field(entry, "size", int, where)
        if not _HEX64.fullmatch(sha):
            raise _refuse(f"{where}sha256 must be 64 lowercase hex digits")
        if kind not in BLOB_KINDS:
            raise _refuse(f"{where}kind must be one of {', '.join(BLOB_KINDS)}")
        if size < 0:
            raise _refuse(f"{where}size must not be negative")
        refs.append(BlobRef(sha, kind, size))
    return tuple(refs)


def parse_envelope(body: bytes) -> Envelope:
    """The envelope in ``body``; raises :class:`RevisionRejected` (``invalid_body``) naming
    the first field that is missing or of the wrong type."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise _refuse(f"not JSON ({exc})") from None
    if not isinstance(data, dict):
        raise _refuse("the body must be a JSON object")
    if _field(data, "format", int, "") != ENVELOPE_FORMAT:
        raise _refuse(f"format must be {ENVELOPE_FORMAT}")
    record = _field(data, "record", dict, "")
    if not isinstance(record.get("audit"), dict):
        raise _refuse("record.audit must be an object")
    form = data.get("form")
    if form is not None and not isinstance(form, dict):
        raise _refuse("form must be an object or null")
    site = _field(data, "site", dict, "")
    for key in ("code", "name", "region", "address", "industry"):
        _field(site, key, str, "site.")
    claim = _field(data, "score", dict, "")
    percent = claim.get("percent")
    passed = claim.get("passed")
    grade = claim.get("grade")
    if not (percent is None or isinstance(percent, str)):
        raise _refuse("score.percent must be text or null")
    if not (passed is None or isinstance(passed, bool)):
        raise _refuse("score.passed must be true, false or null")
    if not (grade is None or isinstance(grade, str)):
        raise _refuse("score.grade must be text or null")
    return Envelope(
        record=record,
        digest=_field(data, "digest", str, ""),
        signature=_field(data, "signature", str, ""),
        chain=_field(data, "chain", str, ""),
        parent=_parent(data.get("parent")),
        form=form,
        site={k: site[k] for k in ("code", "name", "region", "address", "industry")},
        score=ScoreClaim(percent, passed, grade),
        blobs=_blobs(_field(data, "blobs", list, "")),
    )


def load_chain(pem: str) -> list[x509.Certificate]:
    """The certificates of a PEM chain; raises ``bad_certificate`` when there are none or
    one is unreadable."""
    try:
        chain = x509.load_pem_x509_certificates(pem.encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        raise RevisionRejected(
            "bad_certificate", "the certificate chain is not readable PEM X.509"
        ) from None
    if not chain:
        raise RevisionRejected("bad_certificate", "the certificate chain is empty")
    return chain


def _form_of(env: Envelope, known: Form | None) -> Form:
    wanted = str(env.record["audit"].get("form_hash", ""))
    if known is not None and form_hash(known) == wanted:
        return known
    if env.form is None:
        raise RevisionRejected(
            "unknown_form",
            f"form version {wanted[:12]} is not known to the server and the revision does "
            "not carry it; send the form with the revision",
        )
    try:
        form = form_from_data(env.form, "<revision form>")
    except AuditAppError as exc:
        raise RevisionRejected(
            "unknown_form", f"the form sent is not a valid form: {exc}"
        ) from None
    if form_hash(form) != wanted:
        raise RevisionRejected(
            "unknown_form",
            f"the form sent has hash {form_hash(form)[:12]}, but the audit was made with {wanted[:12]}",
        )
    return form


def _answers(record: dict[str, Any], form: Form) -> dict[str, Answer]:
    items = {item.id: item for section in form.sections for item in section.items}
    photos_per_item: dict[str, int] = {}
    for photo in record.get("photos", []):
        if isinstance(photo, list) and len(photo) == 4 and photo[1]:
            photos_per_item[photo[1]] = photos_per_item.get(photo[1], 0) + 1
    answers: dict[str, Answer] = {}
    rows = record.get("answers")
    if not isinstance(rows, list):
        raise RevisionRejected("answers_invalid", "record.answers must be a list")
    for row in rows:
        if not (isinstance(row, list) and len(row) == 5 and isinstance(row[0], str)):
            raise RevisionRejected("answers_invalid", f"answer row {row!r:.80} is malformed")
        item_id, raw, na, comment, answered_at = row
        item = items.get(item_id)
        if item is None:
            raise RevisionRejected("answers_invalid", f"item {item_id} is not in the form")
        try:
            value = value_from_json(item, raw)
            if value is not None:
                value = parse_value(item, raw if not isinstance(raw, list) else list(raw))
        except (AuditAppError, ValueError, ArithmeticError, TypeError) as exc:
            raise RevisionRejected(
                "answers_invalid", f"item {item_id}: {raw!r:.40} is not a valid answer ({exc})"
            ) from None
        answers[item_id] = Answer(
            item_id=item_id,
            value=value,
            na=bool(na),
            comment=str(comment),
            photo_count=photos_per_item.get(item_id, 0),
            answered_at=str(answered_at),
        )
    return answers


def _record_files(record: dict[str, Any]) -> set[str]:
    files = set()
    for photo in record.get("photos", []):
        if isinstance(photo, list) and photo:
            files.add(str(photo[0]))
    for sig in record.get("signatures", []):
        if isinstance(sig, list) and len(sig) > 2 and sig[2]:
            files.add(str(sig[2]))
    return files


def _check_manifest(env: Envelope) -> None:
    named = _record_files(env.record)
    listed = {b.sha256 for b in env.blobs if b.kind != "pdf"}
    pdfs = [b for b in env.blobs if b.kind == "pdf"]
    if len({b.sha256 for b in env.blobs}) != len(env.blobs):
        raise RevisionRejected("manifest_mismatch", "the manifest lists a file twice")
    if listed != named or len(pdfs) > 1:
        missing = sorted(named - listed)
        extra = sorted(listed - named)
        parts = []
        if missing:
            parts.append(
                f"{len(missing)} file(s) the record names are not listed ({missing[0][:12]}…)"
            )
        if extra:
            parts.append(f"{len(extra)} listed file(s) are not in the record ({extra[0][:12]}…)")
        if len(pdfs) > 1:
            parts.append("more than one PDF is listed")
        raise RevisionRejected("manifest_mismatch", "; ".join(parts))


def verify_envelope(
    env: Envelope, audit_id: str, number: int, known_form: Form | None, registered: set[str]
) -> Verified:
    """Check an envelope received as revision ``number`` of audit ``audit_id``.

    ``known_form`` is the receiver's form with the record's ``form_hash`` (or None);
    ``registered`` the SHA-256 fingerprints of the certificates allowed to sign. Raises
    :class:`RevisionRejected` with the first failing check, in the order docs/sync.md
    gives.
    """
    head = env.record["audit"]
    if env.audit_id != audit_id or env.revision != number:
        raise RevisionRejected(
            "path_mismatch",
            f"the record is revision {env.revision} of audit {env.audit_id}, "
            f"but was sent as revision {number} of {audit_id}",
        )
    if head.get("status") not in LOCKED:
        raise RevisionRejected(
            "not_locked",
            f"only completed (locked) revisions sync; this one is {head.get('status')!r}",
        )
    try:
        actual = digest_of(env.record)
    except (TypeError, ValueError):
        raise RevisionRejected(
            "digest_mismatch", "the record cannot be put in canonical form"
        ) from None
    if actual != env.digest:
        raise RevisionRejected(
            "digest_mismatch",
            f"the record's SHA-256 is {actual[:12]}, the envelope says {env.digest[:12]}: "
            "the record changed after it was signed",
        )
    chain = load_chain(env.chain)
    if not check_digest_signature(chain[0], env.digest, env.signature):
        raise RevisionRejected(
            "bad_signature", "the signature is not the signing certificate's over the digest"
        )
    signer = fingerprint(chain[0])
    if signer not in registered:
        raise RevisionRejected(
            "signer_not_registered",
            f"certificate {signer[:16]} is not registered for this user; sign with the "
            "identity enrolled on this server, or enrol this device again",
        )
    form = _form_of(env, known_form)
    answers = _answers(env.record, form)
    result = score(form, answers)
    claim = claim_of(result)
    if claim != env.score:
        raise RevisionRejected(
            "score_mismatch",
            f"the server computes {claim.percent}% ({_passed(claim.passed)}, grade "
            f"{claim.grade}), the device reported {env.score.percent}% "
            f"({_passed(env.score.passed)}, grade {env.score.grade})",
        )
    _check_manifest(env)
    return Verified(form=form, result=result, signer_fingerprint=signer, manifest=env.blobs)


def _passed(value: bool | None) -> str:
    return {True: "pass", False: "fail", None: "no result"}[value]


def body_sha256(body: bytes) -> str:
    """SHA-256 of a request body: a replay compares it."""
    return hashlib.sha256(body).hexdigest()
