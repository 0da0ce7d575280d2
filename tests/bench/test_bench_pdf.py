"""Signed PDF report of a 100-item audit with 30 photos (run with `make bench`)."""

from __future__ import annotations

import io
import statistics
from pathlib import Path

from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from auditapp.core.forms import parse_form
from auditapp.core.records import Auditor, Site
from auditapp.demo import DEMO_PASSPHRASE
from auditapp.reports.export import export_pdf
from auditapp.reports.pdf_report import ReportOptions
from auditapp.reports.signing import verify_pdf
from auditapp.store import Store
from auditapp.trust.identity import create_identity
from tests.bench.report import show, timed
from tests.bench.test_bench_foundation import _big_form_text


def _twelve_mp(seed: int) -> bytes:
    img = Image.effect_noise((4000, 3000), 30).convert("RGB")
    img.paste((seed * 7 % 255, 120, 60), (0, 0, 1200, 900))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=90)
    return buf.getvalue()


def test_bench_pdf_report(tmp_path: Path) -> None:
    store = Store(tmp_path / "d")
    form = parse_form(_big_form_text(100), None, "big.yaml")
    store.sites.upsert_many([Site("SH-001", "静安寺旗舰店", "East 华东", "restaurant")])
    audit = store.audits.create(store.forms.install(form), "SH-001", Auditor("Li Na", "AUD-1"))
    for i, item in enumerate(form.items()):
        value = {"check": "pass" if i % 5 else "fail", "rating": 4, "number": "12"}[item.type.value]
        store.audits.set_answer(audit.id, item.id, value, "Li Na")
        if i % 5 == 0:
            store.audits.set_comment(
                audit.id, item.id, "服务员未按标准问候 / not greeted " * 3, "Li Na"
            )
    items = [i.id for i in form.items()]
    for n in range(30):
        store.photos.ingest(audit.id, _twelve_mp(n), items[n * 3], "Li Na", caption=f"Evidence {n}")
    create_identity(store.data_dir, "Li Na", "AUD-1", DEMO_PASSPHRASE)
    out = tmp_path / "report.pdf"
    times = timed(
        lambda: export_pdf(store, audit.id, out, ReportOptions(lang="zh"), DEMO_PASSPHRASE), 3
    )
    size_mb = out.stat().st_size / 2**20
    photos = [store.photos.file(p) for p in store.photos.list(audit.id)]

    def baseline() -> None:
        c = canvas.Canvas(str(tmp_path / "plain.pdf"), pagesize=A4)
        for k, item in enumerate(items):
            c.drawString(40, 800 - (k % 60) * 12, f"{item}: pass 1/1")
            if k % 60 == 59:
                c.showPage()
        for k, path in enumerate(photos):
            c.drawImage(str(path), 40 + (k % 2) * 260, 420 - (k // 2 % 2) * 300, 250, 190)
            if k % 4 == 3:
                c.showPage()
        c.save()

    base = timed(baseline, 3)
    show(
        f"report built and signed, 100 items + 30 photos ({size_mb:.1f} MB; target <= 8 MB)",
        statistics.median(times) * 1000,
        "plain reportlab drawing the same text and images",
        statistics.median(base) * 1000,
        4000,
    )
    plain = (tmp_path / "plain.pdf").stat().st_size / 2**20
    print(f"      plain reportlab file: {plain:.1f} MB (images embedded at stored size)")
    v_times = timed(lambda: verify_pdf(out), 5)
    assert verify_pdf(out).intact
    show(
        "verify that report",
        statistics.median(v_times) * 1000,
        "reading the file",
        statistics.median(timed(out.read_bytes, 5)) * 1000,
        1000,
    )
    store.close()
