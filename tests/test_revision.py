"""The sync envelope: built from a stored audit, verified as the server verifies it."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from auditapp.core.canonical import form_hash
from auditapp.demo import DEMO_PASSPHRASE, ensure_demo_identity, load_demo
from auditapp.services import open_data
from auditapp.store import Store
from auditapp.sync.envelope import envelope_for
from auditapp.trust.certs import fingerprint
from auditapp.trust.errors import RevisionRejected
from auditapp.trust.identity import certificate, certificate_chain_pem, create_identity, load_p12
from auditapp.trust.revision import (
    BlobRef,
    envelope_json,
    parse_envelope,
    verify_envelope,
)
from auditapp.trust.signature import load_signing_key


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    data = tmp_path_factory.mktemp("rev") / "data"
    store = open_data(data, backup=False)
    load_demo(store, seed=5, audits=6)
    ensure_demo_identity(store)
    key = load_signing_key(load_p12(data, DEMO_PASSPHRASE), DEMO_PASSPHRASE)
    chain = certificate_chain_pem(data).decode("ascii")
    yield store, key, chain, {fingerprint(certificate(data))}
    store.close()


def _completed(store: Store) -> str:
    return next(a.id for a in store.audits.list() if a.status.value == "completed")


def test_a_built_envelope_round_trips_and_verifies(demo) -> None:
    store, key, chain, registered = demo
    audit_id = _completed(store)
    env = envelope_for(store, audit_id, key, chain)
    body = envelope_json(env)
    assert envelope_json(parse_envelope(body)) == body  # identical bytes on a re-send
    audit = store.audits.get(audit_id)
    done = verify_envelope(parse_envelope(body), audit_id, audit.revision, None, registered)
    assert form_hash(done.form) == audit.form_hash
    # The server's score is the desktop's: one scoring code.
    assert done.result.percent == store.audits.score(audit_id).percent
    assert {b.sha256 for b in done.manifest} >= {p.sha256 for p in store.photos.list(audit_id)}
    # The form need not travel when the receiver knows it.
    light = envelope_for(store, audit_id, key, chain, include_form=False)
    verify_envelope(light, audit_id, audit.revision, done.form, registered)
    with pytest.raises(RevisionRejected) as err:
        verify_envelope(light, audit_id, audit.revision, None, registered)
    assert err.value.code == "unknown_form"


def _edited(body: bytes, change) -> bytes:
    data = json.loads(body)
    change(data)
    return json.dumps(data).encode()


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (lambda d: d["record"]["audit"].update(status="in_progress"), "not_locked"),
        (lambda d: d["record"]["answers"].pop(), "digest_mismatch"),
        (lambda d: d.update(signature=d["signature"][::-1]), "bad_signature"),
        (
            lambda d: d.update(
                chain="-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"
            ),
            "bad_certificate",
        ),
        (lambda d: d["score"].update(percent="100"), "score_mismatch"),
        (lambda d: d["blobs"].pop(0), "manifest_mismatch"),
        (lambda d: d.pop("digest"), "invalid_body"),
        (
            lambda d: d["blobs"].append({"sha256": "../../etc/passwd", "kind": "photo", "size": 1}),
            "invalid_body",
        ),
        (lambda d: d.update(format=2), "invalid_body"),
    ],
)
def test_each_tampering_has_its_own_code(demo, change, code: str) -> None:
    store, key, chain, registered = demo
    audit_id = _completed(store)
    audit = store.audits.get(audit_id)
    body = envelope_json(envelope_for(store, audit_id, key, chain))
    with pytest.raises(RevisionRejected) as err:
        verify_envelope(
            parse_envelope(_edited(body, change)), audit_id, audit.revision, None, registered
        )
    assert err.value.code == code, str(err.value)
    assert str(err.value)


def test_the_url_must_name_the_record_and_the_signer_must_be_registered(
    demo, tmp_path: Path
) -> None:
    store, key, chain, registered = demo
    audit_id = _completed(store)
    audit = store.audits.get(audit_id)
    env = envelope_for(store, audit_id, key, chain)
    with pytest.raises(RevisionRejected) as err:
        verify_envelope(env, audit_id, audit.revision + 1, None, registered)
    assert err.value.code == "path_mismatch"
    with pytest.raises(RevisionRejected) as err:
        verify_envelope(env, audit_id, audit.revision, None, set())
    assert err.value.code == "signer_not_registered"
    # Another person's key over the very same record is a valid signature, not theirs.
    other = tmp_path / "other"
    create_identity(other, "Mallory", "M-1", "correct horse battery", "Elsewhere")
    mkey = load_signing_key(load_p12(other, "correct horse battery"), "correct horse battery")
    forged = envelope_for(store, audit_id, mkey, certificate_chain_pem(other).decode())
    with pytest.raises(RevisionRejected) as err:
        verify_envelope(forged, audit_id, audit.revision, None, registered)
    assert err.value.code == "signer_not_registered"


def test_a_pdf_may_join_the_manifest_once(demo) -> None:
    store, key, chain, registered = demo
    audit_id = _completed(store)
    audit = store.audits.get(audit_id)
    pdf = BlobRef("ab" * 32, "pdf", 1000)
    env = envelope_for(store, audit_id, key, chain, pdf=pdf)
    assert pdf in verify_envelope(env, audit_id, audit.revision, None, registered).manifest
    twice = replace(env, blobs=(*env.blobs, BlobRef("cd" * 32, "pdf", 10)))
    with pytest.raises(RevisionRejected) as err:
        verify_envelope(twice, audit_id, audit.revision, None, registered)
    assert err.value.code == "manifest_mismatch"
