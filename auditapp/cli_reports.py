"""``auditapp identity``, ``export`` and ``verify``."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from auditapp.store import AuditFilter, Store, StoreError

PASSPHRASE_ENV = "AUDITAPP_PASSPHRASE"


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
    export.add_argument("--status", choices=("in_progress", "completed", "signed"))
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
        epilog="exit 0: nothing rejected; 1: something rejected; 2: nothing could be read\n"
        "example: auditapp import inbox/ --report import-report.csv --trust ca.pem",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    imp.add_argument("paths", nargs="+", type=Path, help="workbooks or folders of them")
    imp.add_argument("--report", type=Path, help="write one CSV line per audit outcome")
    imp.add_argument(
        "--trust", type=Path, help="only accept signers chaining to these certificates"
    )
    data_dir_arg(imp)

    verify = sub.add_parser(
        "verify",
        help="check signed PDF reports",
        epilog="exit 0: all intact; 1: any altered, unsigned or (with --trust) untrusted; "
        "2: a file cannot be read\nexample: auditapp verify reports/*.pdf --trust ca.pem",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    verify.add_argument("files", nargs="+", type=Path)
    verify.add_argument("--trust", type=Path, help="PEM/DER certificate(s) to trust")


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
    from auditapp.reports import identity as idm

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
    from auditapp.reports import identity as idm

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

    from auditapp.reports.xlsx_import import REJECTED, import_paths

    trust = None
    if args.trust:
        from cryptography import x509

        try:
            trust = x509.load_pem_x509_certificates(args.trust.read_bytes())
        except (OSError, ValueError) as exc:
            raise StoreError(f"{args.trust}: not a readable PEM certificate file ({exc})") from exc
    outcomes = import_paths(
        store,
        args.paths,
        actor="import",
        trust=trust,
        progress=lambda n, t, name: print(f"[{n}/{t}] {name}", file=sys.stderr),
    )
    for o in outcomes:
        where = f"{o.source} {o.audit_id[:8]}" if o.audit_id else o.source
        rev = f" r{o.revision}" if o.revision else ""
        print(f"{o.result.upper():<13} {where}{rev}{': ' + o.reason if o.reason else ''}")
    counts: dict[str, int] = {}
    for o in outcomes:
        counts[o.result] = counts.get(o.result, 0) + 1
    print(", ".join(f"{v} {k}" for k, v in sorted(counts.items())) or "nothing to import")
    if args.report:
        try:
            with args.report.open("w", newline="", encoding="utf-8") as fh:
                w = csv.writer(fh)
                w.writerow(["file", "audit_id", "revision", "result", "reason"])
                for o in outcomes:
                    w.writerow([o.source, o.audit_id, o.revision or "", o.result, o.reason])
        except OSError as exc:
            raise StoreError(f"{args.report}: cannot write the report ({exc.strerror})") from exc
    if outcomes and all(not o.readable for o in outcomes):
        return 2
    return 1 if any(o.result == REJECTED for o in outcomes) else 0


def run_verify(args: argparse.Namespace) -> int:
    from auditapp.reports.errors import VerifyError
    from auditapp.reports.signing import load_trust, quiet_libraries, verify_pdf

    quiet_libraries()
    trust = load_trust(args.trust) if args.trust else None
    unreadable = bad = 0
    for path in args.files:
        try:
            v = verify_pdf(path, trust)
        except VerifyError as exc:
            unreadable += 1
            print(f"UNREADABLE  {path}: {exc}")
            continue
        if not v.signed:
            verdict = "UNSIGNED"
        elif not v.intact:
            verdict = "ALTERED"
        elif v.trusted is False:
            verdict = "UNTRUSTED"
        else:
            verdict = "INTACT"
        bad += verdict != "INTACT"
        print(f"{verdict:<10}  {path}")
        if v.signed:
            trust_text = {None: "not checked (no --trust)", True: "yes", False: "no"}[v.trusted]
            print(
                f"    signed by: {v.signer}\n    signed at: {v.signed_at}\n    trusted:   {trust_text}"
            )
        for p in v.problems:
            print(f"    problem:   {p}")
    if unreadable:
        return 2
    return 1 if bad else 0
