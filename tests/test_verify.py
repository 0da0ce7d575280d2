"""``auditapp verify`` against forgeries: re-signed, counter-signed, annotated, padded."""

from __future__ import annotations

import io
import subprocess
import tracemalloc
from pathlib import Path

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from reportlab.pdfgen import canvas

from auditapp.cli import main
from auditapp.reports.errors import VerifyError
from auditapp.reports.signing import (
    ALTERED,
    UNTRUSTED,
    UNVERIFIED,
    load_trust,
    sign_pdf,
    verify_pdf,
)
from auditapp.trust.identity import (
    certificate_chain_pem,
    create_identity,
    load_p12,
    show_identity,
)

PASS = "correct horse battery"
BOX = (0, 300.0, 40.0, 560.0, 110.0)


def report_pdf(score: str = "83.3") -> bytes:
    """A small uncompressed report whose score can be edited in the content stream."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pageCompression=0)
    c.drawString(100, 700, f"Overall score {score}% PASS")
    c.showPage()
    c.drawString(100, 700, "page 2")
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture(scope="module")
def auditor(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("auditor")
    create_identity(data, "Chen Jing", "AUD-017", PASS)
    return data


@pytest.fixture(scope="module")
def forger(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("forger")
    create_identity(data, "Chen Jing", "AUD-017", PASS)  # same name, another key
    return data


@pytest.fixture(scope="module")
def head_office(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("head-office")
    create_identity(data, "Head Office Reviewer", "HO-1", PASS)
    return data


def signed(tmp_path: Path, data: Path, pdf: bytes | None = None, name: str = "r.pdf") -> Path:
    out = tmp_path / name
    out.write_bytes(sign_pdf(pdf or report_pdf(), load_p12(data, PASS), PASS, BOX))
    return out


def cert_file(tmp_path: Path, data: Path, name: str) -> Path:
    out = tmp_path / name
    out.write_bytes(certificate_chain_pem(data))
    return out


def countersign(path: Path, data: Path, out: Path) -> Path:
    """A second signature over the whole file, in a field of its own."""
    signer = signers.SimpleSigner.load_pkcs12_data(
        load_p12(data, PASS), other_certs=[], passphrase=PASS.encode()
    )
    w = IncrementalPdfFileWriter(io.BytesIO(path.read_bytes()))
    meta = signers.PdfSignatureMetadata(
        field_name="HeadOffice", subfilter=fields.SigSeedSubFilter.PADES, md_algorithm="sha256"
    )
    buf = io.BytesIO()
    signers.PdfSigner(meta, signer=signer).sign_pdf(w, output=buf)
    out.write_bytes(buf.getvalue())
    return out


def pdfsig(path: Path) -> str:
    res = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True)
    return res.stdout + res.stderr


def test_forged_resigned_report_is_not_intact_and_shows_another_fingerprint(
    tmp_path, auditor, forger, capsys
):
    genuine = signed(tmp_path, auditor, name="genuine.pdf")
    tampered = report_pdf().replace(b"83.3", b"88.3")
    assert tampered != report_pdf()
    forged = signed(tmp_path, forger, tampered, name="forged.pdf")
    real_fp = show_identity(auditor).fingerprint
    forged_fp = show_identity(forger).fingerprint
    assert real_fp != forged_fp

    v = verify_pdf(forged)
    assert v.intact and v.verdict == UNVERIFIED and not v.ok
    assert v.signer == "Chen Jing" and v.fingerprint == forged_fp
    capsys.readouterr()
    code = main(["verify", str(forged)])
    out = capsys.readouterr().out
    assert code == 3  # never 0 without a trust anchor
    assert "INTACT" not in out and "UNVERIFIED" in out and "unverified" in out
    assert f"SHA-256 {forged_fp}" in out and real_fp not in out

    # head office holds the real certificate: the forgery is untrusted, the genuine intact
    real = cert_file(tmp_path, auditor, "chen-jing.pem")
    assert verify_pdf(forged, load_trust(real)).verdict == UNTRUSTED
    assert main(["verify", str(forged), "--trust", str(real)]) == 1
    assert main(["verify", str(genuine), "--trust", str(real)]) == 0
    out = capsys.readouterr().out
    assert "INTACT" in out and f"SHA-256 {real_fp}" in out and "chen-jing.pem" in out


def test_change_after_the_auditors_signature_is_altered_whoever_signs_later(
    tmp_path, auditor, head_office, capsys
):
    first = signed(tmp_path, auditor)
    # an incremental update replaces page 1's content, then somebody signs the whole file
    w = IncrementalPdfFileWriter(io.BytesIO(first.read_bytes()))
    page = w.root["/Pages"]["/Kids"][0].get_object()
    stream = generic.StreamObject(stream_data=b"BT /F1 24 Tf 100 700 Td (SCORE 100% PASS) Tj ET")
    page["/Contents"] = w.add_object(stream)
    w.update_container(page)
    replaced = tmp_path / "replaced.pdf"
    buf = io.BytesIO()
    w.write(buf)
    replaced.write_bytes(buf.getvalue())
    both = countersign(replaced, head_office, tmp_path / "countersigned.pdf")

    # pdfsig judges each signature alone: both valid, the last covering the whole file
    checked = pdfsig(both)
    assert checked.count("Signature is Valid") == 2 and "Total document signed" in checked
    v = verify_pdf(both)
    assert len(v.signatures) == 2 and v.verdict == ALTERED
    first_sig, second_sig = v.signatures
    assert first_sig.changed_after and first_sig.intact and first_sig.signer == "Chen Jing"
    assert not second_sig.changed_after and second_sig.signer == "Head Office Reviewer"
    capsys.readouterr()
    assert main(["verify", str(both)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("ALTERED") and "Head Office Reviewer" in out and "Chen Jing" in out
    assert out.count("fingerprint:   SHA-256") == 2


def test_a_later_signature_is_a_change_even_by_a_trusted_signer(tmp_path, auditor, head_office):
    # A report is signed once. A later signature field's visible stamp can draw anything
    # over the page ("RESULT: 100% PASS"), so it counts as a change to the auditor's report.
    both = countersign(signed(tmp_path, auditor), head_office, tmp_path / "both.pdf")
    v = verify_pdf(both)
    assert [s.changed_after for s in v.signatures] == [True, False]
    assert v.verdict == ALTERED
    trust = tmp_path / "trust"
    trust.mkdir()
    cert_file(trust, auditor, "chen.pem")
    cert_file(trust, head_office, "reviewer.crt")
    assert main(["verify", str(both), "--trust", str(trust)]) == 1


def test_annotation_appended_after_signing_is_altered_though_pdfsig_says_valid(tmp_path, auditor):
    path = signed(tmp_path, auditor)
    w = IncrementalPdfFileWriter(io.BytesIO(path.read_bytes()))
    page = w.root["/Pages"]["/Kids"][0].get_object()
    annot = w.add_object(
        generic.DictionaryObject(
            {
                generic.NameObject("/Type"): generic.NameObject("/Annot"),
                generic.NameObject("/Subtype"): generic.NameObject("/Text"),
                generic.NameObject("/Rect"): generic.ArrayObject(
                    [generic.NumberObject(n) for n in (100, 600, 120, 620)]
                ),
                generic.NameObject("/Contents"): generic.TextStringObject("Score is 100%"),
            }
        )
    )
    annots = page["/Annots"]
    annots.append(annot)
    w.update_container(annots if isinstance(annots, generic.IndirectObject) else page)
    w.update_container(page)
    buf = io.BytesIO()
    w.write(buf)
    annotated = tmp_path / "annotated.pdf"
    annotated.write_bytes(buf.getvalue())
    assert "Signature is Valid" in pdfsig(annotated)  # what the README warns about
    v = verify_pdf(annotated)
    assert v.verdict == ALTERED and any("after signing" in p for p in v.problems)
    assert main(["verify", str(annotated)]) == 1


def test_tampered_file_with_trust_names_only_the_digest_mismatch(tmp_path, auditor):
    path = signed(tmp_path, auditor)
    data = bytearray(path.read_bytes())
    i = data.index(b"Overall score") + 3
    data[i] ^= 0x01
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(bytes(data))
    v = verify_pdf(bad, load_trust(cert_file(tmp_path, auditor, "chen.pem")))
    assert v.verdict == ALTERED
    assert any("digest mismatch" in p for p in v.problems)
    assert not any("trusted" in p for p in v.problems), v.problems


def test_trust_folder_and_its_refusals(tmp_path, auditor, forger, capsys):
    report = signed(tmp_path, auditor)
    folder = tmp_path / "auditors"
    folder.mkdir()
    cert_file(folder, forger, "someone.pem")
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    der = x509.load_pem_x509_certificate(certificate_chain_pem(auditor)).public_bytes(Encoding.DER)
    (folder / "chen-jing.cer").write_bytes(der)
    (folder / "notes.txt").write_text("not a certificate, and not read", encoding="utf-8")
    trust = load_trust(folder)
    assert len(trust.certs) == 2
    capsys.readouterr()
    assert main(["verify", str(report), "--trust", str(folder)]) == 0
    assert "chen-jing.cer" in capsys.readouterr().out

    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["verify", str(report), "--trust", str(empty)]) == 2
    assert "holds no certificate file" in capsys.readouterr().err
    assert main(["verify", str(report), "--trust", str(tmp_path / "nowhere")]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    (folder / "broken.pem").write_text("-----BEGIN CERTIFICATE-----\nAAAA\n", encoding="utf-8")
    with pytest.raises(VerifyError, match="broken.pem"):
        load_trust(folder)
    assert main(["verify", str(report), "--trust", str(folder)]) == 2


def test_padded_signature_and_oversized_file_are_refused_before_reading(tmp_path, auditor, capsys):
    signer = signers.SimpleSigner.load_pkcs12_data(
        load_p12(auditor, PASS), other_certs=[], passphrase=PASS.encode()
    )
    w = IncrementalPdfFileWriter(io.BytesIO(report_pdf()))
    meta = signers.PdfSignatureMetadata(field_name="Padded", md_algorithm="sha256")
    buf = io.BytesIO()
    signers.PdfSigner(meta, signer=signer).sign_pdf(w, output=buf, bytes_reserved=3_000_000)
    padded = tmp_path / "padded.pdf"
    padded.write_bytes(buf.getvalue())
    assert padded.stat().st_size > 3_000_000

    tracemalloc.start()
    try:
        with pytest.raises(VerifyError, match="far larger than any this app writes"):
            verify_pdf(padded)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 2.5 * padded.stat().st_size, peak  # the file once, no parsing
    assert main(["verify", str(padded)]) == 2
    # the hex string is bounded even when the byte range does not give it away
    hidden = tmp_path / "hidden.pdf"
    hidden.write_bytes(padded.read_bytes().replace(b"/ByteRange", b"/ByteRangX"))
    with pytest.raises(VerifyError, match="far larger than any this app writes"):
        verify_pdf(hidden)
    assert "UNREADABLE" in capsys.readouterr().out

    small = signed(tmp_path, auditor)
    with pytest.raises(VerifyError, match="more than any report can be"):
        verify_pdf(small, max_bytes=1000)


def test_stamp_box_is_upright(tmp_path, auditor):
    reader = PdfFileReader(io.BytesIO(signed(tmp_path, auditor).read_bytes()))
    page = reader.root["/Pages"]["/Kids"][0].get_object()
    widget = next(a.get_object() for a in page["/Annots"] if a.get_object().get("/FT") == "/Sig")
    bbox = [float(v) for v in widget["/AP"]["/N"].get_object()["/BBox"]]
    assert bbox == [0, 0, 260, 70]


def test_an_auditor_certificate_in_the_trust_folder_vouches_for_itself_only(tmp_path, head_office):
    """Another auditor's (non-CA) certificate among the trusted ones must not make a
    certificate issued with its key, named "Chen Jing", trusted."""
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    issuer_cert = x509.load_pem_x509_certificate(certificate_chain_pem(head_office))
    issuer_key = pkcs12.load_key_and_certificates(load_p12(head_office, PASS), PASS.encode())[0]
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, "Chen Jing"),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, "AUD-017"),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(issuer_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False), True
        )
        .sign(issuer_key, hashes.SHA256())  # type: ignore[arg-type]
    )
    p12 = pkcs12.serialize_key_and_certificates(
        b"forged", key, cert, [issuer_cert], serialization.BestAvailableEncryption(PASS.encode())
    )
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(sign_pdf(report_pdf("40.0"), p12, PASS, BOX))
    trust = tmp_path / "trust"
    trust.mkdir()
    cert_file(trust, head_office, "reviewer.pem")
    v = verify_pdf(forged, load_trust(trust))
    assert v.verdict == UNTRUSTED
    assert main(["verify", str(forged), "--trust", str(trust)]) == 1
