"""Who signs: the main and the alias identity, the signer check on every export, the demo
that never replaces a profile or identity, and a mystery shop that reveals only the alias.

Checked with real parts: a real data folder, poppler's pdfsig/pdftotext for the PDF,
python-calamine and the raw XML of the .xlsx zip for the workbook.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from cryptography import x509
from PIL import Image
from python_calamine import CalamineWorkbook

from auditapp.cli import main
from auditapp.core.records import Auditor
from auditapp.demo import DEMO_PROFILE, ensure_demo_identity, load_demo
from auditapp.reports.errors import IdentityError
from auditapp.reports.export import export_pdf
from auditapp.reports.pdf_report import ReportOptions
from auditapp.reports.xlsx_export import export_xlsx
from auditapp.reports.xlsx_import import import_paths
from auditapp.services import open_data
from auditapp.store import AuditFilter
from auditapp.store.profile import load_profile, save_profile
from auditapp.trust import identity as idm

WANG = Auditor("Wang Fang", "AUD-042", "Shopper Q")
SECRET = "wang-fang-secret"
POPPLER = pytest.mark.skipif(
    shutil.which("pdfsig") is None or shutil.which("pdftotext") is None,
    reason="poppler-utils (pdfsig, pdftotext) not installed",
)


def _own_folder(path: Path, audits: int = 10):
    """Wang Fang's data folder: her profile and identities, then the demo data."""
    store = open_data(path, backup=False)
    save_profile(store.settings, WANG.name, WANG.auditor_id, WANG.alias)
    idm.create_identities(path, WANG.name, WANG.auditor_id, WANG.alias, SECRET)
    load_demo(store, seed=5, audits=audits)
    return store


@pytest.fixture(scope="module")
def wang(tmp_path_factory):
    store = _own_folder(tmp_path_factory.mktemp("wang") / "data")
    yield store
    store.close()


def _mystery(store):
    done = [
        a for a in store.audits.list(AuditFilter(status="completed")) if a.kind == "mystery_shop"
    ]
    assert done, "the demo seed gives a completed mystery shop"
    return done[0]


def _other_kind(store):
    return next(a for a in store.audits.list() if a.kind != "mystery_shop")


def _run(*args: str) -> str:
    return subprocess.run(list(args), capture_output=True, text=True).stdout


# -- the identities ---------------------------------------------------------------------
def test_alias_certificate_carries_the_alias_and_id_never_the_name(tmp_path):
    made = idm.create_identities(tmp_path, WANG.name, WANG.auditor_id, WANG.alias, SECRET)
    assert [m.common_name for m in made] == ["Wang Fang", "Shopper Q"]
    alias = idm.certificate(tmp_path, idm.ALIAS)
    assert "Wang Fang" not in alias.subject.rfc4514_string()
    assert "Wang Fang" not in alias.issuer.rfc4514_string()
    assert idm.show_identity(tmp_path, idm.ALIAS).serial_number == "AUD-042"
    assert b"Wang Fang" not in idm.certificate_chain_pem(tmp_path, idm.ALIAS)
    # the same passphrase opens both; another does not
    idm.load_p12(tmp_path, SECRET)
    idm.load_p12(tmp_path, SECRET, idm.ALIAS)
    with pytest.raises(IdentityError, match="alias identity"):
        idm.load_p12(tmp_path, "wrong-passphrase", idm.ALIAS)
    # a profile without an alias keeps no alias certificate
    idm.create_identities(tmp_path, WANG.name, WANG.auditor_id, "", SECRET, replace=True)
    assert not idm.has_identity(tmp_path, idm.ALIAS)


def test_signing_role_and_check_signer(tmp_path):
    idm.create_identities(tmp_path, WANG.name, WANG.auditor_id, WANG.alias, SECRET)
    main_cert, alias_cert = idm.certificate(tmp_path), idm.certificate(tmp_path, idm.ALIAS)
    assert idm.signing_role(WANG, mystery=True) == idm.ALIAS
    assert idm.signing_role(WANG, mystery=False) == idm.AUDITOR
    assert idm.signing_role(Auditor("Zhao Lei", "INS-004"), mystery=True) == idm.AUDITOR
    idm.check_signer(main_cert, WANG, mystery=False)
    idm.check_signer(alias_cert, WANG, mystery=True)
    with pytest.raises(IdentityError, match="'Shopper Q'.*names 'Wang Fang'"):
        idm.check_signer(main_cert, WANG, mystery=True, audit="abcd1234")
    chen = Auditor("Chen Jing", "AUD-017", "Shopper Lark")
    with pytest.raises(IdentityError) as err:
        idm.check_signer(main_cert, chen, mystery=False, audit="abcd1234 (SH-1, 2026-11-30)")
    text = str(err.value)
    assert "abcd1234" in text and "Chen Jing" in text and "Wang Fang" in text
    # the same name under another auditor id is another person
    namesake = Auditor("Wang Fang", "AUD-999")
    with pytest.raises(IdentityError, match="auditor id 'AUD-042'"):
        idm.check_signer(main_cert, namesake, mystery=False)
    assert idm.identity_mismatches(tmp_path, WANG) == []
    assert idm.identity_mismatches(tmp_path, Auditor("Wang Fang", "AUD-042", "Shopper R")) == [
        idm.ALIAS
    ]
    assert idm.identity_mismatches(tmp_path, Auditor("Wang Fang", "AUD-042")) == [idm.ALIAS]
    assert idm.identity_mismatches(tmp_path, Auditor("Wang F.", "AUD-042", "Shopper Q")) == [
        idm.AUDITOR
    ]


# -- the demo never replaces ------------------------------------------------------------
def test_demo_keeps_the_users_profile_and_identity(tmp_path):
    store = open_data(tmp_path / "data", backup=False)
    save_profile(store.settings, WANG.name, WANG.auditor_id, WANG.alias)
    idm.create_identities(store.data_dir, WANG.name, WANG.auditor_id, WANG.alias, SECRET)
    before = (idm.show_identity(store.data_dir), idm.show_identity(store.data_dir, idm.ALIAS))
    load_demo(store, seed=3, audits=6)
    assert ensure_demo_identity(store) is False
    after = (idm.show_identity(store.data_dir), idm.show_identity(store.data_dir, idm.ALIAS))
    assert after == before
    assert load_profile(store.settings) == {
        "name": "Wang Fang",
        "id": "AUD-042",
        "alias": "Shopper Q",
    }
    assert {a.auditor for a in store.audits.list()} == {WANG}
    store.close()


def test_demo_installs_no_identity_beside_a_profile_without_one(tmp_path):
    store = open_data(tmp_path / "data", backup=False)
    save_profile(store.settings, WANG.name, WANG.auditor_id, WANG.alias)
    load_demo(store, seed=3, audits=2)
    assert ensure_demo_identity(store) is False
    assert not idm.has_identity(store.data_dir) and not idm.has_identity(store.data_dir, idm.ALIAS)
    store.close()


def test_demo_beside_an_identity_without_profile_uses_the_identitys_person(tmp_path):
    store = open_data(tmp_path / "data", backup=False)
    idm.create_identities(store.data_dir, WANG.name, WANG.auditor_id, WANG.alias, SECRET)
    before = idm.show_identity(store.data_dir)
    load_demo(store, seed=3, audits=4)
    assert ensure_demo_identity(store) is False
    assert idm.show_identity(store.data_dir) == before
    assert {a.auditor for a in store.audits.list()} == {WANG}
    export_xlsx(store, [a.id for a in store.audits.list()], tmp_path / "x.xlsx", SECRET)
    store.close()


def test_demo_on_an_empty_folder_brings_its_profile_and_both_identities(tmp_path):
    store = open_data(tmp_path / "data", backup=False)
    load_demo(store, seed=3, audits=2)
    assert ensure_demo_identity(store) is True
    assert load_profile(store.settings)["name"] == DEMO_PROFILE.name
    assert idm.show_identity(store.data_dir).common_name == "Chen Jing"
    assert idm.show_identity(store.data_dir, idm.ALIAS).common_name == "Shopper Lark"
    assert ensure_demo_identity(store) is False  # never twice
    store.close()


# -- every export checks the signer -----------------------------------------------------
@pytest.fixture
def with_stranger(tmp_path):
    """Wang Fang's folder holding one audit by another auditor (copied in, say)."""
    store = _own_folder(tmp_path / "data", audits=3)
    digest, _form = next((d, f) for d, f in store.forms.latest() if f.kind.value != "mystery_shop")
    site = store.sites.list()[0].code
    other = store.audits.create(digest, site, Auditor("Chen Jing", "AUD-017", "Shopper Lark"))
    yield store, other
    store.close()


def test_pdf_export_refuses_another_auditors_audit(with_stranger, tmp_path, monkeypatch, capsys):
    store, other = with_stranger
    out = tmp_path / "other.pdf"
    with pytest.raises(IdentityError) as err:
        export_pdf(store, other.id, out, ReportOptions(), SECRET)
    text = str(err.value)
    assert other.id[:8] in text and "'Chen Jing'" in text and "'Wang Fang'" in text
    assert not out.exists() and not list(tmp_path.glob(".tmp-*"))
    # unsigned drafts stay possible: nobody's signature is claimed
    assert export_pdf(store, other.id, out, ReportOptions(), None).signed is False

    monkeypatch.setenv("AUDITAPP_PASSPHRASE", SECRET)
    cli_out = tmp_path / "cli.pdf"
    code = main(
        [
            "export",
            "--audit",
            other.id[:8],
            "--pdf",
            str(cli_out),
            "--data-dir",
            str(store.data_dir),
        ]
    )
    err_text = capsys.readouterr().err
    assert code == 1 and not cli_out.exists()
    assert other.id[:8] in err_text and "Chen Jing" in err_text and "Wang Fang" in err_text
    # a batch writes the audits that are hers and names the one it refused
    folder = tmp_path / "batch"
    code = main(["export", "--all", "--pdf-dir", str(folder), "--data-dir", str(store.data_dir)])
    captured = capsys.readouterr()
    assert code == 1
    assert len(list(folder.glob("*.pdf"))) == store.audits.count() - 1
    assert not any(other.id[:8] in p.name for p in folder.glob("*.pdf"))
    assert "Chen Jing" in captured.err and "1 failed" in captured.out


def test_workbook_export_refuses_and_writes_nothing(with_stranger, tmp_path, monkeypatch, capsys):
    store, other = with_stranger
    ids = [a.id for a in store.audits.list()]
    out = tmp_path / "all.xlsx"
    with pytest.raises(IdentityError) as err:
        export_xlsx(store, ids, out, SECRET)
    assert other.id[:8] in str(err.value) and "Chen Jing" in str(err.value)
    assert not out.exists() and not list(tmp_path.glob(".tmp-*"))
    monkeypatch.setenv("AUDITAPP_PASSPHRASE", SECRET)
    code = main(["export", "--all", "--xlsx", str(out), "--data-dir", str(store.data_dir)])
    assert code == 1 and not out.exists()
    assert "Wang Fang" in capsys.readouterr().err
    mine = [i for i in ids if i != other.id]
    assert export_xlsx(store, mine, out, SECRET) == len(mine)


def test_mystery_shop_needs_the_alias_identity(tmp_path):
    store = _own_folder(tmp_path / "data", audits=10)
    idm.remove_identity(store.data_dir, idm.ALIAS)
    audit = _mystery(store)
    out = tmp_path / "m.pdf"
    with pytest.raises(IdentityError, match="no alias identity"):
        export_pdf(store, audit.id, out, ReportOptions(), SECRET)
    with pytest.raises(IdentityError, match="no alias identity"):
        export_xlsx(store, [audit.id], tmp_path / "m.xlsx", SECRET)
    assert not out.exists() and not (tmp_path / "m.xlsx").exists()
    store.close()


# -- a mystery shop reveals only the alias ----------------------------------------------
@POPPLER
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_mystery_shop_pdf_is_signed_by_the_alias_and_never_names_her(wang, tmp_path, lang):
    audit = _mystery(wang)
    assert any(s.name == "Wang Fang" for s in wang.signoff.signatures(audit.id))  # stored
    out = tmp_path / f"mystery-{lang}.pdf"
    export_pdf(wang, audit.id, out, ReportOptions(lang=lang), SECRET)
    sig = _run("pdfsig", str(out))
    assert "Signature is Valid" in sig
    assert "Common Name: Shopper Q" in sig and "Wang Fang" not in sig
    text = _run("pdftotext", "-enc", "UTF-8", str(out), "-")
    assert "Shopper Q" in text and "Wang Fang" not in text
    raw = out.read_bytes()
    # nor in the metadata, the stamp or the certificate inside the (hex) signature
    assert b"Wang Fang" not in raw and b"Wang Fang".hex().encode() not in raw.lower()
    # intact, but without --trust its signer is unverified (exit 3)
    assert main(["verify", str(out)]) == 3
    # trusted only through her alias certificate, never through her main one
    alias_pem, main_pem = tmp_path / "alias.pem", tmp_path / "main.pem"
    alias_pem.write_bytes(idm.certificate_chain_pem(wang.data_dir, idm.ALIAS))
    main_pem.write_bytes(idm.certificate_chain_pem(wang.data_dir, idm.AUDITOR))
    assert main(["verify", str(out), "--trust", str(alias_pem)]) == 0
    assert main(["verify", str(out), "--trust", str(main_pem)]) == 1
    # an inspection is signed with her own name
    plain = tmp_path / f"plain-{lang}.pdf"
    export_pdf(wang, _other_kind(wang).id, plain, ReportOptions(lang=lang), SECRET)
    assert "Common Name: Wang Fang" in _run("pdfsig", str(plain))


def test_mystery_shop_workbook_shows_the_alias_in_every_sheet(wang, tmp_path):
    audit = _mystery(wang)
    ids = [audit.id, _other_kind(wang).id]
    if not any(c.owner == "Wang Fang" for c in wang.signoff.actions(audit.id)):
        # an action she owns herself, named in full
        wang.audits.reopen(audit.id, "add an action", "Wang Fang")
        wang.signoff.add_action(audit.id, None, "Re-visit", "Wang Fang", "2026-12-30", "Wang Fang")
        if not wang.signoff.signatures(audit.id):  # reopening cleared the sign-off
            png = io.BytesIO()
            Image.new("RGBA", (240, 80), (20, 30, 120, 255)).save(png, "PNG")
            png = png.getvalue()
            wang.signoff.sign(audit.id, "auditor", "Wang Fang", png, "Wang Fang")
        wang.audits.complete(audit.id, "Wang Fang")
    assert any(s.name == "Wang Fang" for s in wang.signoff.signatures(audit.id))
    assert any(c.owner == "Wang Fang" for c in wang.signoff.actions(audit.id))
    only = tmp_path / "mystery.xlsx"
    export_xlsx(wang, [audit.id], only, SECRET)
    wb = CalamineWorkbook.from_path(str(only))
    seen = {}
    for name in wb.sheet_names:
        cells = [str(c) for row in wb.get_sheet_by_name(name).to_python() for c in row]
        assert not any("Wang Fang" in c for c in cells), name
        seen[name] = any("Shopper Q" in c for c in cells)
    assert seen["Summary"] and seen["Audits"] and seen["Signatures"] and seen["Actions"]
    # the raw XML of every part of the zip (shared strings, hidden _meta, properties)
    with zipfile.ZipFile(only) as z:
        for part in z.namelist():
            assert b"Wang Fang" not in z.read(part), part
    # the embedded certificate is the alias one
    meta = wb.get_sheet_by_name("_meta").to_python()
    pems = [c for row in meta if row and row[0] == "audit" for c in row if "BEGIN CERT" in str(c)]
    assert pems
    for pem in pems:
        cert = x509.load_pem_x509_certificates(pem.encode("ascii"))[0]
        assert idm.common_name(cert) == "Shopper Q"
        assert "Wang Fang" not in cert.subject.rfc4514_string()

    # mixed workbook: each audit carries the certificate of its own role
    both = tmp_path / "both.xlsx"
    export_xlsx(wang, ids, both, SECRET)
    rows = CalamineWorkbook.from_path(str(both)).get_sheet_by_name("_meta").to_python()
    names = {
        row[1]: idm.common_name(x509.load_pem_x509_certificates(row[5].encode())[0])
        for row in rows
        if row and row[0] == "audit"
    }
    assert names == {ids[0]: "Shopper Q", ids[1]: "Wang Fang"}
    # and head office imports both, digests and signatures verified from the sheets
    hq = open_data(tmp_path / "hq", backup=False)
    assert {o.result for o in import_paths(hq, [both], "hq")} == {"imported"}
    stored = hq.audits.get(audit.id)
    assert stored.auditor.name == "Shopper Q" and stored.auditor.auditor_id == "AUD-042"
    assert all(s.name != "Wang Fang" for s in hq.signoff.signatures(audit.id))
    hq.close()


# -- the command line -------------------------------------------------------------------
def test_identity_cli_creates_shows_and_imports_both_identities(tmp_path, monkeypatch, capsys):
    data = tmp_path / "data"
    monkeypatch.setenv("AUDITAPP_PASSPHRASE", SECRET)
    base = ["--data-dir", str(data)]
    assert main(["identity", "create", "--name", "Wang Fang", "--id", "AUD-042", *base]) == 0
    capsys.readouterr()
    assert main(["identity", "show", *base]) == 0
    out = capsys.readouterr().out
    assert "no alias identity" in out and out.count("fingerprint: SHA-256") == 1
    args = ["identity", "create", "--only-alias", "--alias", "Shopper Q", "--id", "AUD-042"]
    assert main([*args, *base]) == 0
    capsys.readouterr()
    assert main(["identity", "show", *base]) == 0
    out = capsys.readouterr().out
    assert out.count("fingerprint: SHA-256") == 2
    assert idm.show_identity(data, idm.ALIAS).fingerprint in out
    assert idm.show_identity(data).fingerprint in out
    alias_part = out[out.index("alias identity") :]
    assert "CN=Shopper Q" in alias_part and "Wang Fang" not in alias_part
    pem = tmp_path / "alias.pem"
    assert main(["identity", "export-cert", str(pem), "--role", "alias", *base]) == 0
    assert pem.read_bytes() == idm.certificate_chain_pem(data, idm.ALIAS)
    # an "alias" certificate that names her is refused and the alias identity kept
    named = tmp_path / "named"
    idm.create_identity(named, "Wang Fang (Shopper Q)", "AUD-042", SECRET)
    p12 = tmp_path / "named.p12"
    p12.write_bytes(idm.load_p12(named, SECRET))
    kept = idm.show_identity(data, idm.ALIAS).fingerprint
    code = main(["identity", "import", str(p12), "--role", "alias", "--replace", *base])
    assert code == 1 and "names the auditor" in capsys.readouterr().err
    assert idm.show_identity(data, idm.ALIAS).fingerprint == kept
    # --only-alias needs the main identity's passphrase
    monkeypatch.setenv("AUDITAPP_PASSPHRASE", "another-passphrase")
    assert main([*args, "--replace", *base]) == 1
    assert "wrong passphrase" in capsys.readouterr().err


def test_a_key_file_that_does_not_match_the_certificate_is_refused(tmp_path):
    from auditapp.reports.errors import IdentityError as _IdentityError
    from auditapp.trust.identity import create_identity, identity_dir, load_p12

    mine, other = tmp_path / "mine", tmp_path / "other"
    create_identity(mine, "Wang Fang", "AUD-042", "passphrase-1")
    create_identity(other, "Chen Jing", "AUD-017", "passphrase-1")
    # the clear certificate says Wang Fang, the key file holds Chen Jing's certificate
    (identity_dir(mine) / "auditor.p12").write_bytes(
        (identity_dir(other) / "auditor.p12").read_bytes()
    )
    with pytest.raises(_IdentityError, match="do not belong together"):
        load_p12(mine, "passphrase-1")


def test_a_mystery_shop_without_an_alias_is_never_signed_with_the_real_name(tmp_path):
    from auditapp.core.records import Auditor as _Auditor
    from auditapp.reports.errors import IdentityError as _IdentityError
    from auditapp.trust.identity import certificate, check_signer, create_identity

    create_identity(tmp_path, "Wang Fang", "AUD-042", "passphrase-1")
    cert = certificate(tmp_path)
    no_alias = _Auditor("Wang Fang", "AUD-042", "")
    check_signer(cert, no_alias, mystery=False)  # an inspection: her own name signs
    with pytest.raises(_IdentityError, match="mystery shop by an auditor without an alias"):
        check_signer(cert, no_alias, mystery=True, audit="x")


def test_the_real_name_is_replaced_in_any_case_and_spacing():
    from auditapp.trust.record import replace_name

    assert replace_name("chen jing (auditor)", "Chen Jing", "Shopper Q") == "Shopper Q (auditor)"
    assert replace_name("CHEN  JING to follow up", "Chen Jing", "Shopper Q") == (
        "Shopper Q to follow up"
    )
    assert replace_name("Manager Wu", "Chen Jing", "Shopper Q") == "Manager Wu"
