"""Update the Qt translation sources and compile them.

    python tools/translations.py          # lupdate -> resources/translations/*.ts, then lrelease -> .qm

The Chinese texts live in the .ts file (edited with Qt Linguist or by hand); lupdate keeps
them and adds new source strings as unfinished.

Translations may also be supplied as tab-separated files
``resources/translations/pending/*.tsv`` (context, source, translation per line; ``\\n``,
``\\t`` and ``\\\\`` escaped). After lupdate, each unfinished message found there is filled
in, so several changes can add texts without editing the same .ts file. Delete the .tsv
files once their content is in the .ts file.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
TS = ROOT / "resources" / "translations" / "auditapp_zh_CN.ts"
PENDING = TS.parent / "pending"


def _unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(text[i + 1], "\\" + text[i + 1]))
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def read_pending(folder: Path = PENDING) -> dict[tuple[str, str], str]:
    """(context, source) -> translation from every pending .tsv file."""
    found: dict[tuple[str, str], str] = {}
    for path in sorted(folder.glob("*.tsv")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                raise SystemExit(
                    f"{path.name} line {number}: expected context<TAB>source<TAB>translation"
                )
            context, source, text = (_unescape(p) for p in parts)
            found[(context, source)] = text
    return found


def fill_pending(ts: Path, pending: dict[tuple[str, str], str]) -> list[tuple[str, str]]:
    """Fill unfinished messages of ``ts`` from ``pending``; return those still unfinished."""
    tree = ET.parse(ts)
    missing = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            tr = message.find("translation")
            if tr is None or tr.get("type") != "unfinished":
                continue
            source = message.findtext("source") or ""
            text = pending.get((name, source))
            if text is None:
                missing.append((name, source))
                continue
            del tr.attrib["type"]
            forms = tr.findall("numerusform")
            if forms:
                for form in forms:
                    form.text = text
            else:
                tr.text = text
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


def _lupdate() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "auditapp" / "ui").rglob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-ts", str(TS.relative_to(ROOT)), "-no-obsolete"],
        cwd=ROOT,
        check=True,
    )


def main() -> int:
    _lupdate()
    pending = read_pending()
    missing = []
    if pending:
        missing = fill_pending(TS, pending)
        _lupdate()  # lupdate writes the file back in its own layout
    for context, source in missing:
        print(f"untranslated: {context}: {source!r}", file=sys.stderr)
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))],
        cwd=ROOT,
        check=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
