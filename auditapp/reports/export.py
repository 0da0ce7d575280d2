"""Exporting signed PDF reports for one audit or a selection of audits."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from auditapp.reports.audit_data import audit_label, collect
from auditapp.reports.errors import ReportError, TrustError
from auditapp.reports.pdf_report import ReportOptions, build_report, signature_reason
from auditapp.reports.signing import quiet_libraries, sign_pdf
from auditapp.store import AuditFilter, Store
from auditapp.store.blobs import write_atomically
from auditapp.trust.identity import (
    certificate,
    check_signer,
    common_name,
    load_p12,
    signing_role,
)


@dataclass(frozen=True)
class Exported:
    """One written report."""

    audit_id: str
    """The audit."""
    path: Path
    """Where the PDF was written."""
    signed: bool
    """Whether it carries the auditor's signature."""
    warnings: tuple[str, ...]
    """Things the report could not show (a missing photo, for example)."""


def export_pdf(
    store: Store, audit_id: str, out: Path, options: ReportOptions, passphrase: str | None
) -> Exported:
    """Build the report of one audit, sign it unless ``passphrase`` is None, write it to ``out``.

    A mystery shop is signed with the alias identity, every other audit with the main one
    (:func:`~auditapp.trust.identity.signing_role`); a certificate that is not the
    audit's auditor's is refused before anything is written.
    """
    quiet_libraries()
    data = collect(store, audit_id)
    role = signing_role(data.audit.auditor, data.audit.kind == "mystery_shop")
    if passphrase is not None:
        from dataclasses import replace

        cert = certificate(store.data_dir, role)
        check_signer(
            cert, data.audit.auditor, data.audit.kind == "mystery_shop", audit_label(data.audit)
        )
        options = replace(options, signer=common_name(cert))
    built = build_report(data, options)
    pdf = built.pdf
    if passphrase is not None:
        p12 = load_p12(store.data_dir, passphrase, role)
        location = f"{data.site.name} ({data.site.code})"
        pdf = sign_pdf(
            pdf,
            p12,
            passphrase,
            built.signature_rect,
            reason=signature_reason(data, options.lang),
            location=location,
            lang=options.lang,
        )
    try:
        write_atomically(out, pdf)
    except OSError as exc:
        raise ReportError(f"{out}: cannot write the report ({exc.strerror})") from exc
    return Exported(audit_id, out, passphrase is not None, built.warnings)


def report_file_name(store: Store, audit_id: str) -> str:
    """``<site>_<date>_<id8>.pdf``, safe on every file system."""
    audit = store.audits.get(audit_id)
    site = re.sub(r"[^A-Za-z0-9_.-]", "_", audit.site_code)
    return f"{site}_{audit.created_at[:10]}_{audit.id[:8]}.pdf"


def export_many(
    store: Store,
    flt: AuditFilter,
    folder: Path,
    options: ReportOptions,
    passphrase: str | None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Iterator[Exported | ReportError]:
    """Export every audit matching ``flt`` into ``folder``; yields each result or error as it goes."""
    for audit in store.audits.list(flt, order_by="created_at", descending=False):
        if cancelled():
            return
        try:
            yield export_pdf(
                store, audit.id, folder / report_file_name(store, audit.id), options, passphrase
            )
        except (ReportError, TrustError) as exc:
            text = str(exc)
            yield ReportError(
                text if text.startswith("audit ") else f"audit {audit.id[:8]}: {text}"
            )
