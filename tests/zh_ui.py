"""The Chinese UI for tests: the shipped translation with the pending texts
(resources/translations/pending/*.tsv) compiled in, so that new texts can be tested in
Chinese before they are filled into the .ts file."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "auditapp_zh_CN.ts"


def _tools_translations():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "translations_tool", ROOT / "tools" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_zh(folder: Path) -> Path:
    """Compile the .ts plus every pending text into ``folder``/auditapp_zh_CN.qm."""
    pending = _tools_translations().read_pending()
    tree = ET.parse(TS)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    for (context, source), text in pending.items():
        ctx = contexts.get(context)
        if ctx is None:
            ctx = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = context
            contexts[context] = ctx
        for message in ctx.findall("message"):
            if message.findtext("source") == source:
                ctx.remove(message)
        message = ET.SubElement(ctx, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation").text = text
    ts = folder / "auditapp_zh_CN.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is needed to compile the Chinese translation")
    qm = folder / "auditapp_zh_CN.qm"
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


def use_zh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the UI at the freshly compiled Chinese translation (for this test only)."""
    from auditapp.ui import i18n

    folder = tmp_path / "zh-translation"
    folder.mkdir()
    build_zh(folder)
    monkeypatch.setattr(i18n, "TRANSLATIONS", folder)
