"""``auditapp identity``, ``export`` and ``verify``."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from auditapp.store import AuditFilter, Store, StoreError

PASSPHRASE_ENV = "AUDITAPP_PASSPHRASE"


def add_parsers(sub: argparse._SubParsersAction, data_dir_arg) -> None:  # type: ignore[type-arg]
    ident = sub.add_parser("identity", help="the auditor's signing key and certificate")
    isub = ident.add_subparsers(dest="identity_command", required=True)
    create = isub.add_parser(
        "create",
        help="create a key pair and a certificate naming the auditor",
        epilog='example: auditapp identity create --name "Li Na" --id AUD-017',
    )
    create.add_argument("--name", required=True)
    create.add_argument("--id", dest="auditor_id", default="")
    create.add_argument("--organisation", default="")
    create.add_argument("--replace", action="store_true", help="replace an existing identity")
    imp = isub.add_parser(
        "import",
        help="import a PKCS#12 file issued by the organisation",
        epilog="example: auditapp identity import li-na.p12",
    )
    imp.add_argument("file", type=Path)
    imp.add_argument("--replace", action="store_true")
    isub.add_parser("show", help="show the certificate's subject and fingerprint")
    exp = isub.add_parser(
        "export-cert",
        help="write the certificate (PEM) for head office",
        epilog="example: auditapp identity export-cert li-na.pem",
    )
    exp.add_argument("out", type=Path)
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
        "  auditapp export --all --since 2026-11-01 --pdf-dir reports/",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--audit", help="audit id or a unique prefix of it (at least 4 characters)")
    which.add_argument("--all", action="store_true", help="every audit (narrow with --since)")
    which.add_argument("--site", help="every audit of one site")
    export.add_argument("--since", help="only audits created on or after this date (YYYY-MM-DD)")
    export.add_argument("--pdf", type=Path, help="output file (with --audit)")
    export.add_argument("--pdf-dir", type=Path, help="output folder (with --all or --site)")
    export.add_argument("--lang", choices=("en", "zh"), default="en", help="report language")
    export.add_argument("--failures-first", action="store_true")
    export.add_argument("--unsigned", action="store_true", help="do not sign (a draft)")
    export.add_argument("--passphrase-file", type=Path)
    data_dir_arg(export)

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
    if cmd == "create":
        info = idm.create_identity(
            data_dir,
            args.name,
            args.auditor_id,
            read_passphrase(args, confirm=True),
            args.organisation,
            replace=args.replace,
        )
    elif cmd == "import":
        file_pass = read_passphrase(args, prompt=f"Passphrase of {args.file.name}: ")
        info = idm.import_identity(data_dir, args.file, file_pass, replace=args.replace)
    elif cmd == "export-cert":
        pem = idm.certificate_chain_pem(data_dir)
        try:
            args.out.write_bytes(pem)
        except OSError as exc:
            raise StoreError(f"{args.out}: cannot write ({exc.strerror})") from exc
        print(f"wrote {args.out}")
        return 0
    else:
        info = idm.show_identity(data_dir)
    print(f"subject:     {info.subject}")
    print(f"issuer:      {info.issuer}{'  (self-signed)' if info.self_signed else ''}")
    print(f"fingerprint: SHA-256 {info.fingerprint}")
    print(f"valid:       {info.not_before} to {info.not_after}")
    return 0


def run_export(args: argparse.Namespace, store: Store) -> int:
    from auditapp.reports.errors import ReportError
    from auditapp.reports.export import export_many, export_pdf
    from auditapp.reports.pdf_report import ReportOptions

    options = ReportOptions(lang=args.lang, failures_first=args.failures_first)
    passphrase = None if args.unsigned else read_passphrase(args)
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
    flt = AuditFilter(site_code=args.site or "", since=args.since or "")
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
