"""Building blocks of the PDF report: styles, page furniture, images, chart, cells.

Every piece of text goes through :mod:`auditapp.reports.fonts` so that Latin and CJK are
each set in a font that has them and user text is never read as markup.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

from PIL import Image as PILImage
from PIL import UnidentifiedImageError
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, TableStyle
from reportlab.platypus import Table as _Table

from auditapp.reports import fonts
from auditapp.reports.pdf_labels import label

PAGE_W, PAGE_H = 595.2756, 841.8898  # A4 in points
MARGIN_X = 16 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 18 * mm
CONTENT_W = PAGE_W - 2 * MARGIN_X

PHOTO_EDGE = 1000  # longest edge of a photo in the PDF, in pixels
PHOTO_QUALITY = 70

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#616E7C")
RULE = colors.HexColor("#CBD2D9")
BAND = colors.HexColor("#F0F4F8")
ACCENT = colors.HexColor("#1F3A5F")
RED = colors.HexColor("#C62828")
RED_TINT = colors.HexColor("#FDECEA")
GREEN = colors.HexColor("#2E7D32")
GREEN_TINT = colors.HexColor("#E8F5E9")
AMBER = colors.HexColor("#E0A100")
GREY_TINT = colors.HexColor("#F5F5F5")


class Styles:
    """Paragraph styles of the report (base font DejaVu Sans; runs switch fonts)."""

    def __init__(self) -> None:
        fonts.register()

        def st(name: str, size: float, **kw: Any) -> ParagraphStyle:
            kw.setdefault("leading", size * 1.3)
            kw.setdefault("textColor", INK)
            return ParagraphStyle(
                name, fontName=fonts.LATIN, bulletFontName=fonts.LATIN, fontSize=size, **kw
            )

        self.body = st("body", 9)
        self.small = st("small", 8)
        self.muted = st("muted", 7.5, textColor=MUTED)
        self.cell = st("cell", 8.5)
        self.cell_r = st("cell_r", 8.5, alignment=TA_RIGHT)
        self.cell_c = st("cell_c", 8.5, alignment=TA_CENTER)
        self.head = st("head", 8, textColor=colors.white)
        self.head_r = st("head_r", 8, textColor=colors.white, alignment=TA_RIGHT)
        self.title = st("title", 22, leading=28, textColor=ACCENT)
        self.subtitle = st("subtitle", 12, leading=16, textColor=MUTED)
        self.h1 = st("h1", 15, leading=20, textColor=ACCENT, spaceBefore=4, spaceAfter=8)
        self.h2 = st("h2", 11.5, leading=15, textColor=ACCENT, spaceBefore=10, spaceAfter=5)
        self.h3 = st("h3", 9.5, leading=13, textColor=ACCENT, spaceBefore=6, spaceAfter=3)
        self.score = st("score", 40, leading=46, alignment=TA_CENTER)
        self.grade = st("grade", 16, leading=21, alignment=TA_CENTER)
        self.badge = st("badge", 14, leading=18, alignment=TA_CENTER, textColor=colors.white)
        self.note = st("note", 8.5, leftIndent=34, textColor=INK, spaceBefore=1, spaceAfter=2)
        self.bullet = st("bullet", 8.5, leftIndent=14, bulletIndent=4, spaceAfter=1)


class Table(_Table):
    """A table whose plain-string cells (even empty ones) use DejaVu Sans, not Helvetica."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.LATIN)]))


def clean(text: str) -> str:
    """Line breaks of any platform as ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def p(text: str, style: ParagraphStyle, bold: bool = False, color: str | None = None) -> Paragraph:
    """A paragraph of plain text (escaped, font-switched)."""
    body = fonts.markup(clean(text), bold)
    if color:
        body = f'<font color="{color}">{body}</font>'
    return Paragraph(body, style)


def rich(parts: list[tuple[str, bool, str | None]], style: ParagraphStyle) -> Paragraph:
    """A paragraph of several plain-text runs, each (text, bold, colour or None)."""
    out = []
    for text, bold, color in parts:
        body = fonts.markup(clean(text), bold)
        out.append(f'<font color="{color}">{body}</font>' if color else body)
    return Paragraph("".join(out), style)


def heading(text: str, style: ParagraphStyle, outline: int | None = None) -> Paragraph:
    """A heading; with ``outline`` (0, 1) it also becomes a PDF bookmark at that level."""
    para = p(text, style, bold=True)
    para.keepWithNext = True
    if outline is not None:
        para._outline = (text, outline)
    return para


def clip(text: str, size: float, max_width: float, bold: bool = False) -> str:
    """``text`` on one line, cut with an ellipsis to fit ``max_width``."""
    text = " ".join(text.split())
    if fonts.width(text, size, bold) <= max_width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fonts.width(text[:mid] + "…", size, bold) <= max_width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


class Spill:
    """Table cells with a bounded height: long texts are cut and printed in full below.

    reportlab cannot split a table cell across pages, so a cell with thousands of
    characters would not fit on any page. A cut cell refers to a numbered note, and
    :meth:`flush` returns the notes as ordinary (splittable) paragraphs.
    """

    def __init__(self, lang: str, styles: Styles) -> None:
        self.lang = lang
        self.styles = styles
        self.count = 0
        self.pending: list[tuple[int, str, str]] = []

    def cell(
        self, text: str, style: ParagraphStyle, width: float, what: str, max_lines: int = 14
    ) -> Paragraph:
        """A paragraph for a cell ``width`` wide; ``what`` names the text in its note."""
        text = clean(text)
        per_line = max(8, int(width / style.fontSize))  # CJK worst case: one em per glyph
        limit = per_line * max_lines
        lines = text.split("\n")
        if len(text) <= limit and len(lines) <= max_lines:
            return p(text, style)
        cut = "\n".join(lines[:max_lines])[: max(20, limit - 2 * per_line)]
        space = max(cut.rfind(" "), cut.rfind("\n"))
        if space > len(cut) * 0.7:
            cut = cut[:space]  # end on a word boundary where there is one nearby
        cut = cut.rstrip()
        self.count += 1
        self.pending.append((self.count, what, text))
        note = label(self.lang, "see_note", n=self.count)
        return rich([(cut + " …", False, None), (f" [{note}]", False, "#616E7C")], style)

    def flush(self) -> list[Flowable]:
        """Paragraphs with the full text of every cell cut since the last flush."""
        out: list[Flowable] = []
        for n, what, text in self.pending:
            head = f"{label(self.lang, 'note', n=n)} ({what}){label(self.lang, 'colon')}"
            out.append(rich([(head, True, None), (text, False, None)], self.styles.note))
        self.pending.clear()
        return out


def canvas_maker(furniture: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas class that draws ``furniture(canvas, page, pages)`` once the page count is known."""

    class FurnishedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for n, state in enumerate(self._held, 1):
                self.__dict__.update(state)
                self.saveState()
                furniture(self, n, total)
                self.restoreState()
                Canvas.showPage(self)
            Canvas.save(self)

    return FurnishedCanvas


class SignatureBox(Flowable):
    """An empty box, with a caption above, kept free for the digital signature stamp."""

    BOX_W, BOX_H, CAPTION = 260.0, 70.0, 22.0

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.caption = caption
        self.rect: tuple[int, float, float, float, float] | None = None

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return self.BOX_W, self.BOX_H + self.CAPTION

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(MUTED)
        fonts.draw(c, 0, self.BOX_H + 12, self.caption, 8)
        # corner brackets just outside the box: they mark it without drawing under the stamp
        c.setStrokeColor(RULE)
        c.setLineWidth(0.8)
        w, h, o, t = self.BOX_W, self.BOX_H, 3.0, 12.0
        for x, y, dx, dy in (
            (-o, -o, 1, 1),
            (w + o, -o, -1, 1),
            (-o, h + o, 1, -1),
            (w + o, h + o, -1, -1),
        ):
            path = c.beginPath()
            path.moveTo(x, y + dy * t)
            path.lineTo(x, y)
            path.lineTo(x + dx * t, y)
            c.drawPath(path, stroke=1, fill=0)
        x1, y1 = c.absolutePosition(0, 0)
        x2, y2 = c.absolutePosition(w, h)
        self.rect = (c.getPageNumber() - 1, round(x1, 2), round(y1, 2), round(x2, 2), round(y2, 2))


class Placeholder(Flowable):
    """A framed box with a message, standing in for an image that cannot be shown."""

    def __init__(self, width: float, height: float, lines: list[str]) -> None:
        super().__init__()
        self.width, self.height, self.lines = width, height, lines

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(GREY_TINT)
        c.setStrokeColor(RED)
        c.setDash(3, 2)
        c.rect(0, 0, self.width, self.height, fill=1, stroke=1)
        c.setDash()
        c.setFillColor(RED)
        y = self.height / 2 + 5 * (len(self.lines) - 1)
        for i, line in enumerate(self.lines):
            size = 8 if i == 0 else 6.5
            text = clip(line, size, self.width - 8)
            fonts.draw(c, (self.width - fonts.width(text, size)) / 2, y, text, size)
            y -= 10


@dataclass(frozen=True)
class LoadedImage:
    """Image bytes ready for reportlab, with their pixel size."""

    data: bytes
    width: int
    height: int


class ImageProblem(Exception):
    """An image file is missing or cannot be decoded; ``missing`` tells which."""

    def __init__(self, missing: bool, detail: str) -> None:
        super().__init__(detail)
        self.missing = missing


def _open(path: Path) -> PILImage.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
            return PILImage.open(path)
    except FileNotFoundError as exc:
        raise ImageProblem(True, "is missing from disk") from exc
    except (UnidentifiedImageError, OSError, ValueError, PILImage.DecompressionBombError) as exc:
        raise ImageProblem(False, f"cannot be read ({exc.__class__.__name__})") from exc


def load_photo(path: Path, edge: int = PHOTO_EDGE, quality: int = PHOTO_QUALITY) -> LoadedImage:
    """A stored photo downscaled in memory to ``edge`` px and re-encoded as JPEG."""
    img = _open(path)
    try:
        with img, warnings.catch_warnings():
            warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
            long_edge = max(img.size)
            if img.format == "JPEG" and long_edge > edge:
                f = edge / long_edge
                img.draft("RGB", (max(1, int(img.width * f)), max(1, int(img.height * f))))
            img.load()
            out_img = img if img.mode in ("RGB", "L") else img.convert("RGB")
            out_img.thumbnail((edge, edge), PILImage.Resampling.BILINEAR)
            buf = io.BytesIO()
            out_img.save(buf, "JPEG", quality=quality)
    except ImageProblem:
        raise
    except (OSError, ValueError, SyntaxError, PILImage.DecompressionBombError) as exc:
        raise ImageProblem(False, f"cannot be read ({exc.__class__.__name__})") from exc
    return LoadedImage(buf.getvalue(), out_img.width, out_img.height)


def load_signature(path: Path) -> LoadedImage:
    """A drawn signature flattened onto white (PNG), limited to a sensible size."""
    img = _open(path)
    try:
        with img:
            img.load()
            rgba = img.convert("RGBA")
            rgba.thumbnail((1200, 400))
            flat = PILImage.new("RGB", rgba.size, (255, 255, 255))
            flat.paste(rgba, mask=rgba.getchannel("A"))
            buf = io.BytesIO()
            flat.save(buf, "PNG", optimize=False)
    except (OSError, ValueError, SyntaxError, PILImage.DecompressionBombError) as exc:
        raise ImageProblem(False, f"cannot be read ({exc.__class__.__name__})") from exc
    return LoadedImage(buf.getvalue(), flat.width, flat.height)


class _JpegReader(ImageReader):
    """JPEG bytes for ``drawImage``: embedded as they are, and identified by their bytes.

    reportlab names each image by a digest of its decoded pixels, which costs a full
    decode per photo; the JPEG bytes identify it just as well.
    """

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data))
        self._jpeg = data

    def getRGBData(self) -> bytes:  # noqa: N802 (reportlab's name)
        if getattr(self, "jpeg_fh", None) is None:
            return bytes(super().getRGBData())
        self._dataA = None
        return self._jpeg


class Picture(Flowable):
    """An image of a fixed size on the page (JPEG passed through, PNG decoded)."""

    def __init__(self, image: LoadedImage, width: float, height: float) -> None:
        super().__init__()
        self.image, self.width, self.height = image, width, height

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        reader = (
            _JpegReader(self.image.data)
            if self.image.data[:2] == b"\xff\xd8"
            else ImageReader(io.BytesIO(self.image.data))
        )
        self.canv.drawImage(reader, 0, 0, self.width, self.height)


def fit(w: float, h: float, box_w: float, box_h: float) -> tuple[float, float]:
    """(w, h) scaled to fit the box, keeping the aspect ratio."""
    scale = min(box_w / w, box_h / h) if w and h else 1
    return w * scale, h * scale


def strings(
    x: float, y: float, text: str, size: float, anchor: str = "start", color: Any = INK
) -> list[String]:
    """Graphics strings for ``text``, one per font run (for reportlab.graphics drawings)."""
    out: list[String] = []
    total = fonts.width(text, size)
    if anchor == "end":
        x -= total
    elif anchor == "middle":
        x -= total / 2
    for font, chunk in fonts.runs(text.replace("\n", " ")):
        out.append(String(x, y, chunk, fontName=font, fontSize=size, fillColor=color))
        x += pdfmetrics.stringWidth(chunk, font, size)
    return out


def section_chart(
    rows: list[tuple[str, Fraction | None, str]], pass_mark: Fraction, mark_text: str
) -> Drawing:
    """A horizontal bar chart of section percentages: (label, percent or None, shown %)."""
    bar_h, gap, top, bottom = 11.0, 6.0, 6.0, 22.0
    label_w, value_w = 165.0, 38.0
    x0 = label_w + 6
    span = CONTENT_W - x0 - value_w
    height = bottom + top + len(rows) * (bar_h + gap)
    d = Drawing(CONTENT_W, height, initialFontName=fonts.LATIN)
    pm = float(pass_mark)
    for i, (name, pct, shown) in enumerate(rows):
        y = height - top - (i + 1) * (bar_h + gap) + gap / 2
        d.add(Rect(x0, y, span, bar_h, fillColor=BAND, strokeColor=None))
        if pct is not None:
            value = max(0.0, min(100.0, float(pct)))
            color = GREEN if value >= pm else (AMBER if value >= pm * 0.75 else RED)
            if value > 0:
                d.add(Rect(x0, y, span * value / 100, bar_h, fillColor=color, strokeColor=None))
        for s in strings(label_w, y + 2.5, clip(name, 8, label_w - 4), 8, "end"):
            d.add(s)
        for s in strings(x0 + span + 4, y + 2.5, shown, 8, color=INK if pct is not None else MUTED):
            d.add(s)
    axis_y = bottom - 4
    d.add(Line(x0, axis_y, x0 + span, axis_y, strokeColor=RULE, strokeWidth=0.6))
    for tick in range(0, 101, 20):
        tx = x0 + span * tick / 100
        d.add(Line(tx, axis_y, tx, axis_y - 3, strokeColor=RULE, strokeWidth=0.6))
        for s in strings(tx, axis_y - 11, str(tick), 7, "middle", MUTED):
            d.add(s)
    mx = x0 + span * max(0.0, min(100.0, pm)) / 100
    d.add(
        Line(
            mx,
            axis_y,
            mx,
            height - top + 2,
            strokeColor=ACCENT,
            strokeWidth=0.8,
            strokeDashArray=[3, 2],
        )
    )
    d.height = height + 8  # room above the bars for the pass-mark caption
    for s in strings(mx, height - top + 3, mark_text, 7, "middle", ACCENT):
        d.add(s)
    return d


def spacer(h: float) -> Spacer:
    """Vertical space of ``h`` points."""
    return Spacer(1, h)
