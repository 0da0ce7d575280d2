"""The Help menu's windows: the keyboard reference, getting started, and About.

The keyboard reference is built from the bindings themselves: the runner's key legend
(:meth:`auditapp.ui.runner.keys.RunnerKeys.legend`) and the shortcuts of the main
window's actions, so it cannot drift from what the keys do.
"""

from __future__ import annotations

import html
import re
from typing import cast

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from auditapp.ui.dialog_fit import resize_within_screen
from auditapp.ui.pages.common import PAGE_STYLE

KEY_CELL = re.compile(r"<b>(.*?)</b>(.*?)(?=<b>|$)", re.S)
TAG = re.compile(r"<[^>]+>")


class _LegendTexts(QObject):
    """Lets the runner's legend be read without an open audit: the legend only asks
    for its texts, which are translated in the runner's own context."""

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        return QCoreApplication.translate("RunnerKeys", text, disambiguation, n)


def _plain(fragment: str) -> str:
    # the legend's no-break spaces and word joiners keep Chinese from breaking mid-word
    text = html.unescape(TAG.sub("", fragment)).replace("\xa0", " ").replace("\u2060", "")
    return " ".join(text.split()).strip(" ·")


def runner_keys() -> list[tuple[str, str]]:
    """(keys, what they do) of the audit runner, in the UI language, from its legend."""
    from auditapp.ui.runner.keys import RunnerKeys  # only when the reference is opened

    legend = RunnerKeys.legend(cast(RunnerKeys, _LegendTexts()))
    rows = [(_plain(keys), _plain(what)) for keys, what in KEY_CELL.findall(legend)]
    return [(keys, what) for keys, what in rows if keys and what]


def window_keys(actions: list[QAction]) -> list[tuple[str, str]]:
    """(shortcut, action name) of the main window's actions that have a shortcut."""
    rows = []
    for action in actions:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            rows.append((keys, action.text().replace("&", "").rstrip("…")))
    return rows


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td style='padding: 2px 16px 2px 0'><b>{html.escape(k)}</b></td>"
        f"<td>{html.escape(v)}</td></tr>"
        for k, v in rows
    )
    return f"<table>{cells}</table>"


class HelpDialog(QDialog):
    """A page of help text with a Close button (Enter or Esc closes it)."""

    def __init__(self, title: str, body: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setStyleSheet(PAGE_STYLE)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 720, 620)


class HelpTexts(QObject):
    """The texts of the Help menu, in the UI language."""

    def keyboard(self, actions: list[QAction]) -> str:
        """The keyboard reference as rich text."""
        # tr() outside the f-strings: lupdate does not look inside them
        in_audit = html.escape(self.tr("In the audit"))
        while_open = html.escape(self.tr("These keys work while an audit is open."))
        everywhere = html.escape(self.tr("Everywhere"))
        return (
            f"<h3>{in_audit}</h3><p>{while_open}</p>"
            + _table(runner_keys())
            + f"<h3>{everywhere}</h3>"
            + _table(
                window_keys(actions)
                + [
                    (self.tr("Enter"), self.tr("confirm a dialog (OK, Start audit)")),
                    (self.tr("Esc"), self.tr("close a dialog without changes")),
                    (self.tr("Tab / Shift+Tab"), self.tr("next / previous field or button")),
                    (self.tr("Alt + underlined letter"), self.tr("the field or menu it marks")),
                ]
            )
        )

    def getting_started(self) -> str:
        """Getting started, from the profile to the import at head office, as rich text."""
        steps = [
            (
                self.tr("Your profile and signing identity"),
                self.tr(
                    "At the first start, enter your name, auditor id and, if you do mystery "
                    "shops, an alias; then create the certificate that signs your reports, "
                    "protected by a passphrase, or import the one your organisation gave you. "
                    "Settings, Signing identity shows it, with its fingerprint."
                ),
            ),
            (
                self.tr("Sites and forms"),
                self.tr(
                    "Import the sites you audit (File, Import sites: CSV or Excel). The Forms "
                    "page lists the installed forms and the standard each item checks."
                ),
            ),
            (
                self.tr("A new audit"),
                self.tr(
                    "Ctrl+N: choose the site and the form, and for a mystery shop the visit "
                    "details, then Start audit. Answer each item with one key (see Help, "
                    "Keyboard reference); photos and comments go with the item."
                ),
            ),
            (
                self.tr("Finish"),
                self.tr(
                    "Ctrl+Enter opens the finishing check: it lists what is still open, takes "
                    "the signatures and corrective actions, then completes and locks the "
                    "audit. Everything is saved as you go, even if the computer stops."
                ),
            ),
            (
                self.tr("Export"),
                self.tr(
                    "Ctrl+E writes the signed PDF report of the chosen audit; Ctrl+Shift+E "
                    "writes the audits the filters select to one signed Excel workbook for "
                    "head office. Each asks for your identity's passphrase."
                ),
            ),
            (
                self.tr("Import at head office"),
                self.tr(
                    "At head office, Ctrl+I imports the workbooks auditors send. Each audit's "
                    "signature is checked against its auditor's certificate; the results "
                    "list what was imported and why anything was refused."
                ),
            ),
        ]
        body = "".join(
            f"<h3>{n}. {html.escape(title)}</h3><p>{html.escape(text)}</p>"
            for n, (title, text) in enumerate(steps, 1)
        )
        return body

    def about(self, intro: str, versions: str) -> str:
        """About: ``intro`` (what the program is, the data folder), then the versions."""
        title = html.escape(self.tr("Versions"))
        quote = html.escape(self.tr("Quote these lines when you report a problem."))
        return (
            f"<p>{html.escape(intro).replace(chr(10), '<br>')}</p>"
            f"<h3>{title}</h3><pre>{html.escape(versions)}</pre><p>{quote}</p>"
        )
