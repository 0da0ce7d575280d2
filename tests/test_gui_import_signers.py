"""The desktop import (pytest-qt, offscreen): first-seen signer certificates offered for
acceptance, the "signer unverified" marking in the audits list, and import reasons in the
user's language."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from auditapp.demo import DEMO_PASSPHRASE, ensure_demo_identity, load_demo
from auditapp.reports.xlsx_export import export_xlsx
from auditapp.reports.xlsx_import import import_paths
from auditapp.services import open_data
from auditapp.store.certs import colon_hex
from auditapp.trust.identity import ALIAS, AUDITOR, certificate


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    """A workbook of Chen Jing's (AUD-017) audits, mystery shops among them, and for each
    of her two certificates (main, then alias) its name, fingerprint and how many of the
    audits it signed."""
    base = tmp_path_factory.mktemp("gui-import")
    field = open_data(base / "field", backup=False)
    load_demo(field, seed=3, audits=8)
    ensure_demo_identity(field)
    mine = [a.id for a in field.audits.list() if a.auditor.auditor_id == "AUD-017"]
    assert mine
    out = base / "chen.xlsx"
    export_xlsx(field, mine, out, DEMO_PASSPHRASE)
    from cryptography.hazmat.primitives import hashes

    mystery = sum(field.audits.get(i).kind == "mystery_shop" for i in mine)
    assert 0 < mystery < len(mine)
    signers = [
        (name, colon_hex(certificate(field.data_dir, role).fingerprint(hashes.SHA256()).hex()), n)
        for name, role, n in (
            ("Chen Jing", AUDITOR, len(mine) - mystery),
            ("Shopper Lark", ALIAS, mystery),
        )
    ]
    field.close()
    return out, signers, len(mine)


@pytest.fixture
def hq(tmp_path, monkeypatch):
    store = open_data(tmp_path / "hq", backup=False)
    store.settings.set("profile", {"name": "Head Office", "id": "HQ-1", "alias": ""})
    store.settings.set("ui_language", "en")
    shown = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(
            QMessageBox, kind, staticmethod(lambda *a, k=kind, **kw: shown.append((k, a)))
        )
    yield store
    QThreadPool.globalInstance().waitForDone()
    for widget in QApplication.topLevelWidgets():
        widget.close()
    store.close()
    assert not shown


def _status_texts(win):
    model = win.audits_page.model
    return [model.index(r, model.STATUS).data() for r in range(model.rowCount())]


def test_first_seen_certificates_are_offered_then_accepted(qtbot, hq, workbook, monkeypatch):
    from auditapp.ui.main_window import MainWindow

    path, signers, count = workbook
    win = MainWindow(hq, "en")
    qtbot.addWidget(win)
    win.show()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(path)], ""))
    )
    win.act_import.trigger()
    qtbot.waitUntil(lambda: win.exports.new_signers is not None, timeout=30_000)
    dialog = win.exports.new_signers
    table = dialog.table
    # one row per certificate: her main one and her alias one, both new for AUD-017
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert sorted(rows) == sorted(["AUD-017", name, fp, str(n)] for name, fp, n in signers)
    assert dialog.leave_button.isDefault()  # Enter never trusts by accident
    # stored, but marked, and the list says so
    assert all(a.signer_unverified for a in hq.audits.list())
    qtbot.waitUntil(lambda: len(_status_texts(win)) == count, timeout=10_000)
    assert all("signer unverified" in t for t in _status_texts(win))
    assert f"{count} with the signer unverified" in win.exports.results.summary.text()
    reasons = [win.exports.results.model.index(r, 4).data() for r in range(count)]
    assert all("first seen for auditor id AUD-017" in r for r in reasons)
    for _, fp, n in signers:
        assert sum(fp in r for r in reasons) == n

    dialog.accept_button.click()
    qtbot.waitUntil(lambda: "now verified" in win.statusBar().currentMessage(), timeout=30_000)
    assert not any(a.signer_unverified for a in hq.audits.list())
    assert [(c.auditor_id, c.how) for c in hq.certs.list()] == [("AUD-017", "accepted")] * 2
    qtbot.waitUntil(
        lambda: not any("signer unverified" in t for t in _status_texts(win)), timeout=10_000
    )


def test_leaving_them_unverified_stores_nothing_as_known(qtbot, hq, workbook, monkeypatch):
    from auditapp.ui.main_window import MainWindow

    path, _, _ = workbook
    win = MainWindow(hq, "en")
    qtbot.addWidget(win)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(path)], ""))
    )
    win.act_import.trigger()
    qtbot.waitUntil(lambda: win.exports.new_signers is not None, timeout=30_000)
    win.exports.new_signers.leave_button.click()
    QThreadPool.globalInstance().waitForDone()
    assert hq.certs.list() == []
    assert all(a.signer_unverified for a in hq.audits.list())


def _translator(tmp_path: Path, messages: dict[tuple[str, str], str]) -> QTranslator:
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    from xml.sax.saxutils import escape

    contexts: dict[str, list[str]] = {}
    for (ctx, src), text in messages.items():
        contexts.setdefault(ctx, []).append(
            f"<message><source>{escape(src)}</source><translation>{escape(text)}"
            "</translation></message>"
        )
    body = "".join(f"<context><name>{c}</name>{''.join(m)}</context>" for c, m in contexts.items())
    ts = tmp_path / "t.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" '
        f'language="zh_CN">{body}</TS>',
        encoding="utf-8",
    )
    qm = tmp_path / "t.qm"
    subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    tr = QTranslator()
    assert tr.load(str(qm))
    return tr


def test_import_reasons_are_translated_from_their_codes(qapp, hq, workbook, tmp_path):
    from auditapp.ui.import_reasons import outcome_reason
    from auditapp.ui.models import OutcomeTableModel

    path, _, _ = workbook
    import_paths(hq, [path], "hq", accept_new=True)
    again = import_paths(hq, [path], "hq")
    missing = import_paths(hq, [tmp_path / "nowhere.xlsx"], "hq")
    assert {o.code for o in again} == {"duplicate"}
    assert again[0].reason == "this revision is already stored"  # the CLI's English
    tr = _translator(
        tmp_path,
        {
            ("ImportReason", "this revision is already stored"): "此修订已存储",
            ("ImportReason", "no such file or folder"): "没有这个文件或文件夹",
        },
    )
    # installing a translator sends a language change to every live widget: none of the
    # windows earlier tests closed (over stores now closed) may still be around
    for widget in QApplication.topLevelWidgets():
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.installTranslator(tr)
    try:
        assert outcome_reason(again[0]) == "此修订已存储"
        model = OutcomeTableModel([*again, *missing])
        assert model.index(0, 4).data() == "此修订已存储"
        assert model.index(len(again), 4).data() == "没有这个文件或文件夹"
    finally:
        QCoreApplication.removeTranslator(tr)
    assert outcome_reason(again[0]) == "this revision is already stored"


def test_every_reason_and_marker_has_a_chinese_translation():
    """Each reason template is translated, in the .ts file or in a pending .tsv file."""
    import xml.etree.ElementTree as ET

    from auditapp.reports.import_reasons import REASONS

    root = Path(__file__).resolve().parents[1] / "resources" / "translations"
    have = set()
    for ctx in ET.parse(root / "auditapp_zh_CN.ts").getroot().iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            tr = m.find("translation")
            if tr is not None and (tr.text or "").strip() and tr.get("type") != "unfinished":
                have.add((name, m.findtext("source")))
    for tsv in (root / "pending").glob("*.tsv"):
        for line in tsv.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 3 and parts[2].strip():
                have.add((parts[0], parts[1]))
    wanted = {("ImportReason", t) for t in REASONS.values()} | {("Audit", "signer unverified")}
    assert not wanted - have, sorted(wanted - have)[:5]
