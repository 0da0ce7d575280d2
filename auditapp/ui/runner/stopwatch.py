"""A stopwatch for timed number items (``timer: true``).

The running state lives in :class:`StopwatchState`, owned by the runner, so a timer keeps
running while the auditor answers other items (a mystery shopper times the wait for the
main dish and fills in the rest meanwhile). :class:`StopwatchWidget` only shows and drives
one state.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from auditapp.core.answers import decimal_text

Clock = Callable[[], float]
"""Seconds from an arbitrary origin, monotonic (``time.monotonic`` unless a test injects one)."""

SECONDS_PER_UNIT = {"s": Decimal(1), "min": Decimal(60), "h": Decimal(3600)}
PLACES = {"s": Decimal("0.1"), "min": Decimal("0.001"), "h": Decimal("0.00001")}
"""Decimal places per unit, each finer than the tenth of a second the watch shows
(0.001 min is 0.06 s, 0.00001 h is 0.036 s), so what was measured is what is stored."""


def in_unit(seconds: float, unit: str | None) -> str:
    """Elapsed ``seconds`` as decimal text in ``unit`` (``s``, ``min`` or ``h``), rounded.

    Seconds keep one decimal, minutes three, hours five: 6.1 s in minutes is ``0.102``
    (6.12 s), 95 s is ``1.583``. Other units are treated as seconds.
    """
    unit = unit if unit in SECONDS_PER_UNIT else "s"
    value = Decimal(str(round(seconds, 3))) / SECONDS_PER_UNIT[unit]
    return decimal_text(value.quantize(PLACES[unit], rounding=ROUND_HALF_UP))


def clock_text(seconds: float) -> str:
    """``mm:ss.t`` (or ``h:mm:ss`` from an hour on) for the display."""
    tenths = int(seconds * 10)
    minutes, rest = divmod(tenths, 600)
    if minutes >= 60:
        hours, minutes = divmod(minutes, 60)
        return f"{hours}:{minutes:02d}:{rest // 10:02d}"
    return f"{minutes:02d}:{rest // 10:02d}.{rest % 10}"


class StopwatchState:
    """Start, stop and reset; elapsed time accumulates over several runs until a reset."""

    def __init__(self, clock: Clock = time.monotonic) -> None:
        self.clock = clock
        self._started: float | None = None
        self._accumulated = 0.0

    @property
    def running(self) -> bool:
        return self._started is not None

    def elapsed(self) -> float:
        """Seconds measured so far (including the current run)."""
        extra = self.clock() - self._started if self._started is not None else 0.0
        return self._accumulated + max(0.0, extra)

    def start(self) -> None:
        if self._started is None:
            self._started = self.clock()

    def stop(self) -> None:
        if self._started is not None:
            self._accumulated = self.elapsed()
            self._started = None

    def reset(self) -> None:
        self._started = None
        self._accumulated = 0.0


class StopwatchWidget(QWidget):
    """Display and buttons for one :class:`StopwatchState`.

    ``measured`` carries the elapsed time as decimal text in the item's unit; it is emitted
    when the watch is stopped and when "Use" is pressed.
    """

    measured = Signal(str)
    state_changed = Signal()

    def __init__(self, state: StopwatchState, unit: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.unit = unit
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.display = QLabel()
        self.display.setObjectName("stopwatchDisplay")
        self.display.setStyleSheet("font-size: 20pt; font-family: monospace;")
        self.display.setMinimumWidth(self.display.fontMetrics().horizontalAdvance("000:00.0") * 2)
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self.toggle)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Reset the stopwatch (Ctrl+R)"))
        self.reset_button.clicked.connect(self.reset)
        self.use_button = QPushButton(self.tr("Use"))
        self.use_button.setToolTip(self.tr("Write the time shown into the answer"))
        self.use_button.clicked.connect(self.use)
        layout.addWidget(QLabel(self.tr("Stopwatch")))
        layout.addWidget(self.display)
        for button in (self.start_button, self.reset_button, self.use_button):
            button.setMinimumHeight(44)
            button.setMinimumWidth(80)
            layout.addWidget(button)
        layout.addStretch(1)
        self._tick = QTimer(self)
        self._tick.setInterval(100)
        self._tick.timeout.connect(self.refresh)
        self.refresh()

    def toggle(self) -> None:
        """Start, or stop and write the measured value."""
        if self.state.running:
            self.state.stop()
            self.refresh()
            self.state_changed.emit()
            self.use()
        else:
            self.state.start()
            self.refresh()
            self.state_changed.emit()

    def reset(self) -> None:
        self.state.reset()
        self.refresh()
        self.state_changed.emit()

    def use(self) -> None:
        """Write the elapsed time, converted to the item's unit."""
        self.measured.emit(in_unit(self.state.elapsed(), self.unit))

    def refresh(self) -> None:
        seconds = self.state.elapsed()
        self.display.setText(clock_text(seconds))
        running = self.state.running
        self.start_button.setText(self.tr("Stop") if running else self.tr("Start"))
        self.start_button.setToolTip(self.tr("Start or stop the stopwatch (Ctrl+T)"))
        self.use_button.setEnabled(seconds > 0)
        if running and not self._tick.isActive():
            self._tick.start()
        elif not running:
            self._tick.stop()

    def set_locked(self, locked: bool) -> None:
        for button in (self.start_button, self.reset_button, self.use_button):
            button.setEnabled(not locked)
        if not locked:
            self.refresh()
