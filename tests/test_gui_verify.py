"""The "Verify a report" dialog (pytest-qt, offscreen): verdict, signers, fingerprints."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from auditapp.trust.identity import certificate_chain_pem, create_identity, show_identity
from auditapp.ui.verify_dialog import VerifyDialog
from tests.test_verify import PASS, report_pdf, signed


@pytest.fixture(scope="module")
def people(tmp_path_factory):
    root = tmp_path_factory.mktemp("people")
    me, other = root / "me", root / "other"
    create_identity(me, "Wang Fang", "AUD-042", PASS)
    create_identity(other, "Wang Fang", "AUD-042", PASS)  # same name, another key
    return me, other


def run(qtbot, dialog: VerifyDialog, path: Path, trust: Path | None = None) -> None:
    dialog.file.setText(str(path))
    dialog.trust.setText(str(trust) if trust else "")
    dialog.result = None
    dialog.verify_button.click()
    qtbot.waitUntil(lambda: dialog.verify_button.isEnabled(), timeout=20000)
    QThreadPool.globalInstance().waitForDone()


def test_dialog_tells_own_identity_trusted_folder_and_stranger_apart(qtbot, tmp_path, people):
    me, other = people
    mine = signed(tmp_path, me, name="mine.pdf")
    theirs = signed(tmp_path, other, report_pdf("88.3"), name="theirs.pdf")
    other_fp = show_identity(other).fingerprint

    # a head-office device without identity, no trust folder: unverified, fingerprint shown
    dialog = VerifyDialog(tmp_path / "no-identity")
    qtbot.addWidget(dialog)
    run(qtbot, dialog, theirs)
    assert dialog.result.verdict == "UNVERIFIED"
    assert "unverified" in dialog.verdict.text()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Wang Fang"
    assert dialog.table.item(0, 2).toolTip() == other_fp
    assert dialog.table.item(0, 2).text().replace("\n", "") == other_fp  # on two lines
    assert "Unknown" in dialog.table.item(0, 3).text()

    # the auditor's own device: its own report is known, the look-alike is not
    dialog = VerifyDialog(me)
    qtbot.addWidget(dialog)
    run(qtbot, dialog, mine)
    assert dialog.result.verdict == "INTACT"
    assert dialog.table.item(0, 3).text() == "This device's identity"
    run(qtbot, dialog, theirs)
    assert dialog.result.verdict == "UNTRUSTED"
    assert dialog.table.item(0, 2).toolTip() == other_fp

    # a trust folder holding the other certificate names its file
    folder = tmp_path / "auditors"
    folder.mkdir()
    (folder / "wang-fang-2.pem").write_bytes(certificate_chain_pem(other))
    run(qtbot, dialog, theirs, folder)
    assert dialog.result.verdict == "INTACT"
    assert dialog.table.item(0, 3).text() == "Trusted: wang-fang-2.pem"
    assert dialog.table.item(0, 4).text() == "no"


def test_dialog_shows_why_a_file_cannot_be_verified(qtbot, tmp_path):
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"not a pdf at all")
    dialog = VerifyDialog(tmp_path / "data")
    qtbot.addWidget(dialog)
    run(qtbot, dialog, junk)
    assert dialog.result is None and dialog.verdict.text() == "Cannot verify"
    assert "not a readable PDF" in dialog.explanation.text()
    empty = tmp_path / "empty"
    empty.mkdir()
    run(qtbot, dialog, junk, empty)
    assert "holds no certificate file" in dialog.explanation.text()


def test_file_menu_offers_verify(qtbot, store):
    from auditapp.ui.main_window import MainWindow

    window = MainWindow(store, "en")
    qtbot.addWidget(window)
    texts = [a.text() for a in window.file_menu.actions()]
    assert "Verify a report…" in texts
