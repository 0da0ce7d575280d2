"""The importer's chain check: only a CA certificate vouches for another."""

from __future__ import annotations

import datetime as dt

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from auditapp.trust.certs import chain_trusted


def _cert(cn: str, key, issuer=None, issuer_key=None, ca: bool = False) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(issuer.subject if issuer else name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .sign(issuer_key or key, hashes.SHA256())
    )


def test_an_auditor_certificate_vouches_for_itself_only():
    lina_key, forged_key, ca_key = (ec.generate_private_key(ec.SECP256R1()) for _ in range(3))
    lina = _cert("Li Na", lina_key)
    forged = _cert("Chen Jing", forged_key, lina, lina_key)  # issued with Li Na's key
    assert chain_trusted([lina], [lina])  # her own certificate: trusted by fingerprint
    assert not chain_trusted([forged, lina], [lina])
    assert not chain_trusted([forged], [lina])
    ca = _cert("Organisation CA", ca_key, ca=True)
    issued = _cert("Chen Jing", forged_key, ca, ca_key)
    assert chain_trusted([issued], [ca])  # the organisation's CA does vouch
