"""Render resources/icons/serviceaudit.svg to the PNG sizes the desktop entry uses, plus
the Windows .ico and macOS .icns the spec picks up on those systems.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py

The outputs are committed; run this again after changing the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SVG = ICONS / "serviceaudit.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"cannot write {out}")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841  (QImage and fonts need one)
    pngs = {}
    for size in SIZES:
        pngs[size] = ICONS / f"serviceaudit-{size}.png"
        render(size, pngs[size])
        print(f"wrote {pngs[size]}")

    from PIL import Image

    with Image.open(pngs[256]) as big:
        big.save(ICONS / "serviceaudit.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 256)])
    with Image.open(pngs[512]) as biggest:
        biggest.save(ICONS / "serviceaudit.icns")
    print(f"wrote {ICONS / 'serviceaudit.ico'} and {ICONS / 'serviceaudit.icns'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
