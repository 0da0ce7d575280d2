"""Where the application's resources (fonts, translations) live."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
CJK_FONT = RESOURCES / "fonts" / "DroidSansFallbackFull.ttf"
CJK_FONT_FAMILY = "Droid Sans Fallback"
LATIN_FONT = RESOURCES / "fonts" / "DejaVuSans.ttf"
LATIN_BOLD_FONT = RESOURCES / "fonts" / "DejaVuSans-Bold.ttf"
ICONS = RESOURCES / "icons"
APP_ID = "io.serviceaudit.ServiceAudit"
"""The desktop entry's name (without .desktop) and the AppStream id."""
ORGANISATION = "ServiceAudit"
"""Organisation name under which the desktop app keeps its per-user settings (QSettings)."""
APP_NAME = "ServiceAudit"
"""Application name of those settings, and the name Qt reports for the app."""
