"""``auditapp identity``, ``export`` and ``verify``."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from auditapp.core.records import AuditStatus
from auditapp.store import AuditFilter, Store, StoreError

PASSPHRASE_ENV = "AUDITAPP_PASSPHRASE"
EXIT_SIGNER_UNVERIFIED = 3
"""``auditapp import``: nothing rejected, but audits stored marked "signer unverified"."""


def add_parsers(sub: argparse._SubParsersAction, data_dir_arg) -> None:  # type: ignore[type-arg]
    ident = sub.add_parser("identity", help="the auditor's signing key and certificate")
    isub = ident.add_subparsers(dest="identity_command", required=True)
    create = isub.add_parser(
        "create",
        help="create a key pair and a certificate naming the auditor",
        epilog="examples:\n"
        '  auditapp identity create --name "Li Na" --id AUD-017 --alias "Shopper Q"\n'
        '  auditapp identity create --only-alias --alias "Shopper Q" --id AUD-017\n'
        "With --alias a second identity is created whose certificate carries only the alias\n"
        "and the id (never the name); it signs mystery shops. Both use one passphrase.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    create.add_argument("--name", help="the auditor's name (not with --only-alias)")
    create.add_argument("--id", dest="auditor_id", default="")
    create.add_argument("--alias", default="", help="also create the alias identity")
    create.add_argument(
        "--only-alias",
        action="store_true",
        help="create only the alias identity (with the main identity's passphrase)",
    )
    create.add_argument("--organisation", default="")
    create.add_argument("--replace", action="store_true", help="replace an existing identity")
    imp = isub.add_parser(
        "import",
        help="import a PKCS#12 file issued by the organisation",
        epilog="examples:\n  auditapp identity import li-na.p12\n"
        "  auditapp identity import shopper-q.p12 --role alias",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    imp.add_argument("file", type=Path)
    imp.add_argument(
        "--role",
        choices=("auditor", "alias"),
        default="auditor",
        help="alias: the certificate that signs mystery shops (it must not name the auditor)",
    )
    imp.add_argument("--replace", action="store_true")
    isub.add_parser("show", help="show both identities' subjects and SHA-256 fingerprints")
    exp = isub.add_parser(
        "export-cert",
        help="write the certificate (PEM) for head office",
        epilog="examples:\n  auditapp identity export-cert li-na.pem\n"
        "  auditapp identity export-cert shopper-q.pem --role alias",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    exp.add_argument("out", type=Path)
    exp.add_argument("--role", choices=("auditor", "alias"), default="auditor")
    for p in (create, imp, exp, isub.choices["show"]):
        data_dir_arg(p)
        p.add_argument(
            "--passphrase-file",
            type=Path,
            help=f"read the passphrase from this file (or set ${PASSPHRASE_ENV})",
        )

    export = sub.add_parser(
        "export",
        help="export signed PDF reports",
        epilog="examples:\n  auditapp export --audit 3f2a9c1e --pdf report.pdf --lang zh\n"
        "  auditapp export --site SH-001 --pdf-dir reports/\n"
        "  auditapp export --all --since 2026-11-01 --pdf-dir reports/\n"
        "  auditapp export --region 'East 华东' --xlsx east.xlsx",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--audit", help="audit id or a unique prefix of it (at least 4 characters)")
    which.add_argument("--all", action="store_true", help="every audit (narrow with --since)")
    which.add_argument("--site", help="every audit of one site")
    which.add_argument("--region", help="every audit of one region")
    which.add_argument("--form", help="every audit of one form (any version)")
    export.add_argument("--since", help="only audits created on or after this date (YYYY-MM-DD)")
    export.add_argument("--until", help="only audits created on or before this date (YYYY-MM-DD)")
    export.add_argument(
        "--status",
        choices=[s.value for s in AuditStatus],
        help="only audits in this status (in_progress: exported marked DRAFT)",
    )
    export.add_argument("--pdf", type=Path, help="PDF report of one audit (with --audit)")
    export.add_argument("--pdf-dir", type=Path, help="one PDF per audit into this folder")
    export.add_argument("--xlsx", type=Path, help="one workbook with every selected audit")
    export.add_argument("--lang", choices=("en", "zh"), default="en", help="report language")
    export.add_argument("--failures-first", action="store_true")
    export.add_argument("--unsigned", action="store_true", help="do not sign (a draft)")
    export.add_argument("--passphrase-file", type=Path)
    data_dir_arg(export)

    imp = sub.add_parser(
        "import",
        help="verify and import exported workbooks (head office)",
        epilog="Every audit's signer must be a certificate known for its auditor id under\n"
        "the name (CN) it carries: an auditor has one under the real name and one under\n"
        "the alias (see `auditapp certs`). Another certificate with a known auditor id and\n"
        "name is rejected as a forgery. Audits whose signer is not known are stored\n"
        "marked 'signer unverified' until the certificate is accepted or trusted.\n\n"
        "exit 0: every audit imported (or already stored) with a verified signer\n"
        "     1: something rejected (nothing of that workbook stored)\n"
        "     2: nothing could be read\n"
        f"     {EXIT_SIGNER_UNVERIFIED}: nothing rejected, but some audits are stored 'signer unverified'\n"
        "examples:\n  auditapp import inbox/ --report import-report.csv --trust auditors/\n"
        "  auditapp import inbox/ --accept-new-signers",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    imp.add_argument("paths", nargs="+", type=Path, help="workbooks or folders of them")
    imp.add_argument("--report", type=Path, help="write one CSV line per audit outcome")
    imp.add_argument(
        "--trust",
        type=Path,
        help="certificate file or folder: only accept signers chaining to these; a signer "
        "first seen for an auditor id and name is then known when it also names that id",
    )
    imp.add_argument(
        "--accept-new-signers",
        action="store_true",
        help="store certificates first seen for an auditor id as known, so their audits "
        "import verified (check the fingerprints first)",
    )
    data_dir_arg(imp)

    certs = sub.add_parser(
        "certs",
        help="signer certificates known for each auditor id (head office)",
        epilog="examples:\n  auditapp certs list\n"
        "  auditapp certs trust chen-jing.pem --auditor AUD-017\n"
        "  auditapp certs accept AB:12:... --auditor AUD-017",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    csub = certs.add_subparsers(dest="certs_command", required=True)
    clist = csub.add_parser(
        "list", help="known certificates, and signers of imported audits awaiting a decision"
    )
    ctrust = csub.add_parser(
        "trust",
        help="trust a certificate (PEM or DER file) for an auditor id",
        epilog="example: auditapp certs trust chen-jing.pem --auditor AUD-017",
    )
    ctrust.add_argument("file", type=Path)
    ctrust.add_argument("--auditor", required=True, help="the auditor id it belongs to")
    caccept = csub.add_parser(
        "accept",
        help="accept the certificate of imported audits marked 'signer unverified'",
        epilog="example: auditapp certs accept AB:12:... --auditor AUD-017",
    )
    caccept.add_argument("fingerprint", help="SHA-256 fingerprint, as `certs list` shows it")
    caccept.add_argument("--auditor", required=True, help="the auditor id of those audits")
    for p in (clist, ctrust, caccept):
        data_dir_arg(p)

    verify = sub.add_parser(
        "verify",
        help="check signed PDF reports",
        epilog=VERIFY_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    verify.add_argument("files", nargs="+", type=Path)
    verify.add_argument(
        "--trust",
        type=Path,
        help="a PEM/DER certificate file, or a folder of them (.pem .crt .cer .der): "
        "the auditors' certificates or their organisation's CA",
    )


VERIFY_EPILOG = """\
verdicts:
  INTACT      every signature is intact, nothing but signatures was added after any,
              and every signer is a --trust certificate or chains to one
  UNVERIFIED  intact, but without --trust nobody can know who signed: compare the
              printed SHA-256 fingerprint with `auditapp identity show` of the auditor
  UNTRUSTED   intact, but a signer is not among the --trust certificates
  ALTERED     a signed part was changed, or the file was changed after a signature
              (also when somebody signed again afterwards)
  UNSIGNED    no signature
exit codes (the first that applies, in this order):
  2  a file cannot be read, is larger than any report, or --trust cannot be read
  1  any file ALTERED, UNSIGNED or UNTRUSTED
  3  every file intact, but a signer UNVERIFIED (no --trust)
  0  every file INTACT
examples:
  auditapp verify reports/*.pdf --trust head-office/auditors/
  auditapp verify report.pdf          # prints each signer's certificate fingerprint
"""


def read_passphrase(
    args: argparse.Namespace, confirm: bool = False, prompt: str = "Passphrase: "
) -> str:
    """From --passphrase-file, then $AUDITAPP_PASSPHRASE, then a prompt that does not echo."""
    path = getattr(args, "passphrase_file", None)
    if path is not None:
        try:
            return path.read_text(encoding="utf-8").rstrip("\r\n")
        except (OSError, UnicodeDecodeError) as exc:
            raise StoreError(f"{path}: cannot read the passphrase file ({exc})") from exc
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env
    if not sys.stdin.isatty():
        raise StoreError(
            f"a passphrase is needed: use --passphrase-file FILE or set ${PASSPHRASE_ENV}"
        )
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat the passphrase: ") != first:
        raise StoreError("the two passphrases differ")
    return first


def run_identity(args: argparse.Namespace, data_dir: Path) -> int:
    from auditapp.trust import identity as idm

    cmd = args.identity_command
    shown: list[tuple[str, Any]] = []
    if cmd == "create":
        shown = _create_identity(args, data_dir)
    elif cmd == "import":
        file_pass = read_passphrase(args, prompt=f"Passphrase of {args.file.name}: ")
        real = ""
        if args.role == idm.ALIAS and idm.has_identity(data_dir):
            real = idm.show_identity(data_dir).common_name
        info = idm.import_identity(
            data_dir, args.file, file_pass, replace=args.replace, role=args.role, real_name=real
        )
        shown = [(args.role, info)]
    elif cmd == "export-cert":
        pem = idm.certificate_chain_pem(data_dir, args.role)
        try:
            args.out.write_bytes(pem)
        except OSError as exc:
            raise StoreError(f"{args.out}: cannot write ({exc.strerror})") from exc
        print(f"wrote {args.out}")
        return 0
    else:
        shown = [(idm.AUDITOR, idm.show_identity(data_dir))]
        if idm.has_identity(data_dir, idm.ALIAS):
            shown.append((idm.ALIAS, idm.show_identity(data_dir, idm.ALIAS)))
        else:
            print("(no alias identity: mystery shops by an auditor with an alias cannot be signed)")
    for role, info in shown:
        title = "main identity (signs every audit but mystery shops)"
        if role == idm.ALIAS:
            title = "alias identity (signs mystery shops; carries no real name)"
        print(title)
        print(f"  subject:     {info.subject}")
        print(f"  issuer:      {info.issuer}{'  (self-signed)' if info.self_signed else ''}")
        print(f"  fingerprint: SHA-256 {info.fingerprint}")
        print(f"  valid:       {info.not_before} to {info.not_after}")
    return 0


def _create_identity(args: argparse.Namespace, data_dir: Path) -> list[tuple[str, Any]]:
    from auditapp.trust import identity as idm

    if args.only_alias:
        if not args.alias.strip():
            raise StoreError("--only-alias needs --alias NAME")
        passphrase = read_passphrase(args, prompt="Passphrase of the main identity: ")
        if idm.has_identity(data_dir):
            idm.load_p12(data_dir, passphrase)  # one passphrase for both identities
        info = idm.create_identity(
            data_dir,
            args.alias,
            args.auditor_id,
            passphrase,
            args.organisation,
            replace=args.replace,
            role=idm.ALIAS,
        )
        return [(idm.ALIAS, info)]
    if not (args.name or "").strip():
        raise StoreError("identity create needs --name (or --only-alias --alias NAME)")
    made = idm.create_identities(
        data_dir,
        args.name,
        args.auditor_id,
        args.alias,
        read_passphrase(args, confirm=True),
        args.organisation,
        replace=args.replace,
    )
    return list(zip((idm.AUDITOR, idm.ALIAS), made, strict=False))


def run_export(args: argparse.Namespace, store: Store) -> int:
    from auditapp.reports.errors import ReportError
    from auditapp.reports.export import export_many, export_pdf
    from auditapp.reports.pdf_report import ReportOptions

    options = ReportOptions(lang=args.lang, failures_first=args.failures_first)
    if not (args.pdf or args.pdf_dir or args.xlsx):
        raise StoreError("say where to write: --pdf FILE, --pdf-dir DIR or --xlsx FILE")
    passphrase = None if args.unsigned else read_passphrase(args)
    if args.xlsx:
        return _export_xlsx(args, store, passphrase)
    if args.audit:
        if args.pdf is None:
            raise StoreError("--audit needs --pdf OUT.pdf")
        audit = store.audits.resolve(args.audit)
        done = export_pdf(store, audit.id, args.pdf, options, passphrase)
        for w in done.warnings:
            print(f"warning: {w}", file=sys.stderr)
        print(f"wrote {done.path} ({'signed' if done.signed else 'unsigned'})")
        return 0
    if args.pdf_dir is None:
        raise StoreError("--all and --site need --pdf-dir DIR")
    flt = _filter(args)
    failures = written = 0
    total = store.audits.count(flt)
    for result in export_many(store, flt, args.pdf_dir, options, passphrase):
        if isinstance(result, ReportError):
            failures += 1
            print(f"error: {result}", file=sys.stderr)
            continue
        written += 1
        for w in result.warnings:
            print(f"warning: {result.audit_id[:8]}: {w}", file=sys.stderr)
        print(f"[{written + failures}/{total}] wrote {result.path}")
    print(f"{written} report(s) written to {args.pdf_dir}, {failures} failed")
    return 1 if failures or not total else 0


def _filter(args: argparse.Namespace) -> AuditFilter:
    return AuditFilter(
        site_code=args.site or "",
        region=args.region or "",
        form_id=args.form or "",
        since=args.since or "",
        until=args.until or "",
        status=args.status or "",
    )


def _export_xlsx(args: argparse.Namespace, store: Store, passphrase: str | None) -> int:
    from auditapp.reports.xlsx_export import export_xlsx

    if args.audit:
        ids = [store.audits.resolve(args.audit).id]
    else:
        ids = [
            a.id for a in store.audits.list(_filter(args), order_by="created_at", descending=False)
        ]
    if not ids:
        raise StoreError("no audits match the selection; nothing written")

    def progress(done: int, total: int) -> None:
        if done == total or done % 100 == 0:
            print(f"  {done}/{total} audits", file=sys.stderr)

    n = export_xlsx(store, ids, args.xlsx, passphrase, progress)
    print(f"wrote {args.xlsx}: {n} audit(s){'' if passphrase else ' (unsigned draft)'}")
    return 0


def run_import(args: argparse.Namespace, store: Store) -> int:
    import csv

    from auditapp.reports.xlsx_import import REJECTED, first_seen_signers, import_paths
    from auditapp.store.certs import colon_hex

    trust = None
    if args.trust:
        from auditapp.reports.signers import read_certificates

        trust = read_certificates(args.trust)
    outcomes = import_paths(
        store,
        args.paths,
        actor="import",
        trust=trust,
        progress=lambda n, t, name: print(f"[{n}/{t}] {name}", file=sys.stderr),
        accept_new=args.accept_new_signers,
    )
    for o in outcomes:
        where = f"{o.source} {o.audit_id[:8]}" if o.audit_id else o.source
        rev = f" r{o.revision}" if o.revision else ""
        print(f"{o.result.upper():<13} {where}{rev}{': ' + o.reason if o.reason else ''}")
    counts: dict[str, int] = {}
    for o in outcomes:
        counts[o.result] = counts.get(o.result, 0) + 1
    unverified = [o for o in outcomes if o.signer_unverified]
    summary = ", ".join(f"{v} {k}" for k, v in sorted(counts.items())) or "nothing to import"
    print(summary + (f"; {len(unverified)} signer unverified" if unverified else ""))
    new = first_seen_signers(outcomes)
    if new:
        print("\ncertificates first seen for their auditor id (audits stored 'signer unverified'):")
        for s, n in new:
            print(
                f"  auditor id {s.auditor_id}: {s.subject}\n    SHA-256 {colon_hex(s.fingerprint)}"
            )
            print(f"    {n} audit(s); after checking the fingerprint with the auditor:")
            print(f"    auditapp certs accept {colon_hex(s.fingerprint)} --auditor {s.auditor_id}")
        print("  (or import again with --accept-new-signers)")
    if args.report:
        try:
            with args.report.open("w", newline="", encoding="utf-8") as fh:
                w = csv.writer(fh)
                w.writerow(
                    [
                        "file",
                        "audit_id",
                        "revision",
                        "result",
                        "reason",
                        "code",
                        "auditor_id",
                        "signer",
                        "signer_fingerprint",
                        "signer_status",
                    ]
                )
                for o in outcomes:
                    sg = o.signer
                    status = (
                        ""
                        if sg is None
                        else "verified"
                        if sg.verified
                        else "first seen"
                        if sg.first_seen
                        else "unverified"
                    )
                    w.writerow(
                        [
                            o.source,
                            o.audit_id,
                            o.revision or "",
                            o.result,
                            o.reason,
                            o.code,
                            sg.auditor_id if sg else "",
                            sg.subject if sg else "",
                            colon_hex(sg.fingerprint) if sg else "",
                            status,
                        ]
                    )
        except OSError as exc:
            raise StoreError(f"{args.report}: cannot write the report ({exc.strerror})") from exc
    if outcomes and all(not o.readable for o in outcomes):
        return 2
    if any(o.result == REJECTED for o in outcomes):
        return 1
    return EXIT_SIGNER_UNVERIFIED if unverified else 0


def run_certs(args: argparse.Namespace, store: Store) -> int:
    from auditapp.reports import signers
    from auditapp.store.certs import colon_hex

    cmd = args.certs_command
    if cmd in ("trust", "accept"):
        if cmd == "trust":
            done = signers.trust_certificate(store, args.file, args.auditor)
        else:
            done = signers.accept_signer(store, args.auditor.strip(), args.fingerprint)
        print(f"known for auditor id {done.auditor_id}: {done.subject}")
        print(f"  SHA-256 {colon_hex(done.fingerprint)}")
        print(f"  {done.cleared} imported audit(s) no longer marked 'signer unverified'")
        return 0
    signers.register_own_identities(store)
    how_text = {
        "own": "own identity",
        "accepted": "accepted at import",
        "trusted": "trusted explicitly",
        "enrolled": "enrolment",
    }
    known = store.certs.list()
    print(f"{len(known)} known certificate(s)")
    for c in known:
        print(f"  auditor id {c.auditor_id}: {c.subject}")
        print(f"    SHA-256 {colon_hex(c.fingerprint)}")
        print(f"    {how_text.get(c.how, c.how)}, {c.added_at}")
    pending = store.certs.pending()
    if pending:
        print(f"{len(pending)} signer(s) of imported audits marked 'signer unverified'")
        for p in pending:
            print(f"  auditor id {p.auditor_id or '(none)'}: {p.subject}")
            print(f"    SHA-256 {colon_hex(p.fingerprint)}  ({p.audits} audit(s))")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    from auditapp.reports import signing
    from auditapp.reports.errors import VerifyError

    signing.quiet_libraries()
    try:
        trust = signing.load_trust(args.trust) if args.trust else None
    except VerifyError as exc:
        print(f"error: --trust {exc}", file=sys.stderr)
        return 2
    if trust is not None:
        print(f"trusting {len(trust.certs)} certificate(s) from {args.trust}")
    known = trust.fingerprints() if trust else {}
    verdicts: set[str] = set()
    unreadable = False
    for path in args.files:
        try:
            v = signing.verify_pdf(path, trust)
        except VerifyError as exc:
            unreadable = True
            print(f"UNREADABLE  {path}: {exc}")
            continue
        verdicts.add(v.verdict)
        print(f"{v.verdict:<10}  {path}")
        if v.verdict == signing.UNVERIFIED:
            print(
                "    the signer is unverified: without --trust anybody can sign with any "
                "name;\n    compare the fingerprint with `auditapp identity show` of the auditor"
            )
        for s in v.signatures:
            role = " (the auditor's)" if s.index == 1 else ""
            print(f"    signature {s.index}{role}: {s.signer}")
            print(f"        subject:       {s.subject}")
            print(f"        fingerprint:   SHA-256 {s.fingerprint}")
            print(f"        signed at:     {s.signed_at}")
            print(f"        intact:        {'yes' if s.intact else 'no'}")
            print(f"        changed after: {'yes' if s.changed_after else 'no'}")
            if s.trusted is None:
                trust_text = "unverified (no --trust)"
            elif s.fingerprint in known:
                trust_text = f"yes, {known[s.fingerprint]}"
            else:
                trust_text = "yes (chains to a trusted certificate)" if s.trusted else "no"
            print(f"        trusted:       {trust_text}")
        for p in v.problems:
            print(f"    problem:   {p}")
    if unreadable:
        return 2
    if verdicts & {signing.ALTERED, signing.UNSIGNED, signing.UNTRUSTED}:
        return 1
    return 3 if signing.UNVERIFIED in verdicts else 0
