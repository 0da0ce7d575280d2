"""Head office binds every imported audit to its auditor: the signer's certificate must be
one known for the audit's auditor id under the name it carries. An auditor has two: one
under the real name ("Chen Jing") and, as a mystery shopper, one under the alias ("Shopper
Lark"), both for AUD-017. Forged workbooks (the audits re-signed with another key by
someone calling himself "Chen Jing", AUD-017) never import as verified."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from openpyxl import load_workbook

from auditapp.cli import main
from auditapp.cli_reports import EXIT_SIGNER_UNVERIFIED
from auditapp.demo import DEMO_PASSPHRASE, ensure_demo_identity, load_demo
from auditapp.reports.export import export_pdf
from auditapp.reports.import_reasons import REASONS
from auditapp.reports.pdf_report import ReportOptions
from auditapp.reports.xlsx_export import export_xlsx
from auditapp.reports.xlsx_import import import_paths
from auditapp.services import open_data
from auditapp.store import Store
from auditapp.store.certs import colon_hex
from auditapp.store.db import MIGRATIONS, Database
from auditapp.store.profile import save_profile
from auditapp.trust.identity import (
    ALIAS,
    certificate,
    certificate_chain_pem,
    create_identities,
    identity_dir,
    load_p12,
)
from auditapp.trust.signature import sign_digest

REAL_ID = "AUD-017"


def _fp(cert: x509.Certificate) -> str:
    return colon_hex(cert.fingerprint(hashes.SHA256()).hex())


def _forger(cn: str = "Chen Jing") -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    """A new key with a self-signed certificate claiming to be ``cn``, AUD-017."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, REAL_ID),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "ServiceAudit demo"),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    return key, cert


def _forge(src: Path, dst: Path, key: object, cert: x509.Certificate) -> Path:
    """Re-sign every audit of a genuine export with another key and its certificate."""
    pem = cert.public_bytes(serialization.Encoding.PEM).decode("ascii")
    wb = load_workbook(src)
    ws = wb["_meta"]
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value == "audit":
            ws.cell(r, 5, sign_digest(key, ws.cell(r, 4).value))
            ws.cell(r, 6, pem)
    wb.save(dst)
    return dst


def _plain_fp(fp: str) -> str:
    return fp.replace(":", "").lower()


@pytest.fixture(scope="module")
def field(tmp_path_factory):
    """Chen Jing's data folder (identities AUD-017 under her name and her alias) and two
    workbooks of her audits (mystery shops among them, signed with the alias certificate),
    a forged copy of the first, her real and the forger's certificates, and a workbook of
    Liu Yang's (AUD-023) audits re-signed with Chen Jing's own key."""
    base = tmp_path_factory.mktemp("binding")
    store = open_data(base / "field", backup=False)
    load_demo(store, seed=5, audits=14)
    ensure_demo_identity(store)
    mine = [a.id for a in store.audits.list() if a.auditor.auditor_id == REAL_ID]
    assert len(mine) >= 4
    half = len(mine) // 2
    first, second = base / "first.xlsx", base / "second.xlsx"
    export_xlsx(store, mine[:half], first, DEMO_PASSPHRASE)
    export_xlsx(store, mine[half:], second, DEMO_PASSPHRASE)
    key, forged_cert = _forger()
    forged = _forge(first, base / "forged.xlsx", key, forged_cert)
    real_pem = base / "real.pem"
    real_pem.write_bytes(certificate_chain_pem(store.data_dir))
    alias_pem = base / "alias.pem"
    alias_pem.write_bytes(certificate_chain_pem(store.data_dir, ALIAS))
    both = base / "trusted"  # her two certificates and the forger's
    both.mkdir()
    shutil.copy(real_pem, both / "chen-jing.pem")
    shutil.copy(alias_pem, both / "shopper-lark.pem")
    (both / "forger.pem").write_bytes(forged_cert.public_bytes(serialization.Encoding.PEM))
    real, alias = certificate(store.data_dir), certificate(store.data_dir, ALIAS)
    # Liu Yang's genuine export, re-signed with Chen Jing's key: it chains to her trusted
    # certificate, which names AUD-017, not AUD-023
    liu = open_data(base / "liu", backup=False)
    save_profile(liu.settings, "Liu Yang", "AUD-023", "Shopper Wren")
    load_demo(liu, seed=6, audits=4)
    create_identities(liu.data_dir, "Liu Yang", "AUD-023", "Shopper Wren", DEMO_PASSPHRASE)
    export_xlsx(liu, [a.id for a in liu.audits.list()], base / "liu.xlsx", DEMO_PASSPHRASE)
    liu_ids = {a.id for a in liu.audits.list()}
    liu.close()
    real_key = pkcs12.load_key_and_certificates(
        load_p12(store.data_dir, DEMO_PASSPHRASE), DEMO_PASSPHRASE.encode()
    )[0]
    liu_resigned = _forge(base / "liu.xlsx", base / "liu-resigned.xlsx", real_key, real)
    yield {
        "store": store,
        "first": first,
        "second": second,
        "forged": forged,
        "real_pem": real_pem,
        "both": both,
        "real": real,
        "alias": alias,
        "real_fp": _fp(real),
        "alias_fp": _fp(alias),
        "forged_fp": _fp(forged_cert),
        "first_ids": set(mine[:half]),
        "liu": liu_resigned,
        "liu_ids": liu_ids,
    }
    store.close()


def test_the_workbooks_hold_audits_signed_with_each_of_her_certificates(field):
    """What the tests below rely on: both identities signed audits of the first workbook."""
    rows = load_workbook(field["first"])["_meta"].iter_rows(values_only=True)
    certs = {x509.load_pem_x509_certificate(r[5].encode()) for r in rows if r[0] == "audit"}
    assert {_fp(c) for c in certs} == {field["real_fp"], field["alias_fp"]}


def _import(hq: Path, *args: str) -> int:
    return main(["import", *args, "--data-dir", str(hq)])


def _audits(hq: Path):
    with Store(hq) as s:
        return s.audits.list()


def test_forgery_without_trust_is_stored_signer_unverified(field, tmp_path, capsys):
    hq = tmp_path / "hq"
    report = tmp_path / "report.csv"
    assert (
        _import(hq, str(field["forged"]), "--report", str(report)) == EXIT_SIGNER_UNVERIFIED
    ) and EXIT_SIGNER_UNVERIFIED not in (0, 1, 2)
    out = capsys.readouterr().out
    assert field["forged_fp"] in out and "first seen for auditor id AUD-017" in out
    stored = _audits(hq)
    assert {a.id for a in stored} == field["first_ids"]
    assert all(a.signer_unverified for a in stored)
    rows = list(csv.DictReader(report.open(encoding="utf-8")))
    assert {r["signer_status"] for r in rows} == {"first seen"}
    assert {r["signer_fingerprint"] for r in rows} == {field["forged_fp"]}
    # the genuine workbook is no different without a trust decision: never "verified"
    hq2 = tmp_path / "hq2"
    assert _import(hq2, str(field["first"])) == EXIT_SIGNER_UNVERIFIED
    assert all(a.signer_unverified for a in _audits(hq2))


def test_trust_holding_both_certificates_refuses_the_forgery(field, tmp_path, capsys):
    hq = tmp_path / "hq"
    assert (
        main(
            [
                "certs",
                "trust",
                str(field["real_pem"]),
                "--auditor",
                REAL_ID,
                "--data-dir",
                str(hq),
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert _import(hq, str(field["forged"]), "--trust", str(field["both"])) == 1
    out = capsys.readouterr().out
    assert out.count("REJECTED") == len(field["first_ids"])
    assert field["real_fp"] in out and field["forged_fp"] in out
    assert "auditor id AUD-017 is known with certificate" in out
    assert _audits(hq) == []
    # the genuine one imports verified with the same --trust: her alias certificate, new
    # for AUD-017 under the name "Shopper Lark", is bound through --trust
    assert _import(hq, str(field["first"]), "--trust", str(field["both"])) == 0
    assert not any(a.signer_unverified for a in _audits(hq))
    with Store(hq) as s:
        assert {(c.auditor_id, c.fingerprint) for c in s.certs.list()} == {
            (REAL_ID, _plain_fp(field["real_fp"])),
            (REAL_ID, _plain_fp(field["alias_fp"])),
        }


def test_a_forged_alias_certificate_is_refused_once_the_alias_is_known(field, tmp_path, capsys):
    """The forger may call himself by the alias: the alias certificate is bound as firmly."""
    hq = tmp_path / "hq"
    shutil.copytree(identity_dir(field["store"].data_dir), identity_dir(hq))  # both known
    key, cert = _forger("Shopper Lark")
    forged = _forge(field["first"], tmp_path / "forged-alias.xlsx", key, cert)
    assert _import(hq, str(forged)) == 1
    out = capsys.readouterr().out
    assert out.count("REJECTED") == len(field["first_ids"])
    assert "auditor id AUD-017 is known with certificate" in out
    assert "for the name 'Shopper Lark'" in out and "for the name 'Chen Jing'" not in out
    assert field["alias_fp"] in out and _fp(cert) in out and field["real_fp"] not in out
    assert _audits(hq) == []


def test_a_new_name_for_a_known_auditor_id_is_first_seen_not_verified(field, tmp_path, capsys):
    """Knowing her main certificate does not vouch for another name under her auditor id."""
    hq = tmp_path / "hq"
    trust = ["certs", "trust", str(field["real_pem"]), "--auditor", REAL_ID]
    assert main([*trust, "--data-dir", str(hq)]) == 0
    capsys.readouterr()
    assert _import(hq, str(field["first"])) == EXIT_SIGNER_UNVERIFIED
    out = capsys.readouterr().out
    assert "first seen for auditor id AUD-017 under its name" in out
    assert field["alias_fp"] in out and "Shopper Lark" in out
    with Store(hq) as s:
        assert [(p.auditor_id, p.fingerprint) for p in s.certs.pending()] == [
            (REAL_ID, _plain_fp(field["alias_fp"]))
        ]
        marked = {a.id for a in s.audits.list() if a.signer_unverified}
        assert marked and marked < field["first_ids"]
        assert all(s.imports.known(i)[1] == _plain_fp(field["alias_fp"]) for i in marked)
        # nothing is stored as known until accepted
        assert [c.fingerprint for c in s.certs.list()] == [_plain_fp(field["real_fp"])]


def test_trust_binds_a_chained_certificate_only_for_the_auditor_id_it_names(field, tmp_path):
    hq = open_data(tmp_path / "hq", backup=False)
    # chaining to a trusted certificate is not enough: Liu Yang's audits (AUD-023) were
    # re-signed with AUD-017's certificate
    trust = [field["real"], field["alias"]]
    outcomes = import_paths(hq, [field["first"], field["liu"]], "hq", trust=trust)
    by_auditor = {a.id: a for a in hq.audits.list()}
    assert {o.audit_id for o in outcomes} == field["first_ids"] | field["liu_ids"]
    assert all(o.result == "imported" for o in outcomes)
    for o in outcomes:
        a = by_auditor[o.audit_id]
        assert a.signer_unverified == (a.auditor.auditor_id != REAL_ID), a.auditor
        if a.auditor.auditor_id != REAL_ID:
            assert o.code == "serial_mismatch" and "names auditor id AUD-017" in o.reason
    assert [(c.auditor_id, c.how) for c in hq.certs.list()] == [(REAL_ID, "trusted")] * 2
    hq.close()


def test_first_seen_accepted_then_the_next_workbook_imports_verified(field, tmp_path, capsys):
    hq = tmp_path / "hq"
    assert _import(hq, str(field["first"]), "--accept-new-signers") == 0
    assert not any(a.signer_unverified for a in _audits(hq))
    capsys.readouterr()
    assert main(["certs", "list", "--data-dir", str(hq)]) == 0
    listed = capsys.readouterr().out
    assert field["real_fp"] in listed and field["alias_fp"] in listed
    assert listed.count("accepted at import") == 2
    assert _import(hq, str(field["second"])) == 0
    assert len(_audits(hq)) > len(field["first_ids"])
    assert not any(a.signer_unverified for a in _audits(hq))
    # the known certificate wins, with or without --trust
    capsys.readouterr()
    assert _import(hq, str(field["forged"])) == 1
    out = capsys.readouterr().out
    assert field["real_fp"] in out and field["forged_fp"] in out


def test_accepting_later_clears_the_marking(field, tmp_path, capsys):
    hq = tmp_path / "hq"
    assert _import(hq, str(field["first"])) == EXIT_SIGNER_UNVERIFIED
    capsys.readouterr()
    assert main(["certs", "list", "--data-dir", str(hq)]) == 0
    # her two certificates, one per name
    assert "2 signer(s) of imported audits marked 'signer unverified'" in capsys.readouterr().out
    with Store(hq) as s:
        waiting = {p.fingerprint: p.audits for p in s.certs.pending()}
    assert sum(waiting.values()) == len(field["first_ids"])
    for fp in (field["real_fp"], field["alias_fp"]):
        accept = ["certs", "accept", fp, "--auditor", REAL_ID, "--data-dir", str(hq)]
        assert main(accept) == 0
        assert f"{waiting[_plain_fp(fp)]} imported audit(s) no longer marked" in (
            capsys.readouterr().out
        )
    assert not any(a.signer_unverified for a in _audits(hq))
    with Store(hq) as s:
        assert s.certs.pending() == []
    # a certificate naming another auditor id is not trusted for this one
    assert (
        main(
            [
                "certs",
                "trust",
                str(field["real_pem"]),
                "--auditor",
                "AUD-023",
                "--data-dir",
                str(hq),
            ]
        )
        == 1
    )
    assert "names auditor id AUD-017, not AUD-023" in capsys.readouterr().err


def test_own_identity_counts_as_known(field, tmp_path):
    hq_dir = tmp_path / "hq"
    shutil.copytree(identity_dir(field["store"].data_dir), identity_dir(hq_dir))
    assert _import(hq_dir, str(field["first"])) == 0
    assert not any(a.signer_unverified for a in _audits(hq_dir))
    with Store(hq_dir) as s:  # both of them: the main and the alias identity
        assert {(c.auditor_id, c.fingerprint, c.how) for c in s.certs.list()} == {
            (REAL_ID, _plain_fp(field["real_fp"]), "own"),
            (REAL_ID, _plain_fp(field["alias_fp"]), "own"),
        }


def test_unverified_marking_in_the_list_query_and_the_pdf_cover(field, tmp_path):
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is needed")
    hq = open_data(tmp_path / "hq", backup=False)
    import_paths(hq, [field["first"]], "hq")
    listed = hq.audits.list()
    assert listed and all(a.signer_unverified for a in listed)
    one = listed[0].id
    assert hq.audits.get(one).signer_unverified
    texts = {}
    for lang in ("en", "zh"):
        out = tmp_path / f"{lang}.pdf"
        export_pdf(hq, one, out, ReportOptions(lang=lang), None)
        texts[lang] = subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout
    assert "SIGNER UNVERIFIED" in texts["en"]
    # and the Summary sheet of a workbook re-exported from here
    from python_calamine import CalamineWorkbook

    book = tmp_path / "again.xlsx"
    export_xlsx(hq, [a.id for a in listed], book, None)
    rows = CalamineWorkbook.from_path(str(book)).get_sheet_by_name("Summary").to_python()
    status = rows[0].index("Status")
    assert all(r[status].endswith("(signer unverified)") for r in rows[1:] if r[0])
    assert "签名人未经核实" in texts["zh"]
    signed_by = hq.imports.known(one)[1]  # her main or her alias certificate
    hq.certs.add(REAL_ID, signed_by, "", "pem", "trusted")
    out = tmp_path / "after.pdf"
    export_pdf(hq, one, out, ReportOptions(), None)
    after = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "SIGNER UNVERIFIED" not in after
    hq.close()


def test_migration_keeps_the_data_of_an_existing_folder(tmp_path):
    """A data folder at schema 2 (before known certificates) opens with its data intact."""
    folder = tmp_path / "old"
    folder.mkdir()
    conn = sqlite3.connect(str(folder / "audits.db"), isolation_level=None)
    old = Database(conn)
    for n, m in enumerate(MIGRATIONS[:2], start=1):
        m(old.utils)
        conn.execute(f"PRAGMA user_version = {n}")
    conn.execute("INSERT INTO sites (code, name, region, industry) VALUES ('S1', 'Shop', 'E', 'r')")
    conn.execute("INSERT INTO forms (hash, form_id, version, data) VALUES ('h1', 'f', 1, '{}')")
    conn.execute(
        "INSERT INTO audits (id, form_hash, form_id, form_version, site_code, auditor_name, "
        "auditor_id, auditor_alias, kind, status, revision, created_at, updated_at, "
        "completed_at, context, percent, grade, passed) VALUES ('a1', 'h1', 'f', 1, 'S1', "
        "'Chen Jing', 'AUD-017', '', 'inspection', 'completed', 2, '2026-11-01T10:00:00+08:00', "
        "'2026-11-01T11:00:00+08:00', '2026-11-01T11:00:00+08:00', '', '83.3', 'B', 1)"
    )
    conn.execute(
        "INSERT INTO imports (audit_id, revision, signer_fingerprint, signer, source, "
        "imported_at) VALUES ('a1', 2, 'ab12', 'CN=Chen Jing', 'x.xlsx', '2026-11-02')"
    )
    conn.close()
    with Store(folder) as s:
        assert s.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) >= 3
        a = s.audits.get("a1")
        assert (a.auditor.name, a.revision, a.percent, a.grade, a.passed) == (
            "Chen Jing",
            2,
            "83.3",
            "B",
            True,
        )
        assert a.signer_unverified is False
        assert s.imports.known("a1") == (2, "ab12")
        assert s.certs.list() == [] and s.certs.pending() == []


def test_every_reason_code_has_one_english_text():
    from auditapp.ui.import_reasons import reason_templates

    # no translator installed: the UI's templates are the English ones, code for code
    assert reason_templates() == REASONS


def test_a_damaged_form_part_number_in_meta_refuses_the_workbook(field, tmp_path):
    """It used to escape the importer as an exception instead of an outcome."""
    wb = load_workbook(field["first"])
    ws = wb["_meta"]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "form")
    ws.cell(row, 3, "part one")
    wb.save(tmp_path / "bad.xlsx")
    hq = open_data(tmp_path / "hq", backup=False)
    (outcome,) = import_paths(hq, [tmp_path / "bad.xlsx"], "hq")
    assert (outcome.result, outcome.readable, outcome.code) == ("rejected", False, "bad_meta")
    assert "form part: expected a whole number, got 'part one'" in outcome.reason
    assert hq.audits.count() == 0
    hq.close()


def test_unreadable_workbooks_carry_a_code_and_their_english_text(tmp_path):
    hq = open_data(tmp_path / "hq", backup=False)
    (tmp_path / "text.xlsx").write_bytes(b"just text")
    (outcome,) = import_paths(hq, [tmp_path / "text.xlsx"], "hq")
    assert outcome.code == "not_zip" and outcome.reason.startswith("not a workbook (not a zip")
    hq.close()


def test_a_rejected_workbook_counts_no_audit_as_stored_unverified(field, tmp_path, capsys):
    wb = load_workbook(field["first"])
    ws = wb["Answers"]
    col = [c.value for c in ws[1]].index("comment") + 1
    ws.cell(2, col, "edited at head office")
    wb.save(tmp_path / "edited.xlsx")
    hq = tmp_path / "hq"
    assert _import(hq, str(tmp_path / "edited.xlsx")) == 1
    out = capsys.readouterr().out
    assert "signer unverified" not in out.split("\n")[-2]  # the summary line
    assert "first seen" not in out and _audits(hq) == []
    with Store(hq) as s:
        assert s.certs.list() == []


def test_look_alike_names_and_ids_meet_the_known_certificate():
    from auditapp.trust.certs import name_key

    assert name_key("Chen\u200bJing") != name_key("Chen Jing")  # a joined word stays joined
    assert name_key("Chen Jing\u200b") == name_key("Chen Jing")
    assert name_key("  chen   JING ") == name_key("Chen Jing")
    assert name_key("ＡＵＤ-017") == name_key("aud-017") == name_key("AUD-017")
