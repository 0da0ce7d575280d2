"""The later parts of the PDF report: photo evidence, corrective actions, how the score
was computed, and the signatures with the box kept for the digital signature stamp.

Each function takes the report being built (:class:`auditapp.reports.pdf_report._Report`)
and returns flowables.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, TableStyle

from auditapp.core.model import CriticalPolicy
from auditapp.core.scoring import display_percent
from auditapp.reports.pdf_labels import enum_label, points, when
from auditapp.reports.pdf_parts import (
    ACCENT,
    BAND,
    CONTENT_W,
    GREEN_TINT,
    RULE,
    ImageProblem,
    Picture,
    Placeholder,
    SignatureBox,
    Table,
    fit,
    heading,
    load_photo,
    load_signature,
    p,
    rich,
    spacer,
)

if TYPE_CHECKING:
    from auditapp.reports.pdf_report import _Report as Report


# photos --------------------------------------------------------------------------
def photos(r: Report) -> list[Flowable]:
    d, st, L = r.data, r.st, r.L
    if not d.photos:
        return [
            spacer(6),
            heading(L("photo_evidence"), st.h1, outline=0),
            p(L("no_photos"), st.body),
        ]
    per_row = 3
    cw = CONTENT_W / per_row
    box_w, box_h = cw - 10, (cw - 10) * 0.75
    # A new page only when the heading and a row of photos do not fit: a forced break
    # left the last two or three items alone on a page.
    out: list[Flowable] = [
        CondPageBreak(box_h + 120),
        spacer(14),
        heading(L("photo_evidence"), st.h1, outline=0),
    ]
    cells: list[object] = []
    for ph in d.photos:
        n = r.photo_no[ph.id]
        path = d.photo_files.get(ph.id)
        picture: Flowable
        try:
            if path is None:
                raise ImageProblem(True, "is missing from disk")
            img = load_photo(path)
            w, h = fit(img.width, img.height, box_w, box_h)
            picture = Picture(img, w, h)
        except ImageProblem as exc:
            key = "photo_missing" if exc.missing else "photo_unreadable"
            picture = Placeholder(box_w, box_h, [L(key), f"SHA-256 {ph.sha256[:16]}…"])
            r.warnings.append(
                f"photo #{n} (id {ph.id}, sha {ph.sha256[:12]}...) {exc}; a placeholder was printed"
            )
        cell: list[object] = [picture, spacer(3), p(L("photo", n=n), st.small, bold=True)]
        if ph.caption.strip():
            cell.append(r.spill.cell(ph.caption, st.small, box_w, L("photo", n=n), 4))
        cell.append(_item_cell(r, ph.item_id, st.muted, box_w, L("photo", n=n)))
        taken = (L("taken"), ph.taken_at) if ph.taken_at else (L("added"), ph.added_at)
        cell.append(
            rich(
                [(taken[0] + L("colon"), True, None), (when(taken[1], seconds=True), False, None)],
                st.muted,
            )
        )
        cells.append(cell)
    rows: list[list[object]] = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
    rows[-1] += [""] * (per_row - len(rows[-1]))
    t = Table(rows, colWidths=[cw] * per_row)
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (-1, -1), "LEFT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    out.append(t)
    out += r.spill.flush()
    return out


def _item_cell(
    r: Report,
    item_id: str | None,
    style: ParagraphStyle,
    width: float,
    what: str,
    named: bool = True,
) -> Flowable:
    """The item's number and whole prompt, wrapped in a cell ``width`` wide: never cut
    short (a prompt too long for any cell is printed in full in a note after the table)."""
    L = r.L
    ref = r.item_ref(item_id, limit=None)
    prefix = L("item") + L("colon") if named else ""
    notes = len(r.spill.pending)
    para = r.spill.cell(prefix + ref, style, width, what, 24)
    if named and len(r.spill.pending) == notes:  # whole: "Item:" in bold, as beside it
        return rich([(prefix, True, None), (ref, False, None)], style)
    return para


# corrective actions --------------------------------------------------------------
def actions(r: Report) -> list[Flowable]:
    d, st, L = r.data, r.st, r.L
    out: list[Flowable] = [spacer(6), heading(L("actions"), st.h1, outline=0)]
    if not d.actions:
        return out + [p(L("no_actions"), st.body)]
    widths = [150.0, CONTENT_W - 150 - 80 - 62 - 58, 80.0, 62.0, 58.0]
    rows: list[list[object]] = [
        [p(L(k), st.head, bold=True) for k in ("item", "what", "owner", "due", "status")]
    ]
    status_color = {"open": "#C62828", "done": "#B07D00", "verified": "#2E7D32"}
    for n, act in enumerate(d.actions, 1):
        what: list[object] = [
            r.spill.cell(act.what, st.cell, widths[1] - 12, f"{L('actions')} {n}")
        ]
        if act.closing_evidence.strip():
            what.append(
                r.spill.cell(
                    act.closing_evidence, st.muted, widths[1] - 12, f"{L('actions')} {n}", 6
                )
            )
        rows.append(
            [
                _item_cell(r, act.item_id, st.cell, widths[0] - 12, f"{L('actions')} {n}", False),
                what,
                r.spill.cell(r.who(act.owner), st.cell, widths[2] - 12, L("owner"), 6),
                p(act.due_date, st.cell),
                p(
                    enum_label(r.lang, "action", act.status.value),
                    st.cell,
                    bold=True,
                    color=status_color.get(act.status.value),
                ),
            ]
        )
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, BAND]),
            ]
        )
    )
    out.append(t)
    out += r.spill.flush()
    return out


# signatures ----------------------------------------------------------------------
def signatures(r: Report) -> list[Flowable]:
    d, st, L = r.data, r.st, r.L
    out: list[Flowable] = [spacer(8), heading(L("signatures"), st.h1, outline=0)]
    img_w, img_h = 200.0, 62.0
    rows: list[list[object]] = []
    for sig in d.signatures:
        path = d.signature_files.get(sig.id)
        picture: Flowable
        try:
            if path is None:
                raise ImageProblem(True, "is missing from disk")
            img = load_signature(path)
            w, h = fit(img.width, img.height, img_w, img_h)
            picture = Picture(img, w, h)
        except ImageProblem as exc:
            picture = Placeholder(
                img_w, img_h, [L("signature_missing"), f"SHA-256 {sig.image_sha256[:16]}…"]
            )
            r.warnings.append(
                f"signature of {sig.role} (id {sig.id}, sha {sig.image_sha256[:12]}...) {exc}; a placeholder was printed"
            )
        who = [
            p(enum_label(r.lang, "role", sig.role), st.body, bold=True),
            r.spill.cell(r.who(sig.name), st.body, CONTENT_W - img_w - 30, L("name"), 4),
            rich(
                [
                    (L("signed_at") + L("colon"), False, None),
                    (when(sig.signed_at, seconds=True), False, None),
                ],
                st.muted,
            ),
        ]
        rows.append([picture, who])
    if rows:
        t = Table(rows, colWidths=[img_w + 16, CONTENT_W - img_w - 16])
        t.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        out.append(t)
    else:
        out.append(p(L("no_signatures"), st.body))
    out += r.spill.flush()
    if r.options.signature_box:
        caption = L("digital_signature")
        if r.options.signer:
            caption = f"{caption}: {r.options.signer}"
        r.box = SignatureBox(caption)
        out.append(KeepTogether([spacer(18), r.box]))
    return out


# how the score was computed ------------------------------------------------------------
def _table(
    rows: list[list[object]], widths: list[float], total_row: bool = False, head_rows: int = 1
) -> Table:
    t = Table(rows, colWidths=widths, repeatRows=head_rows)
    style = [
        ("BACKGROUND", (0, 0), (-1, head_rows - 1), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if total_row:
        style += [
            ("BACKGROUND", (0, -1), (-1, -1), BAND),
            ("LINEABOVE", (0, -1), (-1, -1), 0.9, ACCENT),
        ]
    t.setStyle(TableStyle(style))
    return t


def explanation(r: Report) -> list[Flowable]:
    """The page that explains the score from ``data.result``, line by line."""
    d, st, L = r.data, r.st, r.L
    res, settings = d.result, d.form.scoring
    out: list[Flowable] = [
        heading(L("explain_title"), st.h1, outline=0),
        heading(L("rules"), st.h2),
    ]
    for key in ("rule_points", "rule_exclusions", "rule_weights", "rule_exact", "rule_grade"):
        out.append(rich([(L(key), False, None)], st.bullet))
        out[-1].bulletText = "•"

    # per-section sums, straight from the item and section results
    out.append(heading(L("sums_title"), st.h2))
    head = [
        "section",
        "weight",
        "items_counted",
        "earned",
        "possible",
        "earned",
        "possible",
        "percent",
    ]
    rows: list[list[object]] = [
        [p(L(k), st.head if i == 0 else st.head_r, bold=True) for i, k in enumerate(head)]
    ]
    rows.insert(
        0,
        [p("", st.head), p("", st.head), p("", st.head)]
        + [p(L("unweighted"), st.head, bold=True), ""]
        + [p(L("weighted"), st.head, bold=True), ""]
        + [p("", st.head)],
    )
    for section, sr in zip(d.form.sections, res.sections, strict=True):
        counted = [x for x in res.items if x.section_id == section.id and x.counted]
        e = sum((x.earned for x in counted), start=0 * sr.earned)
        pp = sum((x.possible for x in counted), start=0 * sr.earned)
        rows.append(
            [
                r.spill.cell(section.title.get(r.lang), st.cell, 128, L("section"), 4),
                p(points(sr.weight), st.cell_r),
                p(str(len(counted)), st.cell_r),
                p(points(e), st.cell_r),
                p(points(pp), st.cell_r),
                p(points(sr.earned), st.cell_r),
                p(points(sr.possible), st.cell_r),
                p(r.pct(sr.percent), st.cell_r),
            ]
        )
    n_counted = sum(1 for x in res.items if x.counted)
    rows.append(
        [p(L("total"), st.cell, bold=True), "", p(str(n_counted), st.cell_r), "", ""]
        + [
            p(points(res.earned), st.cell_r, bold=True),
            p(points(res.possible), st.cell_r, bold=True),
        ]
        + [p(r.pct(res.raw_percent), st.cell_r, bold=True)]
    )
    rest = (CONTENT_W - 140) / 7
    t = _table(rows, [140] + [rest] * 7, total_row=True, head_rows=2)
    t.setStyle(
        TableStyle(
            [
                ("SPAN", (3, 0), (4, 0)),
                ("SPAN", (5, 0), (6, 0)),
                ("ALIGN", (3, 0), (-1, 0), "CENTER"),
            ]
        )
    )
    out.append(t)
    out.append(spacer(4))
    if res.raw_percent is None:
        out.append(p(L("overall_none"), st.body))
    else:
        calc = L(
            "overall_calc",
            e=points(res.earned),
            p=points(res.possible),
            pct=display_percent(res.raw_percent),
        )
        out.append(p(calc, st.body, bold=True))
    out += r.spill.flush()

    # exclusions, each listed
    out.append(heading(L("exclusions_title"), st.h2))
    form_items = {i.id: i for i in d.form.items()}
    na = [x.item_id for x in res.items if x.visible and x.na]
    hidden = [x.item_id for x in res.items if not x.visible]
    open_ = [
        x.item_id
        for x in res.items
        if x.visible and not x.na and not x.answered and form_items[x.item_id].scored
    ]
    for key, ids in (("excl_na", na), ("excl_hidden", hidden), ("excl_open", open_)):
        out.append(heading(L(key, n=len(ids)), st.h3))
        if not ids:
            out.append(p(L("none"), st.bullet))
        for item_id in ids:
            para = rich(
                [(r.item_ref(item_id, 160), False, None), (f"  ({item_id})", False, "#616E7C")],
                st.bullet,
            )
            para.bulletText = "–"
            out.append(para)

    # critical policy and whether it applied
    out.append(heading(L("critical_title"), st.h2))
    cap = points(settings.cap_percent) if settings.cap_percent is not None else "–"
    policy = (
        L("policy_fail")
        if settings.critical_policy == CriticalPolicy.FAIL
        else L("policy_cap", cap=cap)
    )
    n_critical = sum(1 for i in d.form.items() if i.critical)
    out.append(p(f"{policy} {L('critical_count', n=n_critical)}", st.body))
    failed = res.failed_critical
    raw = display_percent(res.raw_percent)
    if not failed:
        outcome = L("critical_none_failed")
    elif res.critical_fail:
        outcome = L("critical_applied_fail", n=len(failed))
    elif res.capped:
        outcome = L("critical_applied_cap", n=len(failed), raw=raw, cap=cap)
    else:
        outcome = L("critical_cap_not_lower", n=len(failed), raw=raw, cap=cap)
    out.append(p(outcome, st.body, bold=bool(failed), color="#C62828" if failed else None))
    for item_id in failed:
        para = rich([(r.item_ref(item_id, 160), False, "#C62828")], st.bullet)
        para.bulletText = "✗"
        out.append(para)

    # pass mark, result and grade bands
    out.append(heading(L("pass_title"), st.h2))
    out.append(p(L("pass_rule", p=points(settings.pass_percent)), st.body))
    if res.percent is None:
        out.append(p(L("overall_none"), st.body))
    elif r.draft:
        line = L("provisional_line", pct=display_percent(res.percent))
        out.append(p(line, st.body, bold=True))
    else:
        verdict = L("pass") if res.passed else L("fail")
        grade = res.grade.grade if res.grade else "–"
        line = L("result_line", pct=display_percent(res.percent), grade=grade, result=verdict)
        out.append(p(line, st.body, bold=True, color="#2E7D32" if res.passed else "#C62828"))
    out.append(heading(L("grade_bands"), st.h3))
    rows = [
        [p(L(k), st.head, bold=True) for k in ("grade", "min_percent", "label")] + [p("", st.head)]
    ]
    mine = None
    for n, band in enumerate(settings.grades, 1):
        here = (
            not r.draft
            and res.grade is not None
            and band.grade == res.grade.grade
            and band.min == res.grade.min
        )
        mine = n if here else mine
        rows.append(
            [
                p(band.grade, st.cell, bold=True),
                p(points(band.min), st.cell),
                r.spill.cell(band.label.get(r.lang), st.cell, 200, L("grade_bands"), 3),
                p(f"← {L('this_audit')}" if here else "", st.cell, bold=True),
            ]
        )
    t = _table(rows, [60, 70, 220, CONTENT_W - 350])
    if mine is not None:
        t.setStyle(TableStyle([("BACKGROUND", (0, mine), (-1, mine), GREEN_TINT)]))
    out.append(t)
    out += r.spill.flush()
    return out
