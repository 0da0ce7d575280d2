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
from reportlab.lib import colors
from reportlab.platypus import (
    Flowable,
    PageBreak,
    SimpleDocTemplate,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from auditapp.core.answers import Answer, value_text
from auditapp.core.model import Item, ItemType
from auditapp.core.scoring import ItemResult, display_percent
from auditapp.reports import fonts
from auditapp.reports.audit_data import AuditData
from auditapp.reports.errors import ReportError
from auditapp.reports.pdf_evidence import actions, explanation, photos, signatures
from auditapp.reports.pdf_labels import LANGS, enum_label, label, points, unit_label, when
from auditapp.reports.pdf_parts import (
    ACCENT,
    BAND,
    CONTENT_W,
    GREEN,
    GREEN_TINT,
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
    section_chart,
    spacer,
)

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


@dataclass(frozen=True)
class BuiltReport:
    """A finished (unsigned) report."""

    pdf: bytes
    """The PDF file."""
    warnings: tuple[str, ...]
    """Problems worked around, e.g. a photo missing from disk printed as a placeholder."""
    signature_rect: tuple[int, float, float, float, float] | None
    """(page index from 0, x1, y1, x2, y2) in PDF points of the box kept for the stamp."""


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
        self.res = {r.item_id: r for r in d.result.items}
        self.num: dict[str, str] = {}
        for si, section in enumerate(d.form.sections, 1):
            for ii, item in enumerate(section.items, 1):
                self.num[item.id] = f"{si}.{ii}"
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
        if self.mystery and real and name.strip() == real:
            return self.auditor_shown
        return name

    def item_ref(self, item_id: str | None, limit: int = 70) -> str:
        """``2.3 Prompt text`` for an item id (or "whole audit")."""
        if not item_id:
            return self.L("whole_audit")
        try:
            prompt = self.data.form.item(item_id).prompt.get(self.lang)
        except KeyError:
            return item_id
        prompt = " ".join(prompt.split())
        if len(prompt) > limit:
            prompt = prompt[: limit - 1].rstrip() + "…"
        return f"{self.num.get(item_id, '')} {prompt}".strip()

    def pct(self, value: Fraction | None) -> str:
        return "–" if value is None else f"{display_percent(value)}%"

    # story ---------------------------------------------------------------------------
    def story(self) -> list[Flowable]:
        out: list[Flowable] = []
        out += self.cover()
        out.append(PageBreak())
        out += self.sections()
        out += self.items()
        out += photos(self)
        out += actions(self)
        out.append(PageBreak())
        out += explanation(self)
        out += signatures(self)
        return out

    def furniture(self, c: object, page: int, pages: int) -> None:
        """Header (form title) and footer (audit id, digest, page x of y) of every page."""
        from reportlab.pdfgen.canvas import Canvas

        assert isinstance(c, Canvas)
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

    # cover ---------------------------------------------------------------------------
    def cover(self) -> list[Flowable]:
        d, st, L = self.data, self.st, self.L
        r = d.result
        out: list[Flowable] = [
            p(L("report_title"), st.title, bold=True),
            self.spill.cell(f"{d.site.name} ({d.site.code})", st.h1, CONTENT_W, L("site"), 3),
            self.spill.cell(
                f"{self.t_form} · {L('version', v=d.form.version)}",
                st.subtitle,
                CONTENT_W,
                L("form"),
                3,
            ),
            spacer(10),
        ]
        out.append(self.score_panel())
        notes: list[str] = []
        if r.capped and r.raw_percent is not None:
            notes.append(L("capped_from", raw=display_percent(r.raw_percent)))
        if r.critical_fail:
            notes.append(L("fail_critical"))
        if r.passed is False and r.percent is not None and r.percent < d.form.scoring.pass_percent:
            notes.append(L("below_pass", p=points(d.form.scoring.pass_percent)))
        if notes:
            out.append(spacer(3))
            out.append(p(" · ".join(notes), st.small, color="#C62828"))
        out.append(spacer(10))
        out.append(self.critical_box())
        out.append(spacer(12))
        out.append(self.info_table())
        out += self.spill.flush()
        return out

    def score_panel(self) -> Table:
        d, st, L = self.data, self.st, self.L
        r = d.result
        if r.passed is None:
            verdict, color = L("no_score"), MUTED
        elif r.passed:
            verdict, color = L("pass"), GREEN
        else:
            verdict, color = L("fail"), RED
        badge_style = st.badge.clone("badge_c", backColor=color, borderPadding=(5, 8, 5, 8))
        grade = r.grade
        grade_text = grade.grade if grade else "–"
        grade_label = grade.label.get(self.lang) if grade else ""
        cells = [
            [p(L("overall_score"), st.small), p(L("grade"), st.small), p(L("result"), st.small)],
            [
                p(self.pct(r.percent), st.score, bold=True),
                [p(grade_text, st.score, bold=True)],
                [spacer(8), p(verdict, badge_style, bold=True)],
            ],
            ["", p(grade_label, st.grade), ""],
        ]
        w = CONTENT_W / 3
        t = Table(cells, colWidths=[w * 1.2, w * 0.9, w * 0.9])
        tint = GREEN_TINT if r.passed else RED_TINT if r.passed is False else BAND
        t.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), tint),
                    ("BOX", (0, 0), (-1, -1), 1.2, color),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    ("TOPPADDING", (0, 0), (-1, 0), 8),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 10),
                    ("LEFTPADDING", (0, 0), (-1, -1), 12),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 12),
                    ("SPAN", (0, 1), (0, 2)),
                    ("SPAN", (2, 1), (2, 2)),
                ]
            )
        )
        return t

    def critical_box(self) -> Table:
        d, st, L = self.data, self.st, self.L
        failed = d.result.failed_critical
        title = f"{L('failed_critical')} ({len(failed)})" if failed else L("failed_critical")
        rows: list[list[object]] = [
            [p(title, st.body, bold=True, color="#C62828" if failed else None)]
        ]
        for item_id in failed:
            text = f"✗ {self.item_ref(item_id, 400)}"
            rows.append([self.spill.cell(text, st.cell, CONTENT_W - 16, L("failed_critical"), 4)])
        if not failed:
            rows[0] = [
                rich(
                    [
                        (L("failed_critical") + L("colon"), True, None),
                        (L("none"), False, "#2E7D32"),
                    ],
                    st.body,
                )
            ]
        t = Table(rows, colWidths=[CONTENT_W])
        t.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 1.2 if failed else 0.6, RED if failed else RULE),
                    ("BACKGROUND", (0, 0), (-1, -1), RED_TINT if failed else colors.white),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return t

    def info_table(self) -> Table:
        d, st, L = self.data, self.st, self.L
        a, site, ctx = d.audit, d.site, d.audit.context
        r = d.result
        done = r.required_total - len(r.required_open)
        time_key = "visit_time" if ctx.visit_time else "started_time"
        rows: list[tuple[str, str]] = [
            (L("site"), site.name),
            (L("site_code"), site.code),
            (L("address"), site.address or "–"),
            (L("region"), site.region or "–"),
            (L(time_key), when(ctx.visit_time or a.created_at)),
            (L("auditor_alias" if self.mystery else "auditor"), self.auditor_shown),
            (L("form"), f"{self.t_form} ({d.form.id}, {L('version', v=d.form.version)})"),
            (L("kind"), enum_label(self.lang, "kind", a.kind)),
            (
                L("status"),
                L(
                    "status_rev",
                    status=enum_label(self.lang, "status", a.status.value),
                    rev=a.revision,
                ),
            ),
            (
                L("completion"),
                L(
                    "completion_detail",
                    pct=display_percent(100 * r.completion),
                    done=done,
                    total=r.required_total,
                ),
            ),
        ]
        for key, value in (
            ("scenario", ctx.scenario),
            ("receipt", ctx.receipt_number),
            ("staff", ctx.staff_description),
        ):
            if value:
                rows.append((L(key), value))
        rows += [(L("audit_id"), a.id), (L("digest_full"), d.digest)]
        lw = 135.0
        cells = [
            [p(k, st.cell, bold=True), self.spill.cell(v, st.cell, CONTENT_W - lw - 12, k)]
            for k, v in rows
        ]
        t = Table(cells, colWidths=[lw, CONTENT_W - lw])
        t.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("BACKGROUND", (0, 0), (0, -1), BAND),
                    ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                ]
            )
        )
        return t

    # sections ------------------------------------------------------------------------
    def sections(self) -> list[Flowable]:
        d, st, L = self.data, self.st, self.L
        out: list[Flowable] = [heading(L("section_results"), st.h1, outline=0)]
        head = [
            p(L("section"), st.head, bold=True),
            p(L("weight"), st.head_r, bold=True),
            p(L("earned"), st.head_r, bold=True),
            p(L("possible"), st.head_r, bold=True),
            p(L("percent"), st.head_r, bold=True),
            p(L("answered"), st.head_r, bold=True),
        ]
        widths = [CONTENT_W - 5 * 62, 62, 62, 62, 62, 62]
        rows: list[list[object]] = [head]
        chart_rows = []
        for section, sr in zip(d.form.sections, d.result.sections, strict=True):
            title = section.title.get(self.lang)
            chart_rows.append((title, sr.percent, self.pct(sr.percent)))
            rows.append(
                [
                    self.spill.cell(title, st.cell, widths[0] - 12, L("section"), 4),
                    p(points(sr.weight), st.cell_r),
                    p(points(sr.earned), st.cell_r),
                    p(points(sr.possible), st.cell_r),
                    p(self.pct(sr.percent), st.cell_r, bold=True),
                    p(f"{sr.answered} / {sr.visible}", st.cell_r),
                ]
            )
        r = d.result
        rows.append(
            [
                p(L("total"), st.cell, bold=True),
                p("", st.cell_r),
                p(points(r.earned), st.cell_r, bold=True),
                p(points(r.possible), st.cell_r, bold=True),
                p(self.pct(r.raw_percent), st.cell_r, bold=True),
                p("", st.cell_r),
            ]
        )
        t = Table(rows, colWidths=widths, repeatRows=1)
        style = [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 1), (-1, -2), 0.4, RULE),
            ("LINEABOVE", (0, -1), (-1, -1), 0.9, ACCENT),
            ("BACKGROUND", (0, -1), (-1, -1), BAND),
        ]
        t.setStyle(TableStyle(style))
        out += [t, spacer(3), p(L("weighted_note"), st.muted)]
        out += self.spill.flush()
        out.append(spacer(12))
        out.append(heading(L("chart_title"), st.h3))
        pm = d.form.scoring.pass_percent
        out.append(section_chart(chart_rows, pm, L("pass_mark", p=points(pm))))
        return out

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


__all__ = ["BuiltReport", "ReportOptions", "build_report"]
