"""Photo ingest: upright, downscaled, no location, and refusals that store nothing."""

from __future__ import annotations

import hashlib
import io
import struct
import zlib

import pytest
from PIL import Image

from auditapp.core.records import Auditor, Site
from auditapp.store import PhotoError
from tests.scoring_forms import worked_form

ME = Auditor("Li Na")


@pytest.fixture
def audit(store):
    digest = store.forms.install(worked_form())
    store.sites.upsert_many([Site("SH-01", "静安店", "East", "restaurant")])
    return store.audits.create(digest, "SH-01", ME)


def jpeg(w, h, orientation=None, gps=False, when=None) -> bytes:
    img = Image.new("RGB", (w, h), (200, 30, 30))
    img.paste((30, 30, 200), (0, 0, w // 2, h // 4))  # a marker at the top-left
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    if when:
        exif.get_ifd(0x8769)[0x9003] = when
    if gps:
        exif.get_ifd(0x8825)[2] = (31.0, 14.0, 0.0)
    out = io.BytesIO()
    img.save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


def counts(store):
    photos = store.db.execute("SELECT COUNT(*) FROM photos").fetchone()[0]
    files = [p for p in (store.data_dir / "photos").rglob("*") if p.is_file()]
    return photos, len(files)


def test_ingest_rotates_downscales_and_strips_location(store, audit):
    data = jpeg(4000, 3000, orientation=6, gps=True, when="2026:11:20 09:15:00")
    photo = store.photos.ingest(audit.id, data, "tables", ME.name, caption="Table 4")
    # turned upright (portrait), long edge scaled to about 2048 px
    assert photo.width < photo.height and 1800 <= photo.height <= 2048
    assert abs(photo.width / photo.height - 0.75) < 0.01
    assert photo.taken_at == "2026-11-20T09:15:00"
    assert photo.original_sha256 == hashlib.sha256(data).hexdigest()
    stored = store.photos.file(photo).read_bytes()
    assert hashlib.sha256(stored).hexdigest() == photo.sha256
    with Image.open(io.BytesIO(stored)) as img:
        exif = img.getexif()
        assert not exif.get_ifd(0x8825) and 0x0112 not in exif
    assert store.audits.answers(audit.id)["tables"].photo_count == 1
    assert store.photos.thumbnail(photo).exists()
    assert store.audits.trail_problems(audit.id) == []


def test_small_and_png_photos_keep_their_size(store, audit):
    img = Image.new("RGBA", (5000, 1000), (0, 128, 0, 128))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    wide = store.photos.ingest(audit.id, buf.getvalue(), None, ME.name)
    assert (wide.width, wide.height) == (2048, 410)
    small = store.photos.ingest(audit.id, jpeg(640, 480), None, ME.name)
    assert (small.width, small.height) == (640, 480)


def test_same_photo_is_stored_once(store, audit):
    data = jpeg(800, 600)
    a = store.photos.ingest(audit.id, data, "tables", ME.name)
    b = store.photos.ingest(audit.id, data, None, ME.name)
    assert a.sha256 == b.sha256
    assert counts(store) == (2, 1)


def test_remove_and_undo(store, audit):
    p = store.photos.ingest(audit.id, jpeg(640, 480), "tables", ME.name)
    store.photos.set_removed(p.id, True, ME.name)
    assert store.photos.list(audit.id) == []
    store.photos.set_removed(p.id, False, ME.name)
    assert [x.id for x in store.photos.list(audit.id)] == [p.id]


def _png_header_only(w: int, h: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.7 this is not an image" * 50, "this is a PDF document, not a photo"),
        (jpeg(1200, 900)[:3000], "damaged or truncated"),
        (_png_header_only(60000, 60000), "decompression bomb"),
        (_png_header_only(10000, 9000), "megapixels"),
        (b"", "not a photo in a format accepted here"),
    ],
    ids=["pdf", "truncated-jpeg", "decompression-bomb", "too-many-pixels", "empty"],
)
def test_bad_files_are_refused_without_leftovers(store, audit, data, message):
    with pytest.raises(PhotoError, match=message):
        store.photos.ingest(audit.id, data, "tables", ME.name, name="upload.bin")
    assert counts(store) == (0, 0)
    assert store.audits.answers(audit.id) == {}


def test_huge_file_is_refused(store, audit, tmp_path):
    big = tmp_path / "big.jpg"
    big.write_bytes(b"\xff\xd8" + b"\0" * (61 * 1024 * 1024))
    with pytest.raises(PhotoError, match="at most 60 MB"):
        store.photos.ingest(audit.id, big, "tables", ME.name)
    assert counts(store) == (0, 0)


def test_atomic_writes_leave_no_temporary_files_and_make_their_folders(tmp_path):
    from auditapp.store.blobs import write_atomically

    target = tmp_path / "ab" / "cd" / "blob.jpg"
    write_atomically(target, b"first")
    write_atomically(target, b"second", private=True)
    assert target.read_bytes() == b"second"
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert [p.name for p in target.parent.iterdir()] == ["blob.jpg"]


POSTSCRIPT = b"""%!PS-Adobe-3.0 EPSF-3.0
%%BoundingBox: 0 0 100 100
/out (OUTFILE) (w) file def out (ran) writestring out closefile
showpage
"""


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (POSTSCRIPT, "this is a PostScript file, not a photo"),
        (b"\xc5\xd0\xd3\xc6" + b"\0" * 28 + POSTSCRIPT, "this is an EPS file, not a photo"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "this is a PDF document, not a photo"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "this is an SVG drawing, not a photo"),
        (b"\x00\x01\x02 nothing known", "not a photo in a format accepted here"),
    ],
)
def test_only_camera_formats_are_opened_never_an_interpreter(store, audit, tmp_path, data, said):
    marker = tmp_path / "ghostscript-ran"
    data = data.replace(b"OUTFILE", str(marker).encode())
    with pytest.raises(PhotoError) as info:
        store.photos.ingest(audit.id, data, None, ME.name, name="holiday.jpg")
    assert str(info.value).startswith("holiday.jpg: ") and said in str(info.value)
    assert "JPEG, PNG, WebP, TIFF, GIF or BMP" in str(info.value)
    assert not marker.exists()
    assert store.photos.list(audit.id) == []


def test_a_sliver_is_refused_before_it_is_decoded(store, audit):
    buf = io.BytesIO()
    Image.new("RGB", (20_000, 1), (9, 9, 9)).save(buf, "PNG")
    with pytest.raises(
        PhotoError, match=r"20000x1 pixels, not the shape of a photo \(at most 25:1\)"
    ):
        store.photos.ingest(audit.id, buf.getvalue(), None, ME.name, name="strip.png")


PEAK = """
import io, resource, sys
from PIL import Image
buf = io.BytesIO()
Image.new("RGBA", (6000, 6000), (10, 200, 30, 128)).save(buf, "PNG")
data = buf.getvalue()
from auditapp.store.photos import normalise_image
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
jpeg, w, h, _ = normalise_image(data, "big.png")
print(w, h, (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) // 1024)
"""


def test_a_large_transparent_png_is_downscaled_before_it_is_converted():
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-c", PEAK], capture_output=True, text=True, timeout=120, check=True
    )
    width, height, grown_mb = map(int, out.stdout.split())
    assert (width, height) == (2048, 2048)
    # Decoding 36 megapixels of RGBA takes 144 MB; converting at full size took about
    # 280 MB more than the process had, downscaling first about 210 MB.
    assert grown_mb <= 1.6 * 144, f"ingest grew the process by {grown_mb} MB"


def test_leftovers_of_killed_writers_are_removed_and_live_ones_kept(store, audit):
    import fcntl
    import os

    from auditapp.services import open_data

    store.photos.ingest(audit.id, jpeg(640, 480), None, ME.name)
    folder = next(p for p in (store.data_dir / "photos").iterdir() if p.is_dir())
    dead = folder / ".tmp-dead1234"
    dead.write_bytes(b"half a photo")
    top = store.data_dir / "thumbs" / ".tmp-dead5678"
    top.parent.mkdir(exist_ok=True)
    top.write_bytes(b"half a thumbnail")
    live = folder / ".tmp-live9999"
    live.write_bytes(b"being written")
    fd = os.open(live, os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX)  # as write_atomically holds its file while writing
    try:
        assert store.tidy_files() == 2
        assert not dead.exists() and not top.exists() and live.exists()
        assert store.photos.list(audit.id)[0].sha256  # the stored photo is untouched
        assert store.photos.file(store.photos.list(audit.id)[0]).exists()
    finally:
        os.close(fd)
    # Opening the data folder as the command line does tidies up too.
    open_data(store.data_dir, backup=True).close()
    assert not live.exists()
