"""Fonts for PDF reports: DejaVu Sans for Latin text, Droid Sans Fallback for CJK.

Neither font covers everything, so text is split into runs and each run is set in the
font that has its glyphs. Characters neither font has (emoji, for example) are replaced
by a visible placeholder instead of vanishing or breaking the layout.

Droid Sans Fallback has no bold face (and no free CJK bold in TrueType outlines, which
reportlab needs, is small enough to ship), so a bold text that holds CJK is set wholly in
the regular weight: "数据摘要（SHA-256）" never shows "SHA-256" alone in bold. Such texts
are headings and labels whose style already sets them apart by size, colour or shading.
"""

from __future__ import annotations

from functools import cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from auditapp.resources import CJK_FONT, LATIN_BOLD_FONT, LATIN_FONT

LATIN = "DejaVuSans"
LATIN_BOLD = "DejaVuSans-Bold"
CJK = "DroidSansFallback"
PLACEHOLDER = "\u25a1"  # white square, present in the CJK font


@cache
def register() -> None:
    """Register the shipped fonts with reportlab (once per process)."""
    pdfmetrics.registerFont(TTFont(LATIN, str(LATIN_FONT)))
    pdfmetrics.registerFont(TTFont(LATIN_BOLD, str(LATIN_BOLD_FONT)))
    pdfmetrics.registerFont(TTFont(CJK, str(CJK_FONT)))
    pdfmetrics.registerFontFamily(
        LATIN, normal=LATIN, bold=LATIN_BOLD, italic=LATIN, boldItalic=LATIN_BOLD
    )


@cache
def _coverage(name: str) -> frozenset[int]:
    register()
    font = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)


def runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """``text`` split into (font name, text) runs; unknown characters become a placeholder."""
    latin_name = LATIN_BOLD if bold else LATIN
    latin, cjk = _coverage(latin_name), _coverage(CJK)
    if bold and any(ord(ch) not in latin and ord(ch) in cjk for ch in text):
        latin_name = LATIN  # one weight within a text: there is no bold CJK face
        latin = _coverage(LATIN)
    out: list[tuple[str, str]] = []
    for ch in text:
        code = ord(ch)
        if ch in "\n\t" or code in latin:
            font = latin_name
        elif code in cjk:
            font = CJK
        elif 0xFE00 <= code <= 0xFE0F or code in (0x200D, 0x200E, 0x200F):
            continue  # variation selectors and joiners: nothing to draw
        else:
            font, ch = CJK, PLACEHOLDER
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + ch)
        else:
            out.append((font, ch))
    return out


def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup for user text: escaped (never interpreted) and font-switched."""
    parts = []
    for font, chunk in runs(text, bold):
        body = escape(chunk).replace("\n", "<br/>")
        parts.append(f'<font face="{font}">{body}</font>')
    return "".join(parts)


def draw(canvas: object, x: float, y: float, text: str, size: float, bold: bool = False) -> float:
    """Draw ``text`` on a reportlab canvas at (x, y); returns the x after it."""
    for font, chunk in runs(text.replace("\n", " "), bold):
        canvas.setFont(font, size)  # type: ignore[attr-defined]
        canvas.drawString(x, y, chunk)  # type: ignore[attr-defined]
        x += pdfmetrics.stringWidth(chunk, font, size)
    return x


def width(text: str, size: float, bold: bool = False) -> float:
    """Width of ``text`` as :func:`draw` would set it."""
    return float(sum(pdfmetrics.stringWidth(c, f, size) for f, c in runs(text, bold)))
