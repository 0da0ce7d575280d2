"""Report fonts: one weight within a text, since the CJK font has no bold face."""

from __future__ import annotations

import subprocess
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate

from auditapp.reports import fonts
from auditapp.reports.pdf_parts import heading


def test_bold_text_holding_cjk_is_set_in_one_weight():
    assert fonts.runs("数据摘要（SHA-256）", bold=True) == [
        (fonts.CJK, "数据摘要（"),
        (fonts.LATIN, "SHA-256"),
        (fonts.CJK, "）"),
    ]
    assert fonts.runs("Data digest (SHA-256)", bold=True) == [
        (fonts.LATIN_BOLD, "Data digest (SHA-256)")
    ]
    assert fonts.runs("SHA-256", bold=False) == [(fonts.LATIN, "SHA-256")]
    assert fonts.width("总计 44", 9, bold=True) == fonts.width("总计 44", 9)


def test_a_chinese_heading_embeds_no_bold_latin_face(tmp_path: Path):
    fonts.register()
    out = tmp_path / "h.pdf"
    style = ParagraphStyle("h", fontName=fonts.LATIN, fontSize=14)
    SimpleDocTemplate(str(out), pagesize=A4).build([heading("数据摘要（SHA-256）", style)])
    listed = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert "DroidSansFallback" in listed and "DejaVuSans " in listed.replace("\n", " ")
    assert "DejaVuSans-Bold" not in listed
