"""The audit runner: navigator, current item, live score, photos and keyboard operation.

Everything the runner shows comes from the :class:`AuditSession` and is updated from its
signals; every change the auditor makes is a session call, committed at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from auditapp.core.model import ItemType
from auditapp.core.scoring import display_percent
from auditapp.ui.audit_session import AuditSession, auto_advance
from auditapp.ui.runner.editor_base import TOUCH
from auditapp.ui.runner.item_panel import ItemPanel
from auditapp.ui.runner.keys import RunnerKeys
from auditapp.ui.runner.navigator import SectionNavigator
from auditapp.ui.runner.photo_strip import PhotoStrip, PhotoUndo
from auditapp.ui.runner.stopwatch import StopwatchState
from auditapp.ui.runner.typed_editors import NumberEditor

BANNER = "background: #fff8e1; color: #5d4037; border: 1px solid #ffca28; padding: 8px;"
ERROR = "background: #ffebee; color: #b71c1c; border: 1px solid #ef9a9a; padding: 6px;"
BIG = "font-size: {pt}pt; font-weight: bold; padding: 0 {pad}px; color: {color};"
RECORDED = (
    "background: #e8f5e9; color: #1b5e20; border: 1px solid #81c784; padding: 6px; "
    "font-weight: bold;"
)
FLASH_MS = 1800
"""How long the answer just recorded by a key stays shown after moving on."""
NARROW = 1100
"""Below this runner width (logical px) the navigator folds away and the header compacts."""
SHORT = 600
"""Below this runner height the key legend folds into one line."""


class ElidedLabel(QLabel):
    """A one-line label that elides (…) instead of clipping; the full text is its tooltip."""

    def __init__(self, text: str = "", minimum: int = 40, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._minimum = minimum
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setToolTip(text)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt name)
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self._minimum), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        self.style().drawItemText(
            painter,
            rect,
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            text,
            self.foregroundRole(),
        )


class AuditRunner(QWidget):
    """Runs one audit: the only place the auditor answers items."""

    finish_requested = Signal()
    """The auditor asked to finish (button or Ctrl+Enter); pending input is saved first."""
    reopen_requested = Signal()
    """The auditor asked to reopen the locked audit (the page asks for the reason)."""

    clock: Callable[[], float] = staticmethod(time.monotonic)
    """Time source of the stopwatches (tests replace it)."""

    def __init__(
        self, session: AuditSession, lang: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        session.lang = lang  # its messages name items in the runner's language
        self.order = [i.id for i in session.form.items()]
        self.stopwatches: dict[str, StopwatchState] = {}
        self.undo = PhotoUndo(session, self)
        self._panel: ItemPanel | None = None
        self._current: str | None = None
        self._photo_item: str | None = None
        """The current item when it takes photos (the photo panel's item scope)."""
        self._fresh_error = False
        self._narrow: bool | None = None
        self._short: bool | None = None
        self._big_pt = 13
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER)
        self.reopen_button = QPushButton(self.tr("Reopen…"))
        self.reopen_button.setToolTip(self.tr("Reopen the audit, with a reason, to change it"))
        self.reopen_button.setMinimumHeight(TOUCH)
        self.reopen_button.clicked.connect(self.reopen_requested)
        self.banner_row = QWidget()
        banner_row = QHBoxLayout(self.banner_row)
        banner_row.setContentsMargins(0, 0, 0, 0)
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.reopen_button)
        layout.addWidget(self.banner_row)
        self.navigator = SectionNavigator(session, lang)
        self.navigator.item_chosen.connect(self.go_to_item)
        layout.addLayout(self._header())
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.navigator)
        splitter.addWidget(self._centre())
        splitter.addWidget(self._side())
        for n, stretch in enumerate((1, 3, 1)):  # wider screens widen all three, the item most
            splitter.setStretchFactor(n, stretch)
        splitter.setSizes([280, 640, 320])
        self.navigator.setMinimumWidth(200)
        layout.addWidget(splitter, 1)
        self.keys = RunnerKeys(self)
        self.legend = QLabel(self.keys.legend())
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setStyleSheet("color: palette(dark); padding: 2px;")
        self.legend.setToolTip(self.keys.legend())
        self.legend.setMinimumWidth(1)  # one line on narrow screens: cut, never widening
        self.keys_button = QToolButton()
        self.keys_button.setText(self.tr("Keys:").rstrip(":：") + "…")
        self.keys_button.setToolTip(self.tr("Show all the keys"))
        self.keys_button.setCheckable(True)
        self.keys_button.toggled.connect(lambda _on: self._show_legend())
        legend_row = QHBoxLayout()
        legend_row.addWidget(self.legend, 1)
        legend_row.addWidget(self.keys_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(legend_row)
        session.answer_changed.connect(self._answer_changed)
        session.visibility_changed.connect(self._visibility_changed)
        session.score_changed.connect(self._update_score)
        session.photos_changed.connect(self._photos_changed)
        session.status_changed.connect(self._status_changed)
        session.saved.connect(self._saved)
        session.error.connect(self.show_error)
        self._apply_size()
        self._update_score()
        self._status_changed()
        self.saved_label.setText(self.tr("Saved {0}").format(session.audit.updated_at[11:19]))
        first = session.next_open() or next(iter(i.id for i in session.visible_items()), None)
        if first is not None:
            self.go_to_item(first)

    # -- building -------------------------------------------------------------------
    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.nav_button = QToolButton()
        self.nav_button.setText("☰")  # narrow screens: the score needs the width
        self.nav_button.setMinimumWidth(TOUCH)
        self.nav_button.setToolTip(
            self.navigator.headerItem().text(0)
            + ": "
            + self.tr("Show the sections and items in place of guidance and photos")
        )
        self.nav_button.setCheckable(True)
        self.nav_button.setMinimumHeight(TOUCH - 8)
        self.nav_button.toggled.connect(lambda _on: self._show_columns())
        row.addWidget(self.nav_button)
        # Wrapped, not elided: the version and revision are what tells two runs apart.
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setMinimumWidth(120)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title.setStyleSheet("font-weight: bold;")
        self._set_title()
        row.addWidget(self.title, 1)
        self.score_label = ElidedLabel(minimum=60)
        self.provisional_label = ElidedLabel(minimum=60)
        self.provisional_label.setStyleSheet("color: #6d4c41; padding: 0 4px;")
        self.grade_label = ElidedLabel(minimum=60)
        self.open_label = ElidedLabel(minimum=60)
        self.saved_label = QLabel()
        for label in (self.score_label, self.grade_label, self.open_label):
            label.setStyleSheet(self._big())
        for label in (self.score_label, self.provisional_label, self.grade_label, self.open_label):
            row.addWidget(label)
        self.saved_label.setStyleSheet("color: #2e7d32; padding: 0 8px;")
        row.addWidget(self.saved_label)
        self.finish_button = QPushButton(self.tr("Finish…"))
        self.finish_button.setToolTip(self.tr("Check what is missing and finish (Ctrl+Enter)"))
        self.finish_button.setMinimumHeight(TOUCH)
        self.finish_button.setMinimumWidth(110)
        self.finish_button.clicked.connect(self.request_finish)
        row.addWidget(self.finish_button)
        return row

    def _set_title(self) -> None:
        s = self.session
        self.title.setText(
            f"{s.form.title.get(self.lang)} · {s.audit.site_code} · "
            + self.tr("v{0}, revision {1}").format(s.form.version, s.audit.revision)
        )
        self.title.setToolTip(self.title.text())

    def _centre(self) -> QWidget:
        box = QWidget()
        box.installEventFilter(self)
        self._centre_box = box
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_close = QPushButton(self.tr("Dismiss"))
        self.error_close.setMinimumHeight(TOUCH)
        self.error_close.clicked.connect(self.clear_error)
        bar.addWidget(self.error_label, 1)
        bar.addWidget(self.error_close)
        column.addLayout(bar)
        self.clear_error()
        self.recorded = QLabel()
        self.recorded.setWordWrap(True)
        self.recorded.setStyleSheet(RECORDED)
        self.recorded.hide()
        self._recorded_timer = QTimer(self)
        self._recorded_timer.setSingleShot(True)
        self._recorded_timer.setInterval(FLASH_MS)
        self._recorded_timer.timeout.connect(self.recorded.hide)
        column.addWidget(self.recorded)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()
        self._holder_layout = QVBoxLayout(holder)
        self._holder_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll.setWidget(holder)
        column.addWidget(self.scroll, 1)
        nav = QHBoxLayout()
        buttons = [
            (self.tr("◀ Previous"), self.tr("Previous item (Up or K)"), self.previous_item),
            (self.tr("Next ▶"), self.tr("Next item (Down, J or Enter)"), self.next_item),
            (
                self.tr("Next section"),
                self.tr("Next section (Ctrl+Down or PgDn)"),
                self.next_section,
            ),
            (
                self.tr("Next open required"),
                self.tr("Jump to the next open required item (Ctrl+U)"),
                self.next_open,
            ),
        ]
        self._nav_texts = [
            (text, short)
            for (text, _t, _s), short in zip(
                buttons,
                ["◀", "▶", "▶▶", self.tr("Open ▶")],
                strict=True,
            )
        ]
        self.nav_buttons: list[QPushButton] = []
        for text, tip, slot in buttons:
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setMinimumHeight(TOUCH)
            button.clicked.connect(lambda _c=False, f=slot: f())
            nav.addWidget(button)
            self.nav_buttons.append(button)
        column.addLayout(nav)
        return box

    def _side(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Guidance"))
        heading.setStyleSheet("font-weight: bold;")
        column.addWidget(heading)
        self.guidance = QLabel()
        self.guidance.setWordWrap(True)
        self.guidance.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.guidance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.guidance.setStyleSheet("padding: 4px;")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.guidance)
        scroll.setMinimumHeight(60)
        column.addWidget(scroll, 1)
        self.signatures_box = self._signatures_box()
        column.addWidget(self.signatures_box)
        # The one photo panel: the current item's photos where the item takes photos,
        # else (or on "Whole audit") every photo of the audit.
        self.photo_panel = PhotoStrip(self.session, None, self.undo, compact=True)
        self.photo_panel.scope_toggled.connect(self._photo_scope_toggled)
        column.addWidget(self.photo_panel, 2)
        # On a short window the column scrolls rather than squeezing its parts together.
        self.side = QScrollArea()
        self.side.setWidgetResizable(True)
        self.side.setFrameShape(QScrollArea.Shape.NoFrame)
        self.side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side.setWidget(box)
        self.side.setMinimumWidth(260)
        return self.side

    def _signatures_box(self) -> QLabel:
        """The sign-off signatures of a locked audit (hidden while it is in progress)."""
        box = QLabel()
        box.setWordWrap(True)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setStyleSheet("padding: 4px; border: 1px solid palette(mid); border-radius: 4px;")
        box.hide()
        return box

    def _refresh_signatures(self) -> None:
        roles = {
            "auditor": self.tr("Auditor"),
            "site_representative": self.tr("Site representative"),
        }
        signatures = self.session.signatures() if self.session.locked else []
        lines = [
            self.tr("{0}: {1}, signed {2}").format(
                roles.get(sig.role, sig.role), sig.name, sig.signed_at[:16].replace("T", " ")
            )
            for sig in signatures
        ]
        self.signatures_box.setText("\n".join([self.tr("Signatures"), *lines]) if lines else "")
        self.signatures_box.setVisible(bool(lines))

    # -- fitting the screen -----------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._apply_size()

    def _apply_size(self) -> None:
        """Fold the navigator, header and legend on small (or highly scaled) screens."""
        narrow = self.width() < NARROW
        short = self.height() < SHORT
        if narrow != self._narrow:
            self._narrow = narrow
            self.nav_button.setVisible(narrow)
            self.title.setVisible(not narrow)  # the runner page's header names site and form
            self.nav_button.setChecked(not narrow)
            self._show_columns()
            self.navigator.setMinimumWidth(170 if narrow else 200)
            self.side.setMinimumWidth(230 if narrow else 260)
            self._big_pt = 11 if narrow else 13
            self._update_score()
        if (narrow or short) != self._short:
            self._short = narrow or short
            self.keys_button.setVisible(self._short)
            self.keys_button.setChecked(False)
            self._show_legend()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is getattr(self, "_centre_box", None) and event.type() == QEvent.Type.Resize:
            self._fit_nav_buttons()
        return super().eventFilter(watched, event)

    def _fit_nav_buttons(self) -> None:
        """Full button texts where they fit, else short ones (the tooltips say it all)."""
        if not hasattr(self, "nav_buttons"):
            return
        metrics = self.nav_buttons[0].fontMetrics()
        needed = sum(metrics.horizontalAdvance(text) + 40 for text, _short in self._nav_texts)
        full = self._centre_box.width() >= needed
        for button, (text, short_text) in zip(self.nav_buttons, self._nav_texts, strict=True):
            button.setText(text if full else short_text)

    def _show_columns(self) -> None:
        """Wide: navigator | item | guidance and photos. Narrow: two of them, by the toggle."""
        navigator = self.nav_button.isChecked()
        self.navigator.setVisible(navigator)
        self.side.setVisible(not (self._narrow and navigator))

    def _show_legend(self) -> None:
        full = not self._short or self.keys_button.isChecked()
        self.legend.setWordWrap(full)
        if self.session.locked:
            self.legend.setText(self.keys.locked_legend())
        else:
            self.legend.setText(self.keys.legend() if full else self.keys.short_legend())

    def _big(self, color: str = "palette(window-text)") -> str:
        narrow = bool(self._narrow)
        return BIG.format(pt=self._big_pt, pad=4 if narrow else 8, color=color)

    # -- public API -------------------------------------------------------------------
    @property
    def panel(self) -> ItemPanel | None:
        """The current item's panel."""
        return self._panel

    def current_item_id(self) -> str | None:
        """The item shown, or None for a form without items."""
        return self._current

    def go_to_item(self, item_id: str) -> None:
        """Show and focus the item (its pending typed input of the previous item is saved)."""
        if self._panel is not None and item_id != self._current:
            self._panel.commit()
        self._show(item_id)

    def commit_pending(self) -> bool:
        """Save typed input not saved yet (also done on every move and when hidden)."""
        return self._panel.commit() if self._panel is not None else True

    def hideEvent(self, event: QHideEvent) -> None:
        self.commit_pending()
        super().hideEvent(event)

    # -- navigation -----------------------------------------------------------------
    def _show(self, item_id: str) -> None:
        item = self.session.item(item_id)
        old = self._panel
        if old is not None:
            old.closing = True
            focus = QApplication.focusWidget()
            if focus is not None and (focus is old or old.isAncestorOf(focus)):
                # Park the focus on the runner: a focused widget that disappears would
                # otherwise leave the window without focus (and shortcuts dead).
                self.setFocus(Qt.FocusReason.OtherFocusReason)
            # Removed from the holder but still its child: a panel without a parent would
            # become a (hidden) window of its own until deleted.
            self._holder_layout.removeWidget(old)
            old.hide()
            old.deleteLater()
        section = self.session.form.section_of(item_id)
        sections = self.session.form.sections
        position = self.tr("Section {0} of {1}: {2} · item {3}").format(
            sections.index(section) + 1,
            len(sections),
            section.title.get(self.lang),
            self.session.numbers[item_id],
        )
        if not self.session.visible(item_id):
            position += " · " + self.tr("hidden by an earlier answer")
        stopwatch = None
        if item.type == ItemType.NUMBER and item.timer:
            stopwatch = self.stopwatches.setdefault(item_id, StopwatchState(self._now))
        self._panel = ItemPanel(
            self.session, item, self.lang, self.undo, stopwatch, position, self.photo_panel
        )
        if isinstance(self._panel.editor, NumberEditor) and self._panel.editor.stopwatch:
            self._panel.editor.stopwatch.state_changed.connect(self._stopwatch_state_changed)
        self._current = item_id
        self._photo_item = item_id if self._panel.photos is not None else None
        self.photo_panel.set_scope(self._photo_item, self._photo_item)
        self._holder_layout.addWidget(self._panel)
        self._panel.show()  # now, not when the layout gets to it: a hidden widget takes no focus
        self.scroll.verticalScrollBar().setValue(0)
        guidance = item.guidance.get(self.lang) if item.guidance else ""
        self.guidance.setText(guidance or self.tr("No guidance for this item."))
        self.navigator.select_item(item_id)
        self._panel.focus_input()

    def _now(self) -> float:
        return self.clock()

    def _move(self, step: int) -> None:
        if self._current is None or (self._panel is not None and not self._panel.commit()):
            return  # refused input stays on screen with its message
        visible = [i.id for i in self.session.visible_items()]
        if self._current in visible:
            n = visible.index(self._current) + step
        else:  # the current item was hidden meanwhile: nearest visible in form order
            here = self.order.index(self._current)
            later = [v for v in visible if self.order.index(v) > here]
            n = visible.index(later[0]) if later and step > 0 else len(visible) - len(later) - 1
        if 0 <= n < len(visible):
            self.clear_error()
            self._show(visible[n])

    def next_item(self) -> None:
        self._move(1)

    def previous_item(self) -> None:
        self._move(-1)

    def _section_step(self, step: int) -> None:
        if self._current is None or (self._panel is not None and not self._panel.commit()):
            return
        sections = [s for s in self.session.form.sections]
        here = sections.index(self.session.form.section_of(self._current))
        n = here + step
        while 0 <= n < len(sections):
            ids = [i.id for i in sections[n].items if self.session.visible(i.id)]
            if ids:
                self.clear_error()
                self._show(ids[0])
                return
            n += step

    def next_section(self) -> None:
        self._section_step(1)

    def previous_section(self) -> None:
        self._section_step(-1)

    def next_open(self) -> None:
        """Jump to the next visible required item still unanswered (wrapping around)."""
        if self._panel is not None and not self._panel.commit():
            return
        target = self.session.next_open(self._current)
        if target is not None:
            self.clear_error()
            self._show(target)

    def answered_by_key(self, item_id: str) -> None:
        """After a one-key answer (check, rating, choice): show what was recorded and,
        unless turned off in Settings, move to the next item. The auditor stays when the
        answer now asks for a photo or comment, or when it was the last item."""
        result = self.session.item_result(item_id)
        if item_id != self._current or not (result.answered or result.na):
            return
        self.flash(
            self.tr("Recorded {0}: {1}").format(
                self.session.label(item_id), self._answer_text(item_id)
            )
        )
        if self.session.evidence_missing(item_id) or not auto_advance(self.session.store):
            return
        self.next_item()

    def flash(self, text: str) -> None:
        """Show ``text`` above the item for a moment (the answer just recorded)."""
        self.recorded.setText(text)
        self.recorded.show()
        self._recorded_timer.start()

    def _answer_text(self, item_id: str) -> str:
        answer = self.session.answer(item_id)
        item = self.session.item(item_id)
        if answer is None:
            return ""
        if answer.na:
            return self.tr("N/A")
        if item.type == ItemType.CHECK:
            return self.tr("Pass") if answer.value == "pass" else self.tr("Fail")
        if item.type == ItemType.RATING and item.scale is not None:
            labels = {o.id: o.label.get(self.lang) for o in item.scale.labels}
            label = labels.get(str(answer.value))
            return f"{answer.value} ({label})" if label else str(answer.value)
        options = {o.id: o.label.get(self.lang) for o in item.options}
        return options.get(str(answer.value), str(answer.value))

    def request_finish(self) -> None:
        if self._panel is not None:
            self._panel.commit()
        self.finish_requested.emit()

    def _stopwatch_state_changed(self) -> None:
        running = {k for k, s in self.stopwatches.items() if s.running}
        changed = running ^ self.navigator.running
        self.navigator.running = running
        for item_id in changed:
            self.navigator.refresh_item(item_id)

    # -- photos -----------------------------------------------------------------------
    @property
    def audit_photos(self) -> PhotoStrip:
        """The one photo panel (the item's photos, or the whole audit's)."""
        return self.photo_panel

    def _photo_scope_toggled(self, whole_audit: bool) -> None:
        self.photo_panel.set_scope(None if whole_audit else self._photo_item, self._photo_item)

    def _photo_target(self) -> PhotoStrip:
        """The panel a paste or "add" goes to (its scope says where the photo belongs)."""
        return self.photo_panel

    def paste_photo(self) -> int:
        """Ctrl+V outside text fields: attach the clipboard's image or image files."""
        if self.session.locked:
            return 0
        added = self._photo_target().paste()
        if not added and not self.error_label.isVisible():
            self.show_error(self.tr("The clipboard holds no image or image file to paste."))
        return added

    def add_photo_from_files(self) -> None:
        if not self.session.locked:
            self._photo_target().add_from_dialog()

    # -- session signals ------------------------------------------------------------
    def _answer_changed(self, item_id: str) -> None:
        self.navigator.refresh_item(item_id)
        if self._panel is not None and item_id == self._current and not self._panel.closing:
            self._panel.refresh()

    def _visibility_changed(self) -> None:
        self.navigator.refresh_all()

    def _photos_changed(self, _item_id: str) -> None:
        self.photo_panel.refresh()

    def _update_score(self) -> None:
        r = self.session.result
        percent = display_percent(r.percent)
        text = (
            self.tr("Score {0}%").format(percent) if r.percent is not None else self.tr("Score –")
        )
        if r.capped:
            text += " " + self.tr("(capped)")
        self.score_label.setText(text)
        answered, visible = self.session.answered_share()
        self.provisional_label.setText(self.tr("provisional · {0}/{1}").format(answered, visible))
        self.provisional_label.setToolTip(
            self.tr(
                "The audit is in progress: the score and grade change as items are answered "
                "({0} of {1} answered so far)."
            ).format(answered, visible)
        )
        self.provisional_label.setVisible(not self.session.locked)
        if r.critical_fail:
            self.grade_label.setText(self.tr("Critical failure"))
            self.grade_label.setStyleSheet(self._big("#c62828"))
        else:
            grade = r.grade
            self.grade_label.setText(
                self.tr("Grade {0} ({1})").format(grade.grade, grade.label.get(self.lang))
                if grade
                else self.tr("Grade –")
            )
            self.grade_label.setStyleSheet(self._big())
        n = len(self.session.open_items())  # unanswered, or evidence still missing
        self.open_label.setText(
            self.tr("%n required open", "", n) if n else self.tr("All required answered")
        )
        self.open_label.setToolTip(
            self.tr(
                "Required items not answered yet, or answered without the photo or comment their rules ask for."
            )
        )
        color = "#e65100" if n else "#2e7d32"
        self.open_label.setStyleSheet(self._big(color))

    def _saved(self, when: str) -> None:
        self.saved_label.setText(self.tr("Saved {0}").format(when))
        if not self._fresh_error:  # a later success clears an old refusal, not one just shown
            self.clear_error()

    def _status_changed(self) -> None:
        locked = self.session.locked
        status = self.session.audit.status.value
        names = {"completed": self.tr("completed")}
        self.banner.setText(
            self.tr(
                "This audit is {0} and locked: answers are read-only. Reopen it (with a "
                "reason) to change anything."
            ).format(names.get(status, status))
        )
        self.banner_row.setVisible(locked)
        self.finish_button.setVisible(not locked)  # a locked audit offers Reopen instead
        self.finish_button.setEnabled(not locked)
        self.photo_panel.set_locked(locked)
        self._set_title()
        self._refresh_signatures()
        self._update_score()
        self._show_legend()  # a locked audit lists only the keys that move through it
        if self._panel is not None:
            self._panel.refresh()

    # -- errors ---------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        """Show a refusal inline (not modal); it stays until dismissed or the next save."""
        self.error_label.setText(message)
        self.error_label.show()
        self.error_close.show()
        self._fresh_error = True
        QTimer.singleShot(0, self._error_settled)

    def _error_settled(self) -> None:
        self._fresh_error = False

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()
        self.error_close.hide()

    def error_text(self) -> str:
        """The message shown, or '' (for tests and the finishing dialog)."""
        return self.error_label.text() if not self.error_label.isHidden() else ""
