"""The first pages of the PDF report: the cover with the result, and the section results.

Each function takes the report being built (:class:`auditapp.reports.pdf_report._Report`)
and returns flowables.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.platypus import Flowable, TableStyle

from auditapp.core.scoring import display_percent
from auditapp.reports.pdf_labels import enum_label, points, when
from auditapp.reports.pdf_parts import (
    ACCENT,
    BAND,
    CONTENT_W,
    GREEN,
    GREEN_TINT,
    MUTED,
    RED,
    RED_TINT,
    RULE,
    Table,
    heading,
    p,
    rich,
    section_chart,
    spacer,
)

if TYPE_CHECKING:
    from auditapp.reports.pdf_report import _Report as Report


# cover ---------------------------------------------------------------------------
def cover(r: Report) -> list[Flowable]:
    """The first page: site, visit, auditor, form, the result in large, failed critical items."""
    d, st, L = r.data, r.st, r.L
    res = d.result
    out: list[Flowable] = [
        p(L("report_title"), st.title, bold=True),
        r.spill.cell(f"{d.site.name} ({d.site.code})", st.h1, CONTENT_W, L("site"), 3),
        r.spill.cell(
            f"{r.t_form} · {L('version', v=d.form.version)}",
            st.subtitle,
            CONTENT_W,
            L("form"),
            3,
        ),
        spacer(10),
    ]
    out.append(_score_panel(r))
    notes: list[str] = [L("provisional_note")] if r.draft else []
    if res.capped and res.raw_percent is not None:
        notes.append(L("capped_from", raw=display_percent(res.raw_percent)))
    if res.critical_fail:
        notes.append(L("fail_critical"))
    if (
        res.passed is False
        and res.percent is not None
        and res.percent < d.form.scoring.pass_percent
    ):
        notes.append(L("below_pass", p=points(d.form.scoring.pass_percent)))
    if notes:
        out.append(spacer(3))
        out.append(p(" · ".join(notes), st.small, color="#C62828"))
    out.append(spacer(10))
    out.append(_critical_box(r))
    out.append(spacer(12))
    out.append(_info_table(r))
    out += r.spill.flush()
    return out


def _score_panel(r: Report) -> Table:
    d, st, L = r.data, r.st, r.L
    res = d.result
    # A draft shows its score as provisional, and neither grade nor result: both are
    # decided when the audit is completed.
    passed = None if r.draft else res.passed
    if r.draft and res.passed is not None:
        verdict, color = L("draft_verdict"), MUTED
    elif passed is None:
        verdict, color = L("no_score"), MUTED
    elif passed:
        verdict, color = L("pass"), GREEN
    else:
        verdict, color = L("fail"), RED
    badge_style = st.badge.clone("badge_c", backColor=color, borderPadding=(5, 8, 5, 8))
    grade = None if r.draft else res.grade
    grade_text = grade.grade if grade else "–"
    w = CONTENT_W / 3
    grade_label = grade.label.get(r.lang) if grade else ""
    score_label = L("provisional_score" if r.draft else "overall_score")
    cells = [
        [p(score_label, st.small), p(L("grade"), st.small), p(L("result"), st.small)],
        [
            p(r.pct(res.percent), st.score, bold=True),
            [
                r.spill.cell(
                    grade_text,
                    st.score if len(grade_text) <= 3 else st.grade,
                    w * 0.9 - 24,
                    L("grade"),
                    3,
                )
            ],
            [spacer(8), p(verdict, badge_style, bold=True)],
        ],
        ["", r.spill.cell(grade_label, st.grade, w * 0.9 - 24, L("grade"), 4), ""],
    ]
    t = Table(cells, colWidths=[w * 1.2, w * 0.9, w * 0.9])
    tint = GREEN_TINT if passed else RED_TINT if passed is False else BAND
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


def _critical_box(r: Report) -> Table:
    d, st, L = r.data, r.st, r.L
    failed = d.result.failed_critical
    title = f"{L('failed_critical')} ({len(failed)})" if failed else L("failed_critical")
    rows: list[list[object]] = [[p(title, st.body, bold=True, color="#C62828" if failed else None)]]
    for item_id in failed:
        text = f"✗ {r.item_ref(item_id, 400)}"
        rows.append([r.spill.cell(text, st.cell, CONTENT_W - 16, L("failed_critical"), 4)])
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


def _info_table(r: Report) -> Table:
    d, st, L = r.data, r.st, r.L
    a, site, ctx = d.audit, d.site, d.audit.context
    res = d.result
    done = res.required_total - len(res.required_open)
    time_key = "visit_time" if ctx.visit_time else "started_time"
    rows: list[tuple[str, str]] = [
        (L("site"), site.name),
        (L("site_code"), site.code),
        (L("address"), site.address or "–"),
        (L("region"), site.region or "–"),
        (L(time_key), when(ctx.visit_time or a.created_at)),
        (L("auditor_alias" if r.mystery else "auditor"), r.auditor_shown),
        (L("form"), f"{r.t_form} ({d.form.id}, {L('version', v=d.form.version)})"),
        (L("kind"), enum_label(r.lang, "kind", a.kind)),
        (
            L("status"),
            L(
                "status_rev",
                status=enum_label(r.lang, "status", a.status.value),
                rev=a.revision,
            ),
        ),
        (
            L("completion"),
            L(
                "completion_detail",
                pct=display_percent(100 * res.completion),
                done=done,
                total=res.required_total,
            ),
        ),
    ]
    if a.signer_unverified:  # imported, its certificate not known for its auditor id
        rows.append((L("signer_check"), L("signer_unverified")))
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
        [p(k, st.cell, bold=True), r.spill.cell(v, st.cell, CONTENT_W - lw - 12, k)]
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
def sections(r: Report) -> list[Flowable]:
    """The table of section results and the bar chart of section percentages."""
    d, st, L = r.data, r.st, r.L
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
        title = section.title.get(r.lang)
        chart_rows.append((title, sr.percent, r.pct(sr.percent)))
        rows.append(
            [
                r.spill.cell(title, st.cell, widths[0] - 12, L("section"), 4),
                p(points(sr.weight), st.cell_r),
                p(points(sr.earned), st.cell_r),
                p(points(sr.possible), st.cell_r),
                p(r.pct(sr.percent), st.cell_r, bold=True),
                p(f"{sr.answered} / {sr.visible}", st.cell_r),
            ]
        )
    res = d.result
    rows.append(
        [
            p(L("total"), st.cell, bold=True),
            p("", st.cell_r),
            p(points(res.earned), st.cell_r, bold=True),
            p(points(res.possible), st.cell_r, bold=True),
            p(r.pct(res.raw_percent), st.cell_r, bold=True),
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
    out += r.spill.flush()
    out.append(spacer(12))
    out.append(heading(L("chart_title"), st.h3))
    pm = d.form.scoring.pass_percent
    out.append(section_chart(chart_rows, pm, L("pass_mark", p=points(pm))))
    return out
