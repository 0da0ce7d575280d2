"""Identities, PAdES signing and verification, checked against poppler's pdfsig."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import copy_into_new_writer
from reportlab.pdfgen import canvas

from auditapp.cli import main
from auditapp.reports.errors import IdentityError
from auditapp.reports.signing import load_trust, sign_pdf, verify_pdf
from auditapp.trust.identity import (
    certificate_chain_pem,
    create_identity,
    import_identity,
    load_p12,
    show_identity,
)

PASS = "correct horse battery"


def simple_pdf(pages: int = 2) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for n in range(pages):
        c.drawString(100, 700, f"page {n + 1} " + "x" * 50)
        c.showPage()
    c.save()
    return buf.getvalue()


def pdfsig(path: Path) -> str:
    res = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True)
    return res.stdout + res.stderr


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def make_ca(cn: str = "Head Office Audit CA"):
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(cn))
        .issuer_name(_name(cn))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def issue_p12(tmp_path: Path, ca_key, ca_cert, cn: str, passphrase: str) -> Path:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(cn))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    blob = pkcs12.serialize_key_and_certificates(
        b"auditor", key, cert, [ca_cert], serialization.BestAvailableEncryption(passphrase.encode())
    )
    path = tmp_path / f"{cn}.p12"
    path.write_bytes(blob)
    return path


@pytest.fixture
def identity(tmp_path):
    data = tmp_path / "data"
    create_identity(data, "李娜 Li Na", "AUD-017", PASS)
    return data


def signed_file(tmp_path: Path, data: Path, name: str = "signed.pdf") -> Path:
    out = tmp_path / name
    out.write_bytes(sign_pdf(simple_pdf(), load_p12(data, PASS), PASS, (-1, 300, 40, 560, 110)))
    return out


def test_identity_create_show_and_refusals(identity):
    info = show_identity(identity)
    assert "CN=李娜 Li Na" in info.subject and info.self_signed
    assert len(info.fingerprint.split(":")) == 32
    with pytest.raises(IdentityError, match="wrong passphrase"):
        load_p12(identity, "not the passphrase")
    with pytest.raises(IdentityError, match="already holds an identity"):
        create_identity(identity, "Other", "", PASS)
    with pytest.raises(IdentityError, match="at least 8"):
        create_identity(identity.parent / "x", "Other", "", "short")
    p12 = (identity / "identity" / "auditor.p12").read_bytes()
    assert (
        b"PRIVATE KEY" not in p12
        and (identity / "identity" / "auditor.p12").stat().st_mode & 0o077 == 0
    )


def test_fresh_signature_is_valid_for_us_and_for_pdfsig(tmp_path, identity):
    path = signed_file(tmp_path, identity)
    v = verify_pdf(path)
    assert v.signed and v.intact and "李娜" in v.signer and v.trusted is None
    # without a trust anchor nobody knows who signed: unverified, with the fingerprint
    assert v.verdict == "UNVERIFIED" and not v.ok
    assert v.fingerprint == show_identity(identity).fingerprint
    out = pdfsig(path)
    assert "Signature is Valid" in out and "Total document signed" in out
    assert "ETSI.CAdES.detached" in out  # PAdES


def _stream_byte(data: bytes) -> int:
    start = data.index(b"stream", data.index(b"/Contents")) + 40
    return start


def test_flipped_byte_is_altered_for_both(tmp_path, identity):
    path = signed_file(tmp_path, identity)
    data = bytearray(path.read_bytes())
    i = _stream_byte(bytes(data))
    data[i] ^= 0x01
    bad = tmp_path / "flipped.pdf"
    bad.write_bytes(bytes(data))
    v = verify_pdf(bad)
    assert not v.intact and any("changed" in p for p in v.problems)
    out = pdfsig(bad)
    assert "Signature is Valid" not in out
    assert main(["verify", str(bad)]) == 1


def test_appended_page_is_altered(tmp_path, identity):
    path = signed_file(tmp_path, identity)
    w = IncrementalPdfFileWriter(io.BytesIO(path.read_bytes()))
    from pyhanko.pdf_utils import generic

    page = generic.DictionaryObject(
        {
            generic.NameObject("/Type"): generic.NameObject("/Page"),
            generic.NameObject("/MediaBox"): generic.ArrayObject(
                [generic.NumberObject(n) for n in (0, 0, 595, 842)]
            ),
        }
    )
    w.insert_page(page)
    out = io.BytesIO()
    w.write(out)
    appended = tmp_path / "appended.pdf"
    appended.write_bytes(out.getvalue())
    v = verify_pdf(appended)
    assert not v.intact and any("after signing" in p for p in v.problems)
    assert "Total document signed" not in pdfsig(appended)
    assert main(["verify", str(appended)]) == 1


def test_resaved_copy_is_altered(tmp_path, identity):
    path = signed_file(tmp_path, identity)
    reader = PdfFileReader(io.BytesIO(path.read_bytes()))
    w = copy_into_new_writer(reader)
    out = io.BytesIO()
    w.write(out)
    resaved = tmp_path / "resaved.pdf"
    resaved.write_bytes(out.getvalue())
    v = verify_pdf(resaved)
    assert not v.ok
    assert main(["verify", str(resaved)]) == 1


def test_trust_chain_with_an_organisation_identity(tmp_path):
    ca_key, ca_cert = make_ca()
    p12 = issue_p12(tmp_path, ca_key, ca_cert, "Wang Fang", "org-issued-pass")
    data = tmp_path / "data"
    info = import_identity(data, p12, "org-issued-pass")
    assert not info.self_signed and "Head Office Audit CA" in info.issuer
    with pytest.raises(IdentityError, match="passphrase is wrong"):
        import_identity(tmp_path / "other", p12, "nope-nope-nope")
    ca_pem = tmp_path / "ca.pem"
    ca_pem.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    signed = tmp_path / "org.pdf"
    signed.write_bytes(sign_pdf(simple_pdf(), load_p12(data, "org-issued-pass"), "org-issued-pass"))
    assert verify_pdf(signed, load_trust(ca_pem)).trusted is True
    _, other_ca = make_ca("Somebody Else CA")
    other_pem = tmp_path / "other.pem"
    other_pem.write_bytes(other_ca.public_bytes(serialization.Encoding.PEM))
    v = verify_pdf(signed, load_trust(other_pem))
    assert v.intact and v.trusted is False and not v.ok
    assert main(["verify", str(signed), "--trust", str(ca_pem)]) == 0
    assert main(["verify", str(signed), "--trust", str(other_pem)]) == 1


def test_verify_exit_codes(tmp_path, identity, capsys):
    good = signed_file(tmp_path, identity)
    unsigned = tmp_path / "unsigned.pdf"
    unsigned.write_bytes(simple_pdf())
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"this is not a pdf")
    assert main(["verify", str(good)]) == 3  # intact, signer unverified
    assert main(["verify", str(good), str(unsigned)]) == 1
    assert main(["verify", str(good), str(junk)]) == 2
    assert main(["verify", str(tmp_path / "missing.pdf")]) == 2
    out = capsys.readouterr().out
    assert "UNVERIFIED" in out and "UNSIGNED" in out and "UNREADABLE" in out
    assert "INTACT" not in out


def test_identity_cli_never_echoes_the_passphrase(tmp_path):
    data = tmp_path / "data"
    secret = tmp_path / "pass.txt"
    secret.write_text("s3cret-Passphrase\n", encoding="utf-8")
    res = subprocess.run(
        [
            "python",
            "-m",
            "auditapp",
            "identity",
            "create",
            "--name",
            "Zhao Lei",
            "--id",
            "INS-4",
            "--data-dir",
            str(data),
            "--passphrase-file",
            str(secret),
        ],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
        env={"PATH": str(Path(__import__("sys").executable).parent), "HOME": str(tmp_path)},
    )
    assert res.returncode == 0, res.stderr
    assert "s3cret" not in res.stdout + res.stderr
    assert "fingerprint: SHA-256" in res.stdout
    pem = tmp_path / "cert.pem"
    assert main(["identity", "export-cert", str(pem), "--data-dir", str(data)]) == 0
    assert pem.read_bytes() == certificate_chain_pem(data)
    res = subprocess.run(
        [
            "python",
            "-m",
            "auditapp",
            "identity",
            "create",
            "--name",
            "X",
            "--data-dir",
            str(tmp_path / "d2"),
        ],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        cwd=Path(__file__).resolve().parents[1],
        env={"PATH": str(Path(__import__("sys").executable).parent), "HOME": str(tmp_path)},
    )
    assert res.returncode == 1 and "AUDITAPP_PASSPHRASE" in res.stderr
