"""Command-line entry points. Only ``auditapp`` without a command (the GUI) imports Qt.

Exit codes: 0 success, 1 invalid input (every problem printed), 2 unusable input or usage.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from auditapp.core.errors import AuditAppError, FormError

EXAMPLES = """examples:
  auditapp                                   start the desktop app
  auditapp demo --data-dir ~/audit-demo      fill a data folder with demo sites and audits
  auditapp forms check forms/*.yaml my.xlsx  validate forms and the catalogue
  auditapp forms template -o blank.xlsx      write an annotated empty form workbook
  auditapp forms convert my.xlsx -o my.yaml  turn a form workbook into YAML
  auditapp sites import sites.csv            import sites (CSV or XLSX)
  auditapp sites list --region East          list sites
  auditapp backup                            back up the database now
  auditapp identity create --name "Li Na"    create the auditor's signing identity
  auditapp export --audit 3f2a --pdf r.pdf   export a signed PDF report
  auditapp verify r.pdf --trust ca.pem       check a signed report
"""


def _path(text: str) -> Path:
    try:
        return Path(text).expanduser()
    except RuntimeError as exc:  # ~name of a user who does not exist
        raise argparse.ArgumentTypeError(f"cannot expand '{text}': {exc}") from exc


def _data_dir_arg(p: argparse.ArgumentParser, top: bool = False) -> None:
    # On sub-commands the default is SUPPRESS, so `auditapp --data-dir D demo` keeps D.
    p.add_argument(
        "--data-dir",
        type=_path,
        default=None if top else argparse.SUPPRESS,
        help="data folder (default: $AUDITAPP_DATA_DIR or the user-data folder)",
    )


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text}")
    return value


class _VersionAction(argparse.Action):
    """``--version``: print the version report and exit at once, whatever follows."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        from auditapp.versions import version_report

        print(version_report())
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="auditapp",
        description="ServiceAudit: offline audits of service standards.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version",
        action=_VersionAction,
        help="print the versions of the app and its libraries, and exit",
    )
    _data_dir_arg(parser, top=True)
    sub = parser.add_subparsers(dest="command")

    forms = sub.add_parser("forms", help="check, convert and create form files")
    fsub = forms.add_subparsers(dest="forms_command", required=True)
    check = fsub.add_parser(
        "check",
        help="validate YAML/XLSX forms and catalogues",
        epilog="example: auditapp forms check forms/",
    )
    check.add_argument("paths", nargs="+", type=Path, help="files or folders")
    check.add_argument("--catalogue", type=Path, help="catalogue to check clause ids against")
    tmpl = fsub.add_parser(
        "template",
        help="write an annotated empty form workbook",
        epilog="example: auditapp forms template -o blank.xlsx",
    )
    tmpl.add_argument("-o", "--output", type=Path, required=True)
    conv = fsub.add_parser(
        "convert",
        help="turn a form workbook into YAML, or YAML into a workbook",
        epilog="example: auditapp forms convert my.xlsx -o my.yaml",
    )
    conv.add_argument("input", type=Path)
    conv.add_argument("-o", "--output", type=Path, required=True)
    conv.add_argument("--catalogue", type=Path)

    sites = sub.add_parser("sites", help="import and list sites")
    ssub = sites.add_subparsers(dest="sites_command", required=True)
    imp = ssub.add_parser(
        "import",
        help="import sites from CSV or XLSX (all or nothing)",
        epilog="columns: code, name, region, address, industry, manager\n"
        "example: auditapp sites import sites.csv",
    )
    imp.add_argument("file", type=Path)
    _data_dir_arg(imp)
    lst = ssub.add_parser(
        "list", help="list sites", epilog="example: auditapp sites list --region East"
    )
    lst.add_argument("--region")
    lst.add_argument("--industry")
    _data_dir_arg(lst)

    demo = sub.add_parser(
        "demo",
        help="load demo sites and audits into a data folder",
        epilog="example: auditapp demo --data-dir /tmp/demo --seed 3",
    )
    demo.add_argument("--seed", type=int, default=7)
    demo.add_argument("--audits", type=_positive, default=36)
    _data_dir_arg(demo)

    from auditapp import cli_reports

    cli_reports.add_parsers(sub, _data_dir_arg)

    bk = sub.add_parser("backup", help="back up the database now (keeps the newest 7)")
    _data_dir_arg(bk)
    return parser


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def desktop_request(argv: Sequence[str]) -> tuple[bool, Path | None]:
    """``(True, data folder or None)`` when ``argv`` asks for the desktop app alone: no
    arguments, or only ``--data-dir FOLDER``; ``(False, None)`` for anything else.

    The desktop app then starts without building the parser of every sub-command (about
    10 ms); whatever else is given goes through :func:`build_parser` as usual.
    """
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--data-dir" and not argv[1].startswith("-"):
        text = argv[1]
    elif len(argv) == 1 and argv[0].startswith("--data-dir=") and argv[0] != "--data-dir=":
        text = argv[0].split("=", 1)[1]
    else:
        return False, None
    try:
        return True, _path(text)
    except argparse.ArgumentTypeError:
        return False, None  # the full parser says what is wrong


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    desktop, data_dir = desktop_request(argv)
    args = argparse.Namespace(command=None, data_dir=data_dir) if desktop else None
    try:
        if args is None:
            args = build_parser().parse_args(argv)
        if args.command is None:
            if getattr(sys, "frozen", False):
                # The frozen build has no `make run` to check Qt's libraries first.
                from auditapp.platform_check import preflight

                if not preflight():
                    return 1
            from auditapp.ui.app import run_gui

            return run_gui(args.data_dir)
        if args.command == "forms":
            from auditapp import cli_forms

            return cli_forms.run(args)
        if args.command == "verify":
            from auditapp import cli_reports

            return cli_reports.run_verify(args)
        if args.command == "identity":
            from auditapp import cli_reports
            from auditapp.store import default_data_dir

            return cli_reports.run_identity(args, args.data_dir or default_data_dir())
        return _run_data_command(args)
    except FormError as exc:
        for p in exc.problems:
            _err(str(p))
        return 1
    except AuditAppError as exc:
        _err(f"error: {exc}")
        return 1
    except sqlite3.Error as exc:
        _err(f"error: the database could not be used ({exc}); is another ServiceAudit using it?")
        return 1
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        _err(f"error: {where}{exc.strerror or exc}")
        return 1
    except KeyboardInterrupt:
        _err("interrupted")
        return 130


def _has_database(data_dir: Path | None) -> bool:
    from auditapp.store import default_data_dir
    from auditapp.store.db import DB_NAME

    return ((data_dir or default_data_dir()) / DB_NAME).is_file()


def _run_data_command(args: argparse.Namespace) -> int:
    from auditapp.services import open_data
    from auditapp.store import ImportFileError, StoreError, default_data_dir

    if args.command == "sites" and args.sites_command == "import":
        from auditapp.store.site_import import read_sites

        try:
            sites = read_sites(args.file)
        except ImportFileError as exc:
            for p in exc.problems:
                _err(p)
            _err(f"nothing imported: {len(exc.problems)} problem(s) in {args.file}")
            return 1
        with open_data(args.data_dir) as store:
            n = store.sites.upsert_many(sites)
        print(f"imported {n} site(s) from {args.file}")
        return 0
    if args.command in ("sites", "export") and not _has_database(args.data_dir):
        # Reading commands never create a data folder by accident (a mistyped --data-dir).
        raise StoreError(f"no ServiceAudit data in {args.data_dir or default_data_dir()}")
    with open_data(args.data_dir) as store:
        if args.command == "sites":
            for s in store.sites.list(args.region, args.industry):
                print(f"{s.code}\t{s.name}\t{s.region}\t{s.industry}\t{s.address}\t{s.manager}")
            return 0
        if args.command == "demo":
            from auditapp.demo import DEMO_PASSPHRASE, ensure_demo_identity, load_demo
            from auditapp.store.profile import load_profile

            had_profile = load_profile(store.settings) is not None
            n_sites, n_audits = load_demo(store, seed=args.seed, audits=args.audits)
            print(f"demo data in {store.data_dir}: {n_sites} sites, {n_audits} audits")
            if ensure_demo_identity(store):
                print(f"demo signing identity created; its passphrase is '{DEMO_PASSPHRASE}'")
            elif had_profile:
                who = load_profile(store.settings) or {}
                print(
                    f"the demo audits are by your profile ({who.get('name')}); your profile "
                    "and signing identity were left as they are"
                )
            return 0
        if args.command == "export":
            from auditapp import cli_reports

            return cli_reports.run_export(args, store)
        if args.command == "import":
            from auditapp import cli_reports

            return cli_reports.run_import(args, store)
        if args.command == "certs":
            from auditapp import cli_reports

            return cli_reports.run_certs(args, store)
        if args.command == "backup":
            print(f"backup written: {store.backup()}")
            return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
