"""Bilingual text: the one small value type the start-up path needs from the form model."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Text:
    """A text shown to people, in both shipped languages."""

    en: str
    """English."""
    zh: str
    """Simplified Chinese."""

    def get(self, lang: str) -> str:
        """The text in ``lang`` (``"zh"`` or anything else for English)."""
        return self.zh if lang == "zh" else self.en
