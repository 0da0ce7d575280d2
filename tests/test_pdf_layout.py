"""PDF layout (issue 11): item titles in the photo and action tables wrap instead of being
cut short, and no page is left nearly empty by a forced break. Read back with poppler."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from auditapp.core.forms import parse_form
from auditapp.core.records import Auditor, Site
from auditapp.demo import load_demo
from auditapp.reports.audit_data import collect
from auditapp.reports.pdf_parts import MARGIN_BOTTOM, MARGIN_TOP, PAGE_H
from auditapp.reports.pdf_report import ReportOptions, build_report
from auditapp.services import open_data

LONG_EN = (
    "Were all fire extinguishers on every floor, including the basement store room and the "
    "loading bay behind the kitchen, inspected, tagged and signed off within the last month?"
)
LONG_ZH = "每层楼（包括地下储藏室和厨房后面的装卸区）的所有灭火器是否都在过去一个月内检查、挂牌并签字确认？"
FORM = f"""
format: 1
id: long-titles
version: 1
kind: inspection
industry: restaurant
title: {{en: Long titles, zh: 长标题}}
scoring:
  critical_policy: cap
  cap_percent: 60
  pass_percent: 80
  grades:
    - {{grade: A, min: 90, label: {{en: Excellent, zh: 优秀}}}}
    - {{grade: D, min: 0, label: {{en: Poor, zh: 差}}}}
sections:
  - id: safety
    title: {{en: Safety, zh: 安全}}
    items:
      - {{id: greet, type: check, clause: RST-1.1, prompt: {{en: Greeted, zh: 问候}}}}
      - id: extinguishers
        type: check
        critical: true
        clause: RST-1.3
        prompt: {{en: "{LONG_EN}", zh: "{LONG_ZH}"}}
"""


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (640, 480), (40, 120, 200)).save(out, "JPEG")
    return out.getvalue()


def _text(pdf: bytes, tmp: Path, *args: str) -> str:
    path = tmp / "r.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *args, str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def _between(text: str, start: str, end: str) -> str:
    return text.split(start, 1)[1].split(end, 1)[0]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_long_item_titles_wrap_in_photo_and_action_tables(tmp_path, lang):
    with open_data(tmp_path / "d", backup=False) as store:
        digest = store.forms.install(parse_form(FORM, None, "long.yaml"))
        store.sites.upsert_many([Site("SH-9", "Harbour", "East", "restaurant")])
        audit = store.audits.create(digest, "SH-9", Auditor("Li Na"))
        store.audits.set_answer(audit.id, "greet", "pass", "Li Na")
        store.audits.set_answer(audit.id, "extinguishers", "fail", "Li Na")
        store.photos.ingest(audit.id, _jpeg(), "extinguishers", "Li Na", name="x.jpg")
        store.signoff.add_action(
            audit.id, "extinguishers", "Inspect and tag", "Wang", "2026-12-20", "Li Na"
        )
        text = _text(build_report(collect(store, audit.id), ReportOptions(lang=lang)).pdf, tmp_path)
    long, gap = (LONG_EN, " ") if lang == "en" else (LONG_ZH, "")
    whole = f"1.2{gap if lang == 'zh' else ' '}{long}"

    def squeeze(part: str) -> str:
        return "".join(part.split()) if lang == "zh" else " ".join(part.split())

    heads = {
        "en": ("Photo evidence", "Corrective actions", "How this score was computed"),
        "zh": ("照片证据", "整改措施", "得分计算说明"),
    }[lang]
    photo_part = _between(text, heads[0] + "\n", heads[1] + "\n")
    action_part = _between(text, heads[1] + "\n", heads[2])
    for part in (photo_part, action_part):
        assert squeeze(whole) in squeeze(part)
        assert "…" not in part


def _content_depth(pdf: bytes, tmp: Path) -> list[float]:
    """How far down each page its content reaches (points from the top), header and
    footer left out."""
    html = _text(pdf, tmp, "-bbox")
    depths = []
    for page in html.split("<page ")[1:]:
        bottoms = [
            float(y_max)
            for y_min, y_max in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', page)
            if float(y_min) > MARGIN_TOP - 2 and float(y_max) < PAGE_H - MARGIN_BOTTOM + 2
        ]
        depths.append(max(bottoms, default=0.0))
    return depths


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_no_page_is_left_nearly_empty(tmp_path, lang):
    with open_data(tmp_path / "d", backup=False) as store:
        load_demo(store, seed=21, audits=10)
        reports = [
            build_report(collect(store, a.id), ReportOptions(lang=lang)).pdf
            for a in store.audits.list()
        ]
    for pdf in reports:
        depths = _content_depth(pdf, tmp_path)
        # Every page but the last (signatures and the stamp box) is at least 40 % full.
        assert all(
            d > MARGIN_TOP + 0.4 * (PAGE_H - MARGIN_TOP - MARGIN_BOTTOM) for d in depths[:-1]
        ), [round(d) for d in depths]
