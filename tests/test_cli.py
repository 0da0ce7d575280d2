"""The command line: exit codes, messages, and the commands end to end."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from auditapp.cli import main
from auditapp.core import form_hash, load_catalogue, load_form
from auditapp.store import Store
from tests.conftest import DATA

ROOT = Path(__file__).resolve().parents[1]


def test_forms_check_shipped_ok(capsys):
    assert main(["forms", "check", str(ROOT / "forms")]) == 0
    out = capsys.readouterr().out
    assert "catalogue" in out and "restaurant-mystery-visit v1" in out


def test_forms_check_reports_every_error(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        (DATA / "good_form.yaml")
        .read_text(encoding="utf-8")
        .replace("format: 1", "format: 1\nsurprise: true"),
        encoding="utf-8",
    )
    code = main(
        [
            "forms",
            "check",
            "--catalogue",
            str(DATA / "catalogue.yaml"),
            str(bad),
            str(tmp_path / "missing.yaml"),
        ]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert "bad.yaml:3:1: surprise: unknown field 'surprise'" in err
    assert "missing.yaml: no such file or folder" in err


def test_template_then_convert(tmp_path, capsys):
    blank = tmp_path / "blank.xlsx"
    assert main(["forms", "template", "-o", str(blank)]) == 0
    wb = load_workbook(blank)
    assert {"Form", "Grades", "Sections", "Items", "Options", "Bands"} <= set(wb.sheetnames)
    assert wb["Items"]["I1"].value == "points" and wb["Items"]["I1"].comment is not None
    assert main(["forms", "check", str(blank)]) == 1  # an empty form is not a form
    assert "Form!" in capsys.readouterr().err


def test_convert_round_trip_keeps_hash(tmp_path):
    from auditapp.core.loaders.authoring import write_workbook

    cat = load_catalogue(DATA / "catalogue.yaml")
    form = load_form(DATA / "good_form.yaml", cat)
    xlsx = tmp_path / "good.xlsx"
    write_workbook(xlsx, form)
    out = tmp_path / "good.yaml"
    assert (
        main(
            [
                "forms",
                "convert",
                str(xlsx),
                "-o",
                str(out),
                "--catalogue",
                str(DATA / "catalogue.yaml"),
            ]
        )
        == 0
    )
    assert form_hash(load_form(out, cat)) == form_hash(form)


def test_sites_import_and_list(tmp_path, capsys):
    data = tmp_path / "d"
    assert main(["sites", "import", str(DATA / "sites_ok.csv"), "--data-dir", str(data)]) == 0
    assert main(["sites", "list", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert "imported" in out and out.count("\n") > 3


def test_sites_import_bad_file_imports_nothing(tmp_path, capsys):
    data = tmp_path / "d"
    bad = tmp_path / "sites.csv"
    bad.write_text(
        "code,name,region,industry\nA-1,One,East,restaurant\nA-2,,East,spaceport\n",
        encoding="utf-8",
    )
    assert main(["sites", "import", str(bad), "--data-dir", str(data)]) == 1
    err = capsys.readouterr().err
    assert "sites.csv: row 3: column 'name' is empty" in err
    assert "row 3: column 'industry': expected one of" in err
    assert "nothing imported" in err
    with Store(data) as s:
        assert s.sites.list() == []


def test_demo_fills_a_living_data_folder(tmp_path, capsys):
    data = tmp_path / "demo"
    assert main(["demo", "--data-dir", str(data), "--seed", "3"]) == 0
    with Store(data) as s:
        sites = s.sites.list()
        audits = s.audits.list()
        assert len(sites) >= 20 and len({x.region for x in sites}) == 3
        assert len(audits) >= 30
        statuses = {a.status.value for a in audits}
        assert {"in_progress", "completed"} <= statuses
        assert len({a.form_id for a in audits}) >= 7
        assert s.db.execute("SELECT COUNT(*) FROM photos").fetchone()[0] > 10
        assert s.db.execute("SELECT COUNT(*) FROM answers WHERE comment != ''").fetchone()[0] > 10
        for a in audits:
            assert s.audits.trail_problems(a.id) == []
            if a.status.value == "completed":
                assert a.percent and a.grade


def test_errors_exit_nonzero_in_a_real_process(tmp_path):
    res = subprocess.run(
        [sys.executable, "-m", "auditapp", "forms", "check", str(tmp_path / "x.yaml")],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert res.returncode == 1 and "no such file" in res.stderr
    res = subprocess.run(
        [sys.executable, "-m", "auditapp", "frobnicate"], capture_output=True, text=True, cwd=ROOT
    )
    assert res.returncode == 2 and "invalid choice" in res.stderr


@pytest.mark.parametrize(
    "module",
    ["auditapp.cli", "auditapp.core", "auditapp.store", "auditapp.services", "auditapp.demo"],
)
def test_non_gui_code_never_loads_qt(module):
    code = (
        f"import sys, {module}; "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_data_dir_before_the_command_is_honoured(tmp_path, capsys):
    data = tmp_path / "early"
    assert main(["--data-dir", str(data), "demo", "--audits", "2"]) == 0
    assert (data / "audits.db").is_file()
    assert main(["--data-dir", str(data), "sites", "list"]) == 0
    assert "early" in capsys.readouterr().out


def test_reading_commands_do_not_create_a_data_folder(tmp_path, capsys):
    typo = tmp_path / "typo"
    assert main(["sites", "list", "--data-dir", str(typo)]) == 1
    assert not typo.exists() and "no ServiceAudit data" in capsys.readouterr().err


def test_unwritable_outputs_are_messages_not_tracebacks(tmp_path, capsys):
    assert main(["forms", "template", "-o", str(tmp_path / "no" / "such" / "dir" / "x.xlsx")]) == 1
    assert main(["forms", "template", "-o", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("error:") == 2


def test_damaged_workbooks_are_reported_per_file(tmp_path, capsys):
    import zipfile

    good = tmp_path / "good.xlsx"
    assert main(["forms", "template", "-o", str(good)]) == 0
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(broken, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename.startswith("xl/worksheets/sheet3"):
                data = data[: len(data) // 2]
            dst.writestr(info, data)
    code = main(
        [
            "forms",
            "check",
            str(broken),
            str(DATA / "good_form.yaml"),
            "--catalogue",
            str(DATA / "catalogue.yaml"),
        ]
    )
    captured = capsys.readouterr()
    assert code == 1 and "broken.xlsx" in captured.err and "Traceback" not in captured.err
    assert "test-restaurant-visit v1" in captured.out


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--data-dir", "~/audits"],
        ["--data-dir=/srv/audits 2026"],
        ["--data-dir", ""],
        ["--data-dir", "demo"],  # a folder named like a command is still a folder
    ],
)
def test_the_desktop_app_starts_without_the_full_parser_only_as_the_parser_would(argv):
    from auditapp.cli import build_parser, desktop_request

    desktop, data_dir = desktop_request(argv)
    parsed = build_parser().parse_args(argv)
    assert desktop and parsed.command is None and data_dir == parsed.data_dir


@pytest.mark.parametrize(
    "argv",
    [
        ["demo"],
        ["--help"],
        ["--version"],
        ["--data-dir"],
        ["--data-dir="],
        ["--data-dir", "-x"],
        ["--data-dir", "d", "sites", "list"],
        ["--data-dri", "d"],
        ["--data-dir", "~no-such-user-here/audits"],
    ],
)
def test_anything_but_the_desktop_app_goes_through_the_full_parser(argv):
    from auditapp.cli import desktop_request

    assert desktop_request(argv) == (False, None)


@pytest.mark.parametrize("argv", [["--data-dri", "d"], ["--data-dir", "~no-such-user-here/x"]])
def test_a_bad_start_is_refused_before_any_window_opens(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2 and "usage: auditapp" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["--version"], ["--version", "demo"]])
def test_version_names_the_app_and_the_libraries_users_quote(argv, tmp_path):
    from auditapp import __version__

    out = subprocess.run(
        [sys.executable, "-m", "auditapp", *argv],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.returncode == 0, out.stderr
    lines = dict(line.split(" ", 1) for line in out.stdout.splitlines())
    assert lines["auditapp"] == __version__
    import PySide6
    import reportlab

    assert lines["PySide6"] == PySide6.__version__
    assert lines["reportlab"] == reportlab.Version
    assert lines["SQLite"] == sqlite3.sqlite_version
    assert lines["Qt"][0].isdigit() and lines["pyHanko"][0].isdigit()
    assert lines["Python"].startswith(".".join(map(str, sys.version_info[:3])))
    assert not list(tmp_path.iterdir()), "--version must do nothing else"
