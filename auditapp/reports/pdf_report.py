"""The PDF report of one audit (reportlab), in English or Chinese.

Layout: cover with the result, section table and chart, every item, photo evidence,
corrective actions, how the score was computed, the drawn signatures and an empty box
kept for the digital signature stamp. Every figure comes from ``data.result``, the one
scoring definition; nothing is recomputed here.
"""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass, field
from fractions import Fraction

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    SimpleDocTemplate,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from auditapp.core.answers import Answer, value_text
from auditapp.core.model import Item, ItemType
from auditapp.core.numbering import item_numbers
from auditapp.core.scoring import ItemResult, display_percent
from auditapp.reports import fonts
from auditapp.reports.audit_data import AuditData
from auditapp.reports.errors import ReportError
from auditapp.reports.pdf_cover import cover, sections
from auditapp.reports.pdf_evidence import actions, explanation, photos, signatures
from auditapp.reports.pdf_labels import LANGS, draft_mark, label, points, unit_label
from auditapp.reports.pdf_parts import (
    ACCENT,
    CONTENT_W,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_H,
    PAGE_W,
    RED,
    RED_TINT,
    RULE,
    SignatureBox,
    Spill,
    Styles,
    Table,
    canvas_maker,
    clip,
    heading,
    p,
    rich,
    spacer,
)
from auditapp.trust.record import replace_name

_BUILD_LOCK = threading.Lock()  # rl_config is process-wide


@dataclass(frozen=True)
class ReportOptions:
    """Choices for one report."""

    lang: str = "en"
    """``"en"`` or ``"zh"``: the report language, independent of the UI language."""
    failures_first: bool = False
    """List all failed items first, then the rest in form order."""
    signature_box: bool = True
    """Keep an empty box on the last page for the visible digital-signature stamp."""
    signer: str = ""
    """Name of whoever will sign digitally, printed with the box caption (any script: the
    stamp itself can only show Latin text)."""


@dataclass(frozen=True)
class BuiltReport:
    """A finished (unsigned) report."""

    pdf: bytes
    """The PDF file."""
    warnings: tuple[str, ...]
    """Problems worked around, e.g. a photo missing from disk printed as a placeholder."""
    signature_rect: tuple[int, float, float, float, float] | None
    """(page index from 0, x1, y1, x2, y2) in PDF points of the box kept for the stamp."""


def signature_reason(data: AuditData, lang: str = "en") -> str:
    """The reason recorded in the report's digital signature."""
    reason = f"Audit {data.audit.id}"
    mark = draft_mark(data, lang)
    return f"{reason}; {mark}" if mark else reason


def build_report(data: AuditData, options: ReportOptions = ReportOptions()) -> BuiltReport:
    """Lay out the report of ``data``; raises :class:`ReportError` for an unknown language."""
    if options.lang not in LANGS:
        raise ReportError(
            f"report language must be one of {', '.join(LANGS)}, got '{options.lang}'"
        )
    report = _Report(data, options)
    story = report.story()
    out = io.BytesIO()
    doc = _Doc(
        out,
        pagesize=(PAGE_W, PAGE_H),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{report.L('report_title')}: {data.site.name} ({data.site.code})",
        author=report.auditor_shown,
        subject=f"{report.t_form} v{data.form.version}",
        creator="ServiceAudit",
        initialFontName=fonts.LATIN,
        keywords=f"audit {data.audit.id}",
    )
    with _BUILD_LOCK:
        old = rl_config.useA85
        rl_config.useA85 = 0  # photos as plain DCT streams: a quarter smaller
        try:
            doc.build(story, canvasmaker=canvas_maker(report.furniture))
        except LayoutError as exc:  # pragma: no cover - every cell is bounded
            raise ReportError(f"the report could not be laid out: {exc}") from exc
        finally:
            rl_config.useA85 = old
    rect = report.box.rect if report.box is not None else None
    return BuiltReport(out.getvalue(), tuple(report.warnings), rect)


class _Doc(SimpleDocTemplate):
    """Adds a PDF bookmark for every heading that asks for one."""

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        info = getattr(flowable, "_outline", None)
        if info:
            text, level = info
            key = f"h{id(flowable)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)


# column widths of an item row: number, prompt, answer, points
_ITEM_COLS = (34.0, CONTENT_W - 34 - 158 - 76, 158.0, 76.0)


@dataclass
class _Report:
    data: AuditData
    options: ReportOptions
    warnings: list[str] = field(default_factory=list)
    box: SignatureBox | None = None

    def __post_init__(self) -> None:
        d = self.data
        self.lang = self.options.lang
        self.st = Styles()
        self.spill = Spill(self.lang, self.st)
        self.mystery = d.audit.kind == "mystery_shop"
        shown = d.audit.auditor.shown_name(mystery=self.mystery)
        if self.mystery and not d.audit.auditor.alias:
            shown = self.L("mystery_shopper")  # no alias: never print the real name
        self.auditor_shown = shown
        self.t_form = d.form.title.get(self.lang)
        self.draft = draft_mark(d, self.lang)
        """The draft marking of every page; "" for a completed audit."""
        self.res = {r.item_id: r for r in d.result.items}
        self.num: dict[str, str] = item_numbers(d.form)  # as the runner numbers them
        self.photo_no = {ph.id: n for n, ph in enumerate(d.photos, 1)}
        self.photos_of: dict[str, list[int]] = {}
        for ph in d.photos:
            if ph.item_id:
                self.photos_of.setdefault(ph.item_id, []).append(self.photo_no[ph.id])

    # helpers ------------------------------------------------------------------------
    def L(self, key: str, **values: object) -> str:  # noqa: N802 (short on purpose)
        return label(self.lang, key, **values)

    def who(self, name: str) -> str:
        """A person's name, with the mystery shopper's real name replaced by the alias."""
        real = self.data.audit.auditor.name.strip()
        return replace_name(name, real, self.auditor_shown) if self.mystery else name

    def item_ref(self, item_id: str | None, limit: int | None = 70) -> str:
        """``2.3 Prompt text`` for an item id (or "whole audit"); a prompt over ``limit``
        characters is shortened with an ellipsis (None: never)."""
        if not item_id:
            return self.L("whole_audit")
        try:
            prompt = self.data.form.item(item_id).prompt.get(self.lang)
        except KeyError:
            return item_id
        prompt = " ".join(prompt.split())
        if limit is not None and len(prompt) > limit:
            prompt = prompt[: limit - 1].rstrip() + "…"
        return f"{self.num.get(item_id, '')} {prompt}".strip()

    def pct(self, value: Fraction | None) -> str:
        return "–" if value is None else f"{display_percent(value)}%"

    # story ---------------------------------------------------------------------------
    def story(self) -> list[Flowable]:
        out: list[Flowable] = []
        out += cover(self)
        out.append(PageBreak())
        out += sections(self)
        out += self.items()
        out += photos(self)
        out += actions(self)
        # The explanation starts a page unless most of one is left (no nearly empty page).
        out.append(CondPageBreak(PAGE_H * 0.4))
        out += explanation(self)
        out += signatures(self)
        return out

    def furniture(self, c: Canvas, page: int, pages: int) -> None:
        """Header (form title) and footer (audit id, digest, page x of y) of every page."""
        d = self.data
        top = PAGE_H - MARGIN_TOP + 16
        right = self.L("report_short")
        c.setFillColor(MUTED)
        rw = fonts.width(right, 8)
        fonts.draw(c, PAGE_W - MARGIN_X - rw, top, right, 8)
        c.setFillColor(ACCENT)
        left = clip(f"{self.t_form} · v{d.form.version}", 8.5, CONTENT_W - rw - 20, bold=True)
        fonts.draw(c, MARGIN_X, top, left, 8.5, bold=True)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.line(MARGIN_X, top - 5, PAGE_W - MARGIN_X, top - 5)
        bottom = MARGIN_BOTTOM - 22
        c.line(MARGIN_X, bottom + 10, PAGE_W - MARGIN_X, bottom + 10)
        c.setFillColor(MUTED)
        fonts.draw(c, MARGIN_X, bottom, self.L("footer_audit", id=d.audit.id), 7)
        mid = self.L("footer_digest", d=d.digest[:16])
        fonts.draw(c, PAGE_W / 2 + 10, bottom, mid, 7)
        num = self.L("page_of", n=page, total=pages)
        fonts.draw(c, PAGE_W - MARGIN_X - fonts.width(num, 7.5), bottom, num, 7.5)
        if self.draft:
            c.setFillColor(RED)
            mark = clip(self.draft, 10, CONTENT_W, bold=True)
            fonts.draw(
                c, (PAGE_W - fonts.width(mark, 10, bold=True)) / 2, top + 16, mark, 10, bold=True
            )

    # items ---------------------------------------------------------------------------
    def items(self) -> list[Flowable]:
        d, st, L = self.data, self.st, self.L
        out: list[Flowable] = [spacer(14), heading(L("items"), st.h1, outline=0)]
        failed_ids: set[str] = set()
        if self.options.failures_first:
            failed = [i for i in d.form.items() if self.res[i.id].visible and self.res[i.id].failed]
            failed_ids = {i.id for i in failed}
            out.append(heading(L("failed_items", n=len(failed)), st.h2, outline=1))
            if not failed:
                out.append(p(L("no_failed_items"), st.body))
            for item in failed:
                out += self.item_block(item, with_section=True)
            out.append(heading(L("other_items"), st.h2, outline=1))
        for si, (section, sr) in enumerate(zip(d.form.sections, d.result.sections, strict=True), 1):
            shown = [i for i in section.items if self.res[i.id].visible and i.id not in failed_ids]
            if not shown:
                continue
            title = L(
                "section_head" if sr.possible else "section_head_none",
                title=f"{si}. {section.title.get(self.lang)}",
                w=points(sr.weight),
                e=points(sr.earned),
                p=points(sr.possible),
                pct=self.pct(sr.percent),
            )
            out.append(heading(title, st.h3, outline=None if self.options.failures_first else 1))
            for item in shown:
                out += self.item_block(item, with_section=False)
        return out

    def answer_text(self, item: Item, ans: Answer | None, res: ItemResult) -> tuple[str, bool]:
        """The answer in words, and whether it is a real answer (not N/A or missing)."""
        L, lang = self.L, self.lang
        if res.na:
            return L("na"), False
        if item.type == ItemType.PHOTO:
            n = len(self.photos_of.get(item.id, ()))
            return (L("photo_count", n=n), True) if n else (L("not_answered"), False)
        if ans is None or not ans.has_value:
            return L("not_answered"), False
        v = ans.value
        if item.type == ItemType.CHECK:
            return L("pass_value" if v == "pass" else "fail_value"), True
        if item.type == ItemType.RATING and item.scale is not None:
            sc = item.scale
            text = f"{v} / {sc.max}" if sc.min in (0, 1) else f"{v} ({sc.min}–{sc.max})"
            words = next((o.label.get(lang) for o in sc.labels if o.id == str(v)), "")
            return (f"{text} – {words}" if words else text), True
        if item.type in (ItemType.CHOICE, ItemType.MULTI):
            chosen = v if isinstance(v, tuple) else (str(v),)
            names = {o.id: o.label.get(lang) for o in item.options}
            return "; ".join(names.get(c, c) for c in chosen), True
        if item.type == ItemType.NUMBER:
            unit = unit_label(lang, item.unit)
            return f"{value_text(v)} {unit}".strip(), True
        return value_text(v), True

    def item_block(self, item: Item, with_section: bool) -> list[Flowable]:
        d, st, L = self.data, self.st, self.L
        res = self.res[item.id]
        ans = d.answers.get(item.id)
        answer, real = self.answer_text(item, ans, res)
        number = self.num[item.id]
        if res.failed:
            mark, mark_color = "✗", "#C62828"
        elif res.counted and res.earned == res.possible:
            mark, mark_color = "✓", "#2E7D32"
        elif res.counted:
            mark, mark_color = "◐", "#B07D00"
        else:
            mark, mark_color = "", None
        num_cell = rich(
            [(number, True, None), (f"\n{mark}" if mark else "", True, mark_color)], st.cell
        )
        meta: list[tuple[str, bool, str | None]] = []
        if res.failed:
            meta.append((L("failed_mark"), True, "#C62828"))
        if item.critical:
            meta.append((L("critical"), True, "#C62828"))
        if item.clause:
            meta.append((f"{L('clause')} {item.clause}", False, None))
        photos = self.photos_of.get(item.id, [])
        if photos:
            refs = ", ".join(f"#{n}" for n in photos)
            meta.append((f"{L('photos')}{L('colon')}{len(photos)} ({refs})", False, None))
        if with_section:
            title = d.form.section_of(item.id).title.get(self.lang)
            meta.append((L("in_section", title=title), False, None))
        sep: list[tuple[str, bool, str | None]] = []
        for i, part in enumerate(meta):
            if i:
                sep.append(("  ·  ", False, "#9AA5B1"))
            sep.append(part)
        prompt_cell: list[object] = [
            self.spill.cell(
                item.prompt.get(self.lang), st.cell, _ITEM_COLS[1] - 12, f"{number} {L('item')}", 10
            )
        ]
        if sep:
            prompt_cell.append(rich(sep, st.muted))
        a_style = st.cell if real else st.cell.clone("cell_muted", textColor=MUTED)
        answer_cell = self.spill.cell(
            answer, a_style, _ITEM_COLS[2] - 12, f"{number} {L('answer')}", 10
        )
        if not item.scored:
            pts = L("not_scored")
        elif res.na:
            pts = L("excluded")
        elif not res.counted:
            pts = f"– / {points(item.points)}"
        else:
            pts = f"{points(res.earned)} / {points(res.possible)}"
        pts_cell = p(pts, st.cell_r, bold=res.counted)
        t = Table([[num_cell, prompt_cell, answer_cell, pts_cell]], colWidths=list(_ITEM_COLS))
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
        if res.failed:
            style += [
                ("BACKGROUND", (0, 0), (-1, -1), RED_TINT),
                ("LINEBEFORE", (0, 0), (0, 0), 3, RED),
            ]
        t.setStyle(TableStyle(style))
        out: list[Flowable] = [t]
        comment = ans.comment if ans else ""
        if comment.strip():
            out.append(
                rich([(L("comment") + L("colon"), True, None), (comment, False, None)], st.note)
            )
        notes = self.spill.flush()
        out += notes
        if comment.strip() and not notes and len(comment) < 600 and comment.count("\n") < 8:
            t.keepWithNext = True  # a short comment stays with its item; a long one just follows
        return out


__all__ = ["BuiltReport", "ReportOptions", "build_report", "draft_mark", "signature_reason"]
