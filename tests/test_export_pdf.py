"""Signed PDF export end to end, checked by poppler: pdfsig, pdffonts, pdftotext."""

from __future__ import annotations

import subprocess

import pytest

from auditapp.cli import main
from auditapp.core.scoring import display_percent
from auditapp.demo import DEMO_PASSPHRASE, ensure_demo_identity, load_demo
from auditapp.services import open_data
from auditapp.store import AuditFilter
from auditapp.trust.identity import signing_role


@pytest.fixture(scope="module")
def field(tmp_path_factory):
    store = open_data(tmp_path_factory.mktemp("pdf") / "field", backup=False)
    load_demo(store, seed=21, audits=10)
    ensure_demo_identity(store)
    yield store
    store.close()


def run(*args: str) -> str:
    return subprocess.run(list(args), capture_output=True, text=True).stdout


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_signed_report_is_valid_embedded_and_readable(field, tmp_path, monkeypatch, lang):
    monkeypatch.setenv("AUDITAPP_PASSPHRASE", DEMO_PASSPHRASE)
    audit = field.audits.list(AuditFilter(status="completed"))[0]
    out = tmp_path / f"r-{lang}.pdf"
    assert (
        main(
            [
                "export",
                "--audit",
                audit.id[:8],
                "--pdf",
                str(out),
                "--lang",
                lang,
                "--data-dir",
                str(field.data_dir),
            ]
        )
        == 0
    )
    checked = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True)
    sig = checked.stdout
    assert "Signature is Valid" in sig and "Total document signed" in sig
    assert checked.stderr == ""  # was "Internal Error: xref num ... not found"
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True)
    assert fonts.stderr == ""  # was "Internal Error: xref num ... not found" (the stamp's font)
    rows = fonts.stdout.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows), fonts.stdout  # emb column
    assert "Courier" not in fonts.stdout
    cjk = [line for line in rows if "DroidSansFallback" in line]
    assert cjk
    text = run("pdftotext", "-layout", str(out), "-")
    site = field.sites.get(audit.site_code)
    score = field.audits.score(audit.id)
    assert site.name in text
    assert display_percent(score.percent) in text and score.grade.grade in text
    assert ("审核报告" in text) == (lang == "zh")
    # the stamp speaks the report's language
    stamp = "数字签名（PAdES）" if lang == "zh" else "Digitally signed (PAdES)"
    assert stamp in text and ("Digitally signed" in text) == (lang == "en")
    assert main(["verify", str(out)]) == 3  # intact, signer unverified without --trust
    # trusted with the certificate that signed it: the alias one for a mystery shop
    role = signing_role(audit.auditor, audit.kind == "mystery_shop")
    cert = tmp_path / "demo.pem"
    export_cert = ["identity", "export-cert", str(cert), "--role", role]
    assert main([*export_cert, "--data-dir", str(field.data_dir)]) == 0
    assert main(["verify", str(out), "--trust", str(cert)]) == 0
    # one byte changed inside the signed range: both pdfsig and verify say so
    data = bytearray(out.read_bytes())
    i = data.index(b"stream", len(data) // 3) + 50
    data[i] ^= 0x20
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(bytes(data))
    assert "Signature is Valid" not in run("pdfsig", str(bad))
    assert main(["verify", str(bad)]) == 1


def test_many_reports_unsigned_and_wrong_passphrase(field, tmp_path, monkeypatch, capsys):
    site = field.audits.list()[0].site_code
    n = field.audits.count(AuditFilter(site_code=site))
    folder = tmp_path / "reports"
    assert (
        main(
            [
                "export",
                "--site",
                site,
                "--pdf-dir",
                str(folder),
                "--unsigned",
                "--data-dir",
                str(field.data_dir),
            ]
        )
        == 0
    )
    files = sorted(folder.glob("*.pdf"))
    assert len(files) == n and all(f.name.startswith(site) for f in files)
    assert main(["verify", str(files[0])]) == 1  # a draft is not signed
    monkeypatch.setenv("AUDITAPP_PASSPHRASE", "not-the-passphrase")
    assert (
        main(
            [
                "export",
                "--audit",
                field.audits.list()[0].id,
                "--pdf",
                str(tmp_path / "x.pdf"),
                "--data-dir",
                str(field.data_dir),
            ]
        )
        == 1
    )
    assert "wrong passphrase" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
    assert (
        main(
            [
                "export",
                "--audit",
                "zzzzzzzz",
                "--pdf",
                str(tmp_path / "y.pdf"),
                "--unsigned",
                "--data-dir",
                str(field.data_dir),
            ]
        )
        == 1
    )
