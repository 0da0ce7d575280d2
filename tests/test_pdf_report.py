"""The PDF report: content in both languages, fonts, hostile text, missing photos, layout.

Checked with poppler (pdftotext, pdffonts, pdfimages), independently of reportlab.
"""

from __future__ import annotations

import dataclasses
import functools
import io
import random
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from auditapp.core.evidence import Photo
from auditapp.core.forms import parse_form
from auditapp.core.records import Auditor, Site, VisitContext
from auditapp.core.scoring import display_percent
from auditapp.demo import load_demo
from auditapp.reports.audit_data import collect
from auditapp.reports.errors import ReportError
from auditapp.reports.pdf_labels import label
from auditapp.reports.pdf_report import ReportOptions, build_report
from auditapp.services import open_data

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils not installed",
)

REAL = Auditor("Wang Realname", "AUD-9", "Owl Seven")
LONG_END = "END-OF-LONG-COMMENT"
HOSTILE = "<b>not bold</b> & <br/> &amp; <script>x</script> 😀👍🏽 שלום עולם مرحبا بالعالم"


FORM = """
format: 1
id: hostile-visit
version: 1
kind: mystery_shop
signatures: [auditor, site_representative]
industry: restaurant
title: {en: Hostile visit, zh: 暗访测试}
scoring:
  critical_policy: cap
  cap_percent: 60
  pass_percent: 80
  grades:
    - {grade: A, min: 90, label: {en: Excellent, zh: 优秀}}
    - {grade: B, min: 80, label: {en: Good, zh: 良好}}
    - {grade: C, min: 60, label: {en: Fair, zh: 一般}}
    - {grade: D, min: 0, label: {en: Poor, zh: 差}}
sections:
  - id: service
    title: {en: Service, zh: 服务}
    weight: 2
    items:
      - {id: greet, type: check, clause: RST-1.1, points: 2, prompt: {en: Greeted, zh: 问候}}
      - id: attitude
        type: rating
        clause: RST-1.2
        allow_na: true
        scale: {min: 1, max: 5}
        prompt: {en: Attitude, zh: 态度}
  - id: clean
    title: {en: Cleanliness, zh: 清洁}
    items:
      - {id: hygiene, type: check, clause: RST-1.3, critical: true, prompt: {en: Hygiene, zh: 卫生}}
      - {id: wait, type: number, clause: RST-1.4, unit: min, rule: {max: 15}, prompt: {en: Wait, zh: 等待}}
      - id: tables
        type: choice
        clause: RST-1.5
        points: 2
        prompt: {en: Tables, zh: 桌面}
        options:
          - {id: clean, label: {en: Clean, zh: 干净}, points: 2}
          - {id: dirty, label: {en: Dirty, zh: 脏}, points: 0}
      - {id: notes, type: text, required: false, prompt: {en: Notes, zh: 备注}}
      - {id: why_dirty, type: text, prompt: {en: Why, zh: 原因}, visible_if: {item: tables, equals: dirty}}
"""


def pdftotext(pdf: bytes, tmp: Path) -> str:
    path = tmp / "r.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def poppler(tool: str, pdf: bytes, tmp: Path) -> str:
    path = tmp / "r.pdf"
    path.write_bytes(pdf)
    return subprocess.run([tool, str(path)], capture_output=True, text=True, check=True).stdout


def flat(text: str) -> str:
    """Text with line breaks and runs of spaces folded, for phrases that may wrap."""
    return " ".join(text.split())


@functools.cache
def _grain(w: int, h: int) -> Image.Image:
    return Image.effect_noise((w, h), 50).convert("RGB")


def jpeg(rng: random.Random, w: int, h: int, noise: float = 0.3) -> bytes:
    """A photo-like JPEG: coloured shapes under sensor-like grain (not trivially compressible)."""
    img = Image.new("RGB", (w, h), tuple(rng.randrange(256) for _ in range(3)))
    draw = ImageDraw.Draw(img)
    for _ in range(25):
        x, y = rng.randrange(w), rng.randrange(h)
        box = (x, y, x + rng.randrange(20, w // 2), y + rng.randrange(20, h // 2))
        draw.ellipse(box, fill=tuple(rng.randrange(256) for _ in range(3)))
    img = Image.blend(img, _grain(w, h), noise)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=90)
    return out.getvalue()


def png_signature(y: int) -> bytes:
    img = Image.new("RGBA", (300, 100), (255, 255, 255, 0))
    ImageDraw.Draw(img).line(
        [(10, 80), (80, y), (160, 70), (280, 30)], fill=(0, 0, 120, 255), width=4
    )
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def demo(tmp_path):
    store = open_data(tmp_path / "d", backup=False)
    load_demo(store, seed=5, audits=3)  # self-assessment, inspection, mystery shop
    yield store
    store.close()


def hostile_audit(store, auditor: Auditor = REAL, photos: int = 3, heavy: bool = False):
    """A mystery shop full of hostile text, with photos, signatures and actions.

    ``heavy`` adds the long texts: an 11,000-character comment, 200 lines, 4,000 characters
    without a space, a 3,000-character CJK answer and an 800-word action.
    """
    n_long = 1 if heavy else 0
    digest = store.forms.install(parse_form(FORM, None, "hostile.yaml"))
    store.sites.upsert_many(
        [
            Site(
                "SH-01",
                "静安寺<b>店</b> & Co",
                "East 华东",
                "restaurant",
                "上海 <i>南京西路</i> 1 & 2",
            )
        ]
    )
    ctx = VisitContext("Lunch <i>for two</i> 🍜", "2026-03-04T12:30:00+08:00", "R&D<1>", "שלום")
    audit = store.audits.create(digest, "SH-01", auditor, ctx)
    who = auditor.name
    for item, value in (
        ("greet", "pass"),
        ("attitude", 4),
        ("hygiene", "fail"),
        ("wait", "16"),
        ("tables", "dirty"),
        ("notes", HOSTILE + " " + "長" * 3000 * n_long),
        ("why_dirty", "x" * (4000 * n_long or 10)),
    ):
        store.audits.set_answer(audit.id, item, value, who)
    long = ("服务员态度很好，但是等了很久。The waiter was friendly but slow. " * 260 * n_long)[
        :11_000
    ]
    store.audits.set_comment(audit.id, "hygiene", HOSTILE + " " + long + " " + LONG_END, who)
    store.audits.set_comment(audit.id, "greet", "\n".join(["line"] * (200 * n_long or 3)), who)
    rng = random.Random(4)
    for n in range(photos):
        store.photos.ingest(
            audit.id,
            jpeg(rng, 400, 300),
            ["tables", "hygiene", None][n % 3],
            who,
            caption=f"<b>caption {n}</b> & 😀 " + ("long " * 300 if n == 1 else ""),
        )
    store.signoff.sign(audit.id, "auditor", who, png_signature(20), who)
    store.signoff.sign(audit.id, "site_representative", "店长 <b>Zhang</b>", png_signature(40), who)
    store.signoff.add_action(
        audit.id,
        "hygiene",
        "Clean <kitchen> & retrain " + "详细 " * 800 * n_long,
        who,
        "2026-04-01",
        who,
    )
    store.signoff.add_action(audit.id, None, "General & <misc>", "Li & <Co>", "2026-04-02", who)
    return audit


def first_audit(store, mystery: bool):
    """The first completed demo audit of the kind asked for."""
    for audit in store.audits.list():
        if audit.status.value != "in_progress" and (audit.kind == "mystery_shop") == mystery:
            return collect(store, audit.id)
    raise AssertionError("the demo data has no such audit")


def check_pages(text: str, lang: str, data) -> list[str]:
    """Every page carries "page x of y", the audit id and the short digest; returns the pages."""
    pages = [p for p in text.split("\f") if p.strip()]
    for n, page in enumerate(pages, 1):
        assert label(lang, "page_of", n=n, total=len(pages)) in page
        assert data.digest[:16] in page
        assert data.audit.id in page
    return pages


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_report_shows_site_score_grade_and_labels_in_its_language(demo, tmp_path, lang):
    data = first_audit(demo, mystery=True)
    built = build_report(data, ReportOptions(lang=lang))
    assert built.pdf.startswith(b"%PDF-") and built.warnings == ()
    text = pdftotext(built.pdf, tmp_path)
    r = data.result
    assert data.site.name in text  # Chinese site name extracts
    assert f"{display_percent(r.percent)}%" in text
    assert r.grade is not None
    assert re.search(rf"(?m)^{r.grade.grade}$", text)
    assert r.grade.label.get(lang) in flat(text)
    assert label(lang, "pass" if r.passed else "fail") in text
    assert data.form.title.get(lang) in text
    other = "zh" if lang == "en" else "en"
    for key in (
        "overall_score",
        "explain_title",
        "section_results",
        "photo_evidence",
        "signatures",
    ):
        assert label(lang, key) in text
    for key in ("overall_score", "explain_title", "section_results", "chart_title"):
        assert label(other, key) not in text  # (demo texts themselves mix both languages)
    check_pages(text, lang, data)
    # a mystery shop: the real name appears nowhere, not even in the metadata
    assert data.audit.auditor.name not in text
    assert data.audit.auditor.name.encode() not in built.pdf
    # both fonts embedded (subsets), and no font left to the viewer
    out = poppler("pdffonts", built.pdf, tmp_path)
    rows = [line.split() for line in out.splitlines()[2:]]
    names = {row[0].split("+")[-1] for row in rows}
    assert {"DroidSansFallback", "DejaVuSans"} <= names, out
    assert all(row[-5] == "yes" for row in rows), out  # the "emb" column


def test_hostile_text_is_text_and_long_comments_split_across_pages(store, tmp_path):
    audit = hostile_audit(store, heavy=True)
    data = collect(store, audit.id)
    for lang in ("en", "zh"):
        built = build_report(data, ReportOptions(lang=lang))
        text = pdftotext(built.pdf, tmp_path)
        assert "<b>not bold</b>" in text
        assert "<script>x</script>" in text
        assert "静安寺<b>店</b> & Co" in text
        assert LONG_END in text  # the 11,000-character comment is there to the end
        assert "R&D<1>" in text
        pages = check_pages(text, lang, data)
        assert len([p for p in pages if "The waiter was friendly" in p]) >= 2


def test_missing_and_damaged_photos_give_placeholders_and_warnings(store, tmp_path):
    audit = hostile_audit(store)
    data = collect(store, audit.id)
    gone, bad = data.photos[0], data.photos[2]
    data.photo_files[gone.id].unlink()
    data.photo_files[bad.id].write_bytes(b"not a jpeg at all")
    data.signature_files[data.signatures[0].id].unlink()
    built = build_report(data)
    assert built.pdf.startswith(b"%PDF-")
    warnings = "\n".join(built.warnings)
    assert len(built.warnings) == 3, warnings
    assert f"sha {gone.sha256[:12]}" in warnings and "missing from disk" in warnings
    assert f"sha {bad.sha256[:12]}" in warnings and "cannot be read" in warnings
    assert "signature" in warnings
    text = flat(pdftotext(built.pdf, tmp_path))
    assert label("en", "photo_missing") in text
    assert label("en", "photo_unreadable") in text
    assert label("en", "signature_missing") in text


def test_failures_first_puts_failed_items_before_passed_ones(store, tmp_path):
    data = collect(store, hostile_audit(store, photos=0).id)

    def order(failures_first: bool) -> tuple[int, int]:
        text = pdftotext(
            build_report(data, ReportOptions(failures_first=failures_first)).pdf, tmp_path
        )
        start = text.index(label("en", "chart_title"))  # items come after the chart
        return text.index("Greeted", start), text.index("Hygiene", start)

    greeted, hygiene = order(False)
    assert greeted < hygiene  # form order: 1.1 Greeted (passed), 2.1 Hygiene (failed)
    greeted, hygiene = order(True)
    assert hygiene < greeted


@pytest.mark.parametrize("alias", ["Owl Seven", ""])
def test_mystery_shop_report_never_shows_the_real_name(store, tmp_path, alias):
    auditor = Auditor("Wang Realname", "AUD-9", alias)
    data = collect(store, hostile_audit(store, auditor, photos=0).id)
    for lang in ("en", "zh"):
        built = build_report(data, ReportOptions(lang=lang))
        text = pdftotext(built.pdf, tmp_path)
        assert "Realname" not in text and b"Realname" not in built.pdf  # metadata too
        assert (alias or label(lang, "mystery_shopper")) in text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_signature_box_is_kept_free_on_the_last_page(store, tmp_path, lang):
    data = collect(store, hostile_audit(store, photos=1).id)
    built = build_report(data, ReportOptions(lang=lang))
    pages = check_pages(pdftotext(built.pdf, tmp_path), lang, data)
    index, x1, y1, x2, y2 = built.signature_rect
    assert index == len(pages) - 1
    assert (round(x2 - x1), round(y2 - y1)) == (260, 70)
    assert 0 < x1 < x2 < 595 and 0 < y1 < y2 < 842
    assert build_report(data, ReportOptions(lang=lang, signature_box=False)).signature_rect is None


def test_thirty_photos_stay_small(store, tmp_path):
    # Photo files made directly (ingest has its own tests): grainy, so they do not compress
    # away, and larger than the report's 1000 px so that every one is downscaled.
    data = collect(store, hostile_audit(store, photos=0).id)
    rng = random.Random(9)
    photos, files = [], {}
    for n in range(1, 31):
        files[n] = tmp_path / f"p{n}.jpg"
        files[n].write_bytes(jpeg(rng, 1100, 825, noise=0.45))
        when = "2026-03-04T12:00:00+08:00"
        photos.append(
            Photo(n, data.audit.id, "tables", f"{n:064x}", "", f"p{n}", when, 1100, 825, when)
        )
    built = build_report(dataclasses.replace(data, photos=tuple(photos), photo_files=files))
    assert len(built.pdf) < 8 * 1024 * 1024
    path = tmp_path / "r.pdf"
    path.write_bytes(built.pdf)
    listing = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout
    rows = [line.split() for line in listing.splitlines()[2:]]
    photos = [row for row in rows if row[8] == "jpeg"]
    assert len(photos) == 30
    assert all(max(int(row[3]), int(row[4])) <= 1000 for row in photos)


def test_an_empty_audit_and_a_bad_language(store, tmp_path):
    audit = hostile_audit(store, photos=0)
    fresh = store.audits.create(store.audits.get(audit.id).form_hash, "SH-01", Auditor("Ann"))
    data = collect(store, fresh.id)
    text = pdftotext(build_report(data).pdf, tmp_path)
    assert label("en", "no_score") in text and label("en", "not_answered") in text
    with pytest.raises(ReportError, match="language"):
        build_report(data, ReportOptions(lang="fr"))
