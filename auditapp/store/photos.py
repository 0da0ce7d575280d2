"""Photo ingest (Pillow) and the photo records of audits.

Pillow is imported by the functions that decode images, not with the module: the store
opens at every start-up, and most starts never touch a photo.
"""

from __future__ import annotations

import builtins
import io
import warnings
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from auditapp.core.evidence import Photo
from auditapp.store import trail
from auditapp.store.audits import AuditRepo
from auditapp.store.blobs import BlobStore
from auditapp.store.clock import now_iso
from auditapp.store.db import Database, transaction
from auditapp.store.errors import NotFound, PhotoError

if TYPE_CHECKING:
    from PIL import Image

LONG_EDGE = 2048
MIN_LONG_EDGE = 1800  # JPEG decoding may scale down by a power of two to no less than this
THUMB_EDGE = 256
MAX_FILE_BYTES = 60 * 1024 * 1024
MAX_PIXELS = 80_000_000  # above this Pillow would spend seconds and gigabytes: refuse
MAX_ASPECT = 25  # a panorama is at most about 10:1; 80,000,000 x 1 is no photo
# Only the formats cameras and phones write are ever opened. Pillow would otherwise
# identify anything it has a plug-in for, and load EPS/PostScript through Ghostscript,
# an interpreter: a hostile "photo" would run as a program. HEIF joins where a plug-in
# (pillow-heif) has registered it.
# (A phone's multi-picture JPEG opens through the JPEG plug-in, as MPO.)
PHOTO_FORMATS = ("JPEG", "PNG", "WEBP", "TIFF", "GIF", "BMP")
# Leading bytes of files people may pick by mistake, to name them in the refusal.
_NOT_PHOTOS = (
    (b"%!PS", "a PostScript file"),
    (b"\xc5\xd0\xd3\xc6", "an EPS file"),
    (b"%PDF", "a PDF document"),
    (b"<svg", "an SVG drawing"),
    (b"<?xml", "an XML file"),
    (b"PK\x03\x04", "a ZIP archive or Office document"),
)
JPEG_QUALITY = 85
_EXIF_DATETIME_ORIGINAL = 0x9003
_EXIF_IFD = 0x8769
_GPS_IFD = 0x8825

_COLS = "id, audit_id, item_id, sha256, original_sha256, caption, taken_at, width, height, added_at"


def normalise_image(data: bytes, name: str) -> tuple[bytes, int, int, str]:
    """Upright, downscaled, re-encoded JPEG bytes, size and EXIF capture time of an image.

    Raises :class:`PhotoError` for non-images, truncated files and decompression bombs.
    Location metadata is dropped because only pixels are re-encoded.
    """
    if len(data) > MAX_FILE_BYTES:
        raise PhotoError(
            f"{name}: the file is {len(data) // (1024 * 1024)} MB; photos may be at most {MAX_FILE_BYTES // (1024 * 1024)} MB"
        )
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            # Size is checked below with a clearer message than Pillow's warning.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            img: Image.Image = Image.open(io.BytesIO(data), formats=photo_formats())
            _check_size(img, name)
            taken_at = _taken_at(img)
            long_edge = max(img.size)
            if img.format == "JPEG" and long_edge > LONG_EDGE:
                # Let libjpeg decode at 1/2, 1/4 or 1/8 scale: far faster than a full
                # decode followed by a resize, and the result stays at least MIN_LONG_EDGE.
                f = MIN_LONG_EDGE / long_edge
                img.draft("RGB", (max(1, int(img.width * f) + 1), max(1, int(img.height * f) + 1)))
            img.load()
            img = ImageOps.exif_transpose(img)
    except PhotoError:
        raise
    except Image.DecompressionBombError as exc:
        raise PhotoError(f"{name}: refused as a decompression bomb ({exc})") from exc
    except UnidentifiedImageError as exc:
        raise PhotoError(f"{name}: {_not_a_photo(data)}") from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise PhotoError(f"{name}: the image is damaged or truncated ({exc})") from exc
    if img.mode == "P":
        img = img.convert("RGBA")  # palette images cannot be resampled smoothly
    # Downscale before converting: a conversion copies the full-size image (an 8000x8000
    # RGBA PNG peaked at 750 MB when converted first).
    img.thumbnail((LONG_EDGE, LONG_EDGE), Image.Resampling.BICUBIC, reducing_gap=2.0)
    if img.mode not in ("RGB", "L"):
        if "A" in img.mode:
            # Transparent areas (signature drawings, screenshots) become white, not black.
            rgba = img.convert("RGBA")
            img = Image.new("RGB", rgba.size, (255, 255, 255))
            img.paste(rgba, mask=rgba.getchannel("A"))
        else:
            img = img.convert("RGB")
    out = io.BytesIO()
    img.save(out, "JPEG", quality=JPEG_QUALITY, optimize=False)
    return out.getvalue(), img.width, img.height, taken_at


def photo_formats() -> tuple[str, ...]:
    """The Pillow formats a photo may be in: PHOTO_FORMATS, plus HEIF when registered."""
    from PIL import Image

    Image.init()  # every plug-in registered, so that a HEIF plug-in would be seen
    return PHOTO_FORMATS + (("HEIF",) if "HEIF" in Image.OPEN else ())


def _check_size(img: Image.Image, name: str) -> None:
    """Refuse, before decoding, what no photo is: too many pixels, or a sliver."""
    width, height = img.size
    if width * height > MAX_PIXELS:
        raise PhotoError(
            f"{name}: the image is {width}x{height} pixels, more than a photo can be ({MAX_PIXELS // 1_000_000} megapixels at most)"
        )
    if max(width, height) > MAX_ASPECT * max(1, min(width, height)):
        raise PhotoError(
            f"{name}: the image is {width}x{height} pixels, not the shape of a photo (at most {MAX_ASPECT}:1)"
        )


def _not_a_photo(data: bytes) -> str:
    head = data[:16].lstrip()
    what = next((kind for magic, kind in _NOT_PHOTOS if head.startswith(magic)), "")
    names = ["JPEG", "PNG", "WebP", "TIFF", "GIF", "BMP"] + (
        ["HEIF"] if "HEIF" in photo_formats() else []
    )
    accepted = ", ".join(names[:-1]) + " or " + names[-1]
    if what:
        return f"this is {what}, not a photo; photos may be {accepted}"
    return f"not a photo in a format accepted here ({accepted})"


def _taken_at(img: Image.Image) -> str:
    try:
        exif = img.getexif()
        raw = exif.get_ifd(_EXIF_IFD).get(_EXIF_DATETIME_ORIGINAL) or exif.get(0x0132)
        if raw:
            return datetime.strptime(str(raw).strip("\x00 "), "%Y:%m:%d %H:%M:%S").isoformat()
    except (ValueError, KeyError, TypeError, OSError):
        pass
    return ""


class PhotoRepo:
    """Attaches photos to audits; files are content-addressed, rows are soft-removable."""

    def __init__(
        self, db: Database, blobs: BlobStore, thumbs: BlobStore, audits: AuditRepo
    ) -> None:
        self.db = db
        self.blobs = blobs
        self.thumbs = thumbs
        self.audits = audits

    def ingest(
        self,
        audit_id: str,
        source: Path | bytes,
        item_id: str | None,
        actor: str,
        caption: str = "",
        name: str = "",
    ) -> Photo:
        """Normalise and attach a photo; nothing is stored when the file is refused."""
        audit = self.audits._editable(audit_id)
        if item_id is not None:
            self.audits._item(audit, item_id)
        if isinstance(source, Path):
            name = name or source.name
            try:
                if source.stat().st_size > MAX_FILE_BYTES:
                    size_mb = source.stat().st_size // 2**20
                    raise PhotoError(
                        f"{name}: the file is {size_mb} MB; photos may be at most {MAX_FILE_BYTES // 2**20} MB"
                    )
                data = source.read_bytes()
            except OSError as exc:
                raise PhotoError(f"{source}: cannot read the file ({exc.strerror})") from exc
        else:
            data, name = source, name or "pasted image"
        stored, width, height, taken_at = normalise_image(data, name)
        import hashlib  # with Pillow, only when a photo arrives (OpenSSL costs start-up ~3 ms)

        digest = self.blobs.put(stored)
        with transaction(self.db):
            cur = self.db.execute(
                "INSERT INTO photos (audit_id, item_id, sha256, original_sha256, caption, "
                "taken_at, width, height, added_at, removed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                [
                    audit_id,
                    item_id,
                    digest,
                    hashlib.sha256(data).hexdigest(),
                    caption,
                    taken_at,
                    width,
                    height,
                    now_iso(),
                ],
            )
            trail.append(self.db, audit_id, actor, "photo_add", item_id or "", None, digest)
            self.audits._refresh(audit_id)
        return self.get(int(cur.lastrowid or 0))

    def get(self, photo_id: int) -> Photo:
        """The photo record; raises :class:`NotFound`."""
        row = self.db.execute(f"SELECT {_COLS} FROM photos WHERE id = ?", [photo_id]).fetchone()
        if row is None:
            raise NotFound(f"no photo {photo_id}")
        return Photo(*row)

    def list(self, audit_id: str, item_id: str | None = None) -> builtins.list[Photo]:
        """The audit's photos still attached (optionally of one item), oldest first."""
        sql = f"SELECT {_COLS} FROM photos WHERE audit_id = ? AND removed = 0"
        args: list[object] = [audit_id]
        if item_id is not None:
            sql += " AND item_id = ?"
            args.append(item_id)
        return [Photo(*r) for r in self.db.execute(sql + " ORDER BY id", args).fetchall()]

    def set_removed(self, photo_id: int, removed: bool, actor: str) -> None:
        """Detach (or, for undo, re-attach) a photo; the file itself is kept."""
        photo = self.get(photo_id)
        self.audits._editable(photo.audit_id)
        with transaction(self.db):
            self.db.execute("UPDATE photos SET removed = ? WHERE id = ?", [int(removed), photo_id])
            trail.append(
                self.db,
                photo.audit_id,
                actor,
                "photo_remove" if removed else "photo_restore",
                photo.item_id or "",
                photo.sha256 if removed else None,
                None if removed else photo.sha256,
            )
            self.audits._refresh(photo.audit_id)

    def set_caption(self, photo_id: int, caption: str, actor: str) -> None:
        """Change a photo's caption."""
        photo = self.get(photo_id)
        self.audits._editable(photo.audit_id)
        with transaction(self.db):
            self.db.execute("UPDATE photos SET caption = ? WHERE id = ?", [caption, photo_id])
            trail.append(
                self.db,
                photo.audit_id,
                actor,
                "photo_caption",
                photo.item_id or "",
                photo.caption,
                caption,
            )

    def file(self, photo: Photo) -> Path:
        """Path of the stored image."""
        return self.blobs.path(photo.sha256)

    def thumbnail(self, photo: Photo) -> Path:
        """Path of a cached thumbnail (made on first use)."""
        path = self.thumbs.path(photo.sha256)
        if not path.exists():
            from PIL import Image

            from auditapp.store.blobs import write_atomically

            with Image.open(self.file(photo), formats=("JPEG",)) as img:  # stored as JPEG
                img.thumbnail((THUMB_EDGE, THUMB_EDGE))
                out = io.BytesIO()
                img.save(out, "JPEG", quality=80)
            write_atomically(path, out.getvalue())
        return path
