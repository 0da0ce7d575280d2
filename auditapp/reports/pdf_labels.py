"""Fixed labels of the PDF report in English and Chinese, and the formatting of figures.

The report language is chosen per report, independently of the user interface.
"""

from __future__ import annotations

from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from auditapp.core.records import AuditStatus

if TYPE_CHECKING:
    from auditapp.reports.audit_data import AuditData

LANGS = ("en", "zh")

LABELS: dict[str, tuple[str, str]] = {
    "colon": (": ", "："),
    # cover
    "report_title": ("Audit report", "审核报告"),
    "report_short": ("ServiceAudit report", "服务审核报告"),
    "site": ("Site", "网点"),
    "site_code": ("Site code", "网点编号"),
    "address": ("Address", "地址"),
    "region": ("Region", "区域"),
    "visit_time": ("Date and time of visit", "到访日期与时间"),
    "started_time": ("Date and time (audit started)", "日期与时间（审核开始）"),
    "auditor": ("Auditor", "审核员"),
    "auditor_alias": ("Auditor (alias)", "审核员（化名）"),
    "mystery_shopper": ("Mystery shopper", "神秘顾客"),
    "form": ("Form", "审核表"),
    "version": ("version {v}", "第 {v} 版"),
    "kind": ("Audit type", "审核类型"),
    "status": ("Status", "状态"),
    "status_rev": ("{status}, revision {rev}", "{status}，第 {rev} 次修订"),
    "scenario": ("Scenario", "暗访情景"),
    "receipt": ("Receipt number", "小票号码"),
    "staff": ("Staff member", "服务员工"),
    "audit_id": ("Audit ID", "审核编号"),
    "signer_check": ("Signer", "签名人"),
    "signer_unverified": (
        "SIGNER UNVERIFIED: imported, signed by a certificate not known for this auditor id",
        "签名人未经核实：导入的审核，签名证书不是该审核员编号的已知证书",
    ),
    "digest_full": ("Data digest (SHA-256)", "数据摘要（SHA-256）"),
    "overall_score": ("Overall score", "总得分"),
    "grade": ("Grade", "等级"),
    "result": ("Result", "结论"),
    "pass": ("PASS", "合格"),
    "fail": ("FAIL", "不合格"),
    "no_score": ("NO SCORE YET", "尚无得分"),
    "draft_mark": (
        "DRAFT — not completed ({n} required items open)",
        "草稿——未完成（{n} 个必答项目未完成）",
    ),
    "draft_mark_one": (
        "DRAFT — not completed (1 required item open)",
        "草稿——未完成（1 个必答项目未完成）",
    ),
    "draft_verdict": ("DRAFT", "草稿"),
    "provisional_score": ("Provisional score", "暂定得分"),
    "provisional_note": (
        "Provisional: the audit is not completed; the score covers the items answered so "
        "far, and the grade and result are given once it is completed.",
        "暂定：审核尚未完成；得分仅按目前已回答的项目计算，等级和结论在审核完成后给出。",
    ),
    "capped_from": ("capped from {raw}% (failed critical item)", "因关键项未通过，由 {raw}% 封顶"),
    "fail_critical": ("failed because a critical item failed", "因关键项未通过而判为不合格"),
    "below_pass": ("below the pass mark of {p}%", "低于合格线 {p}%"),
    "failed_critical": ("Failed critical items", "未通过的关键项"),
    "none": ("none", "无"),
    "completion": ("Completion", "完成度"),
    "completion_detail": (
        "{pct}% ({done} of {total} required items answered or N/A)",
        "{pct}%（必答项 {total} 项中已完成 {done} 项，含不适用）",
    ),
    # sections
    "section_results": ("Results by section", "分项得分"),
    "section": ("Section", "分项"),
    "weight": ("Weight", "权重"),
    "earned": ("Earned", "得分"),
    "possible": ("Possible", "满分"),
    "percent": ("%", "得分率"),
    "answered": ("Answered", "已答"),
    "total": ("Total", "合计"),
    "chart_title": ("Score by section (%)", "各分项得分率（%）"),
    "pass_mark": ("pass mark {p}%", "合格线 {p}%"),
    "weighted_note": (
        "Earned and possible points are weighted (section weight x item points).",
        "得分与满分均为加权分（分项权重 x 审核项分值）。",
    ),
    # items
    "items": ("Items", "审核项明细"),
    "failed_items": ("Failed items ({n})", "未通过项（{n}）"),
    "other_items": ("All other items, in form order", "其余审核项（按表单顺序）"),
    "no_failed_items": ("No item failed.", "没有未通过的审核项。"),
    "section_head": (
        "{title} (weight {w}): {e} of {p} points, {pct}",
        "{title}（权重 {w}）：{e} / {p} 分，{pct}",
    ),
    "section_head_none": ("{title} (weight {w}): no points counted", "{title}（权重 {w}）：无计分"),
    "answer": ("Answer", "回答"),
    "points": ("Points", "得分"),
    "clause": ("Clause", "条款"),
    "comment": ("Comment", "备注"),
    "photos": ("Photos", "照片"),
    "critical": ("CRITICAL", "关键项"),
    "failed_mark": ("FAILED", "未通过"),
    "na": ("N/A", "不适用"),
    "not_answered": ("not answered", "未作答"),
    "not_scored": ("not scored", "不计分"),
    "excluded": ("excluded", "不计入"),
    "answer_full": ("Answer (full text)", "回答（全文）"),
    "photo_count": ("{n} attached", "{n} 张"),
    "in_section": ("Section: {title}", "分项：{title}"),
    "pass_value": ("Pass", "通过"),
    "fail_value": ("Fail", "不通过"),
    # notes for long cell text
    "see_note": ("continued in note {n} below", "全文见下方注 {n}"),
    "note": ("Note {n}", "注 {n}"),
    # photos
    "photo_evidence": ("Photo evidence", "照片证据"),
    "photo": ("Photo {n}", "照片 {n}"),
    "item": ("Item", "审核项"),
    "taken": ("Taken", "拍摄时间"),
    "added": ("Added", "添加时间"),
    "whole_audit": ("whole audit", "整体"),
    "photo_missing": ("Photo file missing from disk", "照片文件缺失"),
    "photo_unreadable": ("Photo file cannot be read", "照片文件无法读取"),
    "no_photos": ("No photos are attached.", "未附照片。"),
    "caption": ("Caption", "说明"),
    # actions
    "actions": ("Corrective actions", "整改措施"),
    "what": ("What must change", "整改内容"),
    "owner": ("Owner", "负责人"),
    "due": ("Due", "期限"),
    "no_actions": ("No corrective actions were recorded.", "未记录整改措施。"),
    "action_open": ("open", "待整改"),
    "action_done": ("done", "已完成"),
    "action_verified": ("verified", "已验证"),
    # signatures
    "signatures": ("Signatures", "签名"),
    "role": ("Role", "角色"),
    "name": ("Name", "姓名"),
    "signed_at": ("Signed", "签署时间"),
    "role_auditor": ("Auditor", "审核员"),
    "role_site_representative": ("Site representative", "网点代表"),
    "signature_missing": ("Signature image missing or unreadable", "签名图像缺失或无法读取"),
    "no_signatures": ("No signatures were drawn.", "无手写签名。"),
    "digital_signature": ("Digital signature", "数字签名"),
    # how the score was computed
    "explain_title": ("How this score was computed", "得分计算说明"),
    "rules": ("Rules", "规则"),
    "rule_points": (
        "Each scored item has maximum points P and earns e between 0 and P: a check earns P "
        "on pass and 0 on fail; a rating earns P x (value - min) / (max - min); a choice earns "
        "the chosen option's points; a multi earns the sum of its chosen options, at most P; a "
        "number earns by its rule or bands.",
        "每个计分项满分为 P，得分 e 介于 0 与 P 之间：判断项通过得 P、不通过得 0；评分项得 "
        "P x (分值 - 最小值) / (最大值 - 最小值)；单选项得所选选项的分值；多选项得所选选项分值之和，"
        "但不超过 P；数值项按其规则或分段计分。",
    ),
    "rule_exclusions": (
        "Items marked N/A, items hidden by their condition and items not answered are left "
        "out of both earned and possible points.",
        "标为不适用、因显示条件而隐藏以及未作答的审核项，既不计入得分也不计入满分。",
    ),
    "rule_weights": (
        "A section's weight w multiplies the earned and possible points of its items. "
        "Overall % = 100 x sum(w x e) / sum(w x P).",
        "分项权重 w 同时乘以该分项各审核项的得分与满分。总得分率 = 100 x Σ(w x e) / Σ(w x P)。",
    ),
    "rule_exact": (
        "Arithmetic is exact; figures are rounded only for display (percentages to one "
        "decimal place, points to two). The grade is decided on the exact value.",
        "计算按精确值进行，仅在显示时取整（百分比保留一位小数，分数保留两位小数）。等级按精确值判定。",
    ),
    "rule_grade": (
        "The grade is the first band, highest first, whose minimum the final percentage reaches.",
        "等级取最终得分率达到其下限的第一个等级（从高到低）。",
    ),
    "sums_title": ("Points by section", "各分项分数"),
    "items_counted": ("Counted", "计分项"),
    "unweighted": ("Points (unweighted)", "分数（未加权）"),
    "weighted": ("Points x weight", "分数 x 权重"),
    "overall_calc": ("Overall: 100 x {e} / {p} = {pct}%", "总得分率：100 x {e} / {p} = {pct}%"),
    "overall_none": (
        "No scored item counts yet, so there is no percentage.",
        "尚无计分项，故无得分率。",
    ),
    "exclusions_title": ("Items left out of the score", "未计入得分的审核项"),
    "excl_na": ("Marked N/A ({n})", "不适用（{n}）"),
    "excl_hidden": ("Hidden by their condition ({n})", "因显示条件隐藏（{n}）"),
    "excl_open": ("Scored items not answered ({n})", "未作答的计分项（{n}）"),
    "critical_title": ("Critical items", "关键项"),
    "policy_fail": (
        "Policy: a failed critical item fails the audit whatever its percentage.",
        "规则：任一关键项未通过，无论得分率多少，审核均判为不合格。",
    ),
    "policy_cap": (
        "Policy: a failed critical item caps the percentage at {cap}%.",
        "规则：任一关键项未通过，得分率最高为 {cap}%。",
    ),
    "critical_count": ("Critical items in this form: {n}.", "本表关键项共 {n} 项。"),
    "critical_none_failed": (
        "No critical item failed, so the policy did not apply.",
        "没有关键项未通过，该规则未触发。",
    ),
    "critical_applied_fail": (
        "Applied: {n} critical item(s) failed, so the audit fails.",
        "已触发：{n} 个关键项未通过，审核判为不合格。",
    ),
    "critical_applied_cap": (
        "Applied: {n} critical item(s) failed; the percentage was lowered from {raw}% to {cap}%.",
        "已触发：{n} 个关键项未通过，得分率由 {raw}% 降为 {cap}%。",
    ),
    "critical_cap_not_lower": (
        "{n} critical item(s) failed; the percentage {raw}% is already at or below the cap of {cap}%, so it stays.",
        "{n} 个关键项未通过；得分率 {raw}% 已不高于上限 {cap}%，保持不变。",
    ),
    "pass_title": ("Pass mark and result", "合格线与结论"),
    "pass_rule": (
        "The audit passes when the final percentage is at least {p}% and no critical item "
        "failed under the fail policy.",
        "最终得分率不低于 {p}%，且没有按“不合格”规则处理的关键项未通过时，审核合格。",
    ),
    "provisional_line": (
        "Provisional score {pct}%: no grade or result until the audit is completed.",
        "暂定得分 {pct}%：审核完成前不评定等级和结论。",
    ),
    "result_line": (
        "Final percentage {pct}%, grade {grade}: {result}.",
        "最终得分率 {pct}%，等级 {grade}：{result}。",
    ),
    "grade_bands": ("Grade bands", "等级划分"),
    "min_percent": ("From %", "下限 %"),
    "label": ("Meaning", "含义"),
    "this_audit": ("this audit", "本次审核"),
    # page furniture
    "page_of": ("Page {n} of {total}", "第 {n} 页，共 {total} 页"),
    "footer_audit": ("Audit {id}", "审核 {id}"),
    "footer_digest": ("data digest {d}", "数据摘要 {d}"),
    # enumerations
    "kind_mystery_shop": ("Mystery shop", "神秘顾客暗访"),
    "kind_inspection": ("Inspection", "现场检查"),
    "kind_self_assessment": ("Self-assessment", "自查"),
    "status_in_progress": ("in progress", "进行中"),
    "status_completed": ("completed", "已完成"),
}

UNITS: dict[str, tuple[str, str]] = {
    "min": ("min", "分钟"),
    "s": ("s", "秒"),
    "h": ("h", "小时"),
    "rings": ("rings", "声"),
    "days": ("days", "天"),
    "percent": ("%", "%"),
    "count": ("", "次"),
    "celsius": ("°C", "°C"),
    "lux": ("lx", "勒克斯"),
    "m": ("m", "米"),
    "cm": ("cm", "厘米"),
}


def draft_mark(data: AuditData, lang: str = "en") -> str:
    """ "DRAFT — not completed (N required items open)" for an audit still in progress, in
    ``lang``; "" once it is completed. Printed on every page of the PDF, put in its
    signature's reason and in the workbook, so a draft never passes for a finished report."""
    if data.audit.status != AuditStatus.IN_PROGRESS:
        return ""
    n = len(data.result.required_open)
    return label(lang, "draft_mark_one") if n == 1 else label(lang, "draft_mark", n=n)


def label(lang: str, key: str, **values: object) -> str:
    """The label ``key`` in ``lang`` with ``values`` filled in (unknown keys: the key)."""
    pair = LABELS.get(key)
    text = key if pair is None else pair[1] if lang == "zh" else pair[0]
    return text.format(**values) if values else text


def enum_label(lang: str, prefix: str, value: str) -> str:
    """A translated enumeration value (kind, status, role...), or the value itself."""
    key = f"{prefix}_{value}"
    return label(lang, key) if key in LABELS else value


def unit_label(lang: str, unit: str | None) -> str:
    """A unit of measure as the reader expects it."""
    if not unit:
        return ""
    pair = UNITS.get(unit)
    return unit if pair is None else pair[1] if lang == "zh" else pair[0]


def points(value: Fraction) -> str:
    """Points as a decimal with at most two places (halves rounded up): ``5.5``, ``0.67``."""
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    q = exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP).normalize()
    text = f"{q:f}"
    return "0" if text in ("-0", "0") else text


def when(iso: str, seconds: bool = False) -> str:
    """An ISO 8601 time as ``2024-05-03 14:25 UTC+08:00`` (the offset when one was recorded)."""
    if not iso:
        return ""
    try:
        dt = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    text = dt.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
    offset = dt.utcoffset()
    if offset is not None:
        total = int(offset.total_seconds()) // 60
        sign = "-" if total < 0 else "+"
        text += f" UTC{sign}{abs(total) // 60:02d}:{abs(total) % 60:02d}"
    return text
