"""A pad to sign on with a mouse, a pen (tablet events) or a finger (touch events).

Strokes are kept as points on a fixed logical canvas (:data:`CANVAS`, aspect 8:3) that is
shown scaled and centred in the widget, so a drawing survives any resize of the dialog and
always exports at the same size. Points are joined by quadratic curves through the
mid-points of successive samples, which smooths the jitter of mouse and touch input; pen
pressure sets the width of each piece.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QPointingDevice,
    QResizeEvent,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from auditapp.store.clock import now_iso

CANVAS = QSize(800, 300)
"""Logical drawing area; :meth:`SignaturePad.to_png` exports exactly this size."""
INK = QColor(20, 30, 120)
"""Dark blue, readable on white paper and in print."""
BASE_WIDTH = 3.2
"""Stroke width (canvas pixels) for mouse and touch, i.e. at :data:`DEFAULT_PRESSURE`."""
DEFAULT_PRESSURE = 0.5
_MIN_STEP = 0.75  # canvas pixels; closer samples add nothing but noise
_BASELINE = 0.75  # share of the canvas height where the signing line sits


class _Point(NamedTuple):
    x: float
    y: float
    pressure: float


def _width(pressure: float) -> float:
    return BASE_WIDTH * (0.4 + 1.2 * pressure)


def _draw_stroke(painter: QPainter, points: list[_Point]) -> None:
    """Draw one stroke in canvas coordinates, smoothed through sample mid-points."""
    if not points:
        return
    if len(points) == 1:
        p = points[0]
        r = _width(p.pressure) / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(INK)
        painter.drawEllipse(QPointF(p.x, p.y), r, r)
        return
    pen = QPen(INK, BASE_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    uniform = all(p.pressure == points[0].pressure for p in points)
    start = QPointF(points[0].x, points[0].y)
    path = QPainterPath(start)
    last = len(points) - 1
    for i in range(1, len(points)):
        ctrl = QPointF(points[i].x, points[i].y)
        end = (
            ctrl
            if i == last
            else QPointF((points[i].x + points[i + 1].x) / 2, (points[i].y + points[i + 1].y) / 2)
        )
        if uniform:
            path.quadTo(ctrl, end)
            continue
        # Variable width: one piece per sample, each with its own pen.
        piece = QPainterPath(start)
        piece.quadTo(ctrl, end)
        pen.setWidthF(_width(points[i].pressure))
        painter.setPen(pen)
        painter.drawPath(piece)
        start = end
    if uniform:
        pen.setWidthF(_width(points[0].pressure))
        painter.setPen(pen)
        painter.drawPath(path)


class SignaturePad(QWidget):
    """Draw a signature; ``changed`` is emitted after each stroke, a clear or a load.

    :attr:`drawn_at` holds when the drawing was last finished (a stroke ended or a name was
    typed), from ``clock`` (ISO 8601 with offset; the machine's local time by default).
    """

    changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, clock: Callable[[], str] | None = None
    ) -> None:
        super().__init__(parent)
        self.clock = clock or now_iso
        self.drawn_at = ""
        """When the drawing was finished; empty while empty or when loaded from the store."""
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setMinimumSize(400, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Signature pad"))
        self.placeholder = self.tr("Sign here with the mouse, a pen or a finger")
        self._strokes: list[list[_Point]] = []
        self._current: list[_Point] | None = None
        self._device_stroke = False  # a pen or touch stroke is under way: ignore mouse
        self._base: QImage | None = None
        self._typed = ""
        self._cache: QPixmap | None = None

    # -- public ---------------------------------------------------------------------
    def clear(self) -> None:
        """Remove everything drawn, typed or loaded."""
        self._strokes.clear()
        self._current = None
        self._device_stroke = False
        self._base = None
        self._typed = ""
        self.drawn_at = ""
        self._invalidate()
        self.changed.emit()

    def is_empty(self) -> bool:
        """True while nothing has been drawn, typed or loaded."""
        return not (self._strokes or self._current or self._base is not None or self._typed)

    def to_png(self) -> bytes:
        """The drawing as PNG bytes, :data:`CANVAS` sized, on a transparent background."""
        image = QImage(CANVAS, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self._render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs say bytes; runtime wants str
        buffer.close()
        return bytes(data.data())

    def load_png(self, data: bytes) -> bool:
        """Show a stored signature (replacing the drawing); False if ``data`` is no image."""
        image = QImage.fromData(data)
        if image.isNull():
            return False
        self._strokes.clear()
        self._current = None
        self._typed = ""
        self._base = image
        self.drawn_at = ""
        self._invalidate()
        self.changed.emit()
        return True

    def type_name(self, name: str) -> None:
        """Replace the drawing by ``name`` in handwriting style (keyboard-only signing)."""
        self._strokes.clear()
        self._current = None
        self._base = None
        self._typed = name.strip()
        self.drawn_at = self.clock() if self._typed else ""
        self._invalidate()
        self.changed.emit()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(560, 210)

    # -- geometry -------------------------------------------------------------------
    def _paper(self) -> QRectF:
        """The widget area showing the canvas: as large as fits, centred, aspect kept."""
        w, h = self.width() - 2, self.height() - 2
        scale = min(w / CANVAS.width(), h / CANVAS.height())
        pw, ph = CANVAS.width() * scale, CANVAS.height() * scale
        return QRectF((self.width() - pw) / 2, (self.height() - ph) / 2, pw, ph)

    def _to_canvas(self, pos: QPointF, pressure: float) -> _Point:
        paper = self._paper()
        scale = paper.width() / CANVAS.width()
        x = min(max((pos.x() - paper.left()) / scale, 0.0), float(CANVAS.width()))
        y = min(max((pos.y() - paper.top()) / scale, 0.0), float(CANVAS.height()))
        return _Point(x, y, pressure)

    # -- strokes --------------------------------------------------------------------
    def _begin(self, pos: QPointF, pressure: float) -> None:
        self._current = [self._to_canvas(pos, pressure)]
        self.update()

    def _extend(self, pos: QPointF, pressure: float) -> None:
        if self._current is None:
            return
        last = self._current[-1]
        # Smooth the pressure a little: raw pen pressure flickers from sample to sample.
        p = self._to_canvas(pos, 0.6 * last.pressure + 0.4 * pressure)
        if abs(p.x - last.x) + abs(p.y - last.y) < _MIN_STEP:
            return
        self._current.append(p)
        self.update()

    def _end(self, keep: bool = True) -> None:
        if self._current is None:
            return
        if keep:
            self._strokes.append(self._current)
            self.drawn_at = self.clock()
        self._current = None
        self._invalidate()
        if keep:
            self.changed.emit()

    # -- input ----------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton and not self._device_stroke:
            self._begin(event.position(), DEFAULT_PRESSURE)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        # Not event.buttons(): some platforms and test drivers omit it on moves.
        if not self._device_stroke:
            self._extend(event.position(), DEFAULT_PRESSURE)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton and not self._device_stroke:
            self._end()
        event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802 - Qt API
        # Accepting the event stops Qt from also sending the synthesized mouse events.
        event.accept()
        if event.pointerType() == QPointingDevice.PointerType.Eraser:
            return
        pressure = max(0.05, min(1.0, event.pressure()))
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._device_stroke = True
            self._begin(event.position(), pressure)
        elif kind == QEvent.Type.TabletMove and self._device_stroke:
            self._extend(event.position(), pressure)
        elif kind == QEvent.Type.TabletRelease and self._device_stroke:
            self._device_stroke = False
            self._end()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ):
            assert isinstance(event, QTouchEvent)
            self._touch(kind, event)
            event.accept()
            return True
        return super().event(event)

    def _touch(self, kind: QEvent.Type, event: QTouchEvent) -> None:
        points = event.points()
        if kind == QEvent.Type.TouchCancel:
            self._device_stroke = False
            self._end(keep=False)
        elif not points:
            return
        elif kind == QEvent.Type.TouchBegin:
            self._device_stroke = True
            self._begin(points[0].position(), DEFAULT_PRESSURE)
        elif kind == QEvent.Type.TouchUpdate:
            self._extend(points[0].position(), DEFAULT_PRESSURE)
        else:
            self._extend(points[0].position(), DEFAULT_PRESSURE)
            self._device_stroke = False
            self._end()

    # -- painting -------------------------------------------------------------------
    def _invalidate(self) -> None:
        self._cache = None
        self.update()

    def _render(self, painter: QPainter) -> None:
        """Everything finished (loaded image, typed name, strokes) in canvas coordinates."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if self._base is not None:
            painter.drawImage(QRectF(0, 0, CANVAS.width(), CANVAS.height()), self._base)
        if self._typed:
            self._render_typed(painter)
        for stroke in self._strokes:
            _draw_stroke(painter, stroke)

    def _render_typed(self, painter: QPainter) -> None:
        font = QFont(self.font())
        font.setItalic(True)
        font.setStyleHint(QFont.StyleHint.Cursive)
        size = 96.0
        while size > 12:
            font.setPixelSize(int(size))
            if QFontMetricsF(font).horizontalAdvance(self._typed) <= CANVAS.width() - 110:
                break
            size *= 0.9
        painter.setFont(font)
        painter.setPen(INK)
        # Starts right of the "x" mark of the signing line.
        painter.drawText(QPointF(70, CANVAS.height() * _BASELINE - 6), self._typed)

    def _ink(self, paper: QRectF) -> QPixmap:
        ratio = self.devicePixelRatioF()
        size = QSize(max(1, round(paper.width() * ratio)), max(1, round(paper.height() * ratio)))
        if self._cache is None or self._cache.size() != size:
            pixmap = QPixmap(size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.scale(size.width() / CANVAS.width(), size.height() / CANVAS.height())
            self._render(painter)
            painter.end()
            pixmap.setDevicePixelRatio(ratio)
            self._cache = pixmap
        return self._cache

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paper = self._paper()
        painter.setPen(QPen(QColor(150, 150, 150), 1))
        painter.setBrush(QColor(255, 255, 255))
        painter.drawRoundedRect(paper.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        scale = paper.width() / CANVAS.width()
        base_y = paper.top() + paper.height() * _BASELINE
        painter.setPen(QPen(QColor(170, 170, 170), 1, Qt.PenStyle.DashLine))
        painter.drawLine(
            QPointF(paper.left() + 28 * scale, base_y), QPointF(paper.right() - 28 * scale, base_y)
        )
        # An "x" at the start of the signing line, drawn so no font glyph is needed.
        painter.setPen(QPen(QColor(140, 140, 140), 1.5))
        x0, y0, d = paper.left() + 28 * scale, base_y - 18 * scale, 10 * scale
        painter.drawLine(QPointF(x0, y0 - d), QPointF(x0 + 2 * d, y0 + d))
        painter.drawLine(QPointF(x0, y0 + d), QPointF(x0 + 2 * d, y0 - d))
        if self.is_empty():
            painter.setPen(QColor(130, 130, 130))
            painter.drawText(
                paper.adjusted(0, 0, 0, -paper.height() * (1 - _BASELINE) - 4),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.placeholder,
            )
        painter.drawPixmap(paper.topLeft(), self._ink(paper))
        if self._current:
            painter.translate(paper.topLeft())
            painter.scale(scale, scale)
            _draw_stroke(painter, self._current)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        self._cache = None
        super().resizeEvent(event)
