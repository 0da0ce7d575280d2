"""The auditor profile of a data folder (name, id, alias), kept in its settings.

The GUI's first start and Settings write it; the demo reads it so that it never replaces
the user's own profile.
"""

from __future__ import annotations

from auditapp.core.records import Auditor
from auditapp.store.settings import SettingsRepo

PROFILE = "profile"
"""Settings key of the profile."""


def load_profile(settings: SettingsRepo) -> dict[str, str] | None:
    """The profile (``name``, ``id``, ``alias``), or None before the first start."""
    value = settings.get(PROFILE)
    if not isinstance(value, dict) or not str(value.get("name", "")).strip():
        return None
    return {k: str(value.get(k, "")) for k in ("name", "id", "alias")}


def save_profile(settings: SettingsRepo, name: str, auditor_id: str, alias: str) -> None:
    """Store the profile (the caller has checked that ``name`` is not empty)."""
    settings.set(PROFILE, {"name": name.strip(), "id": auditor_id.strip(), "alias": alias.strip()})


def profile_auditor(settings: SettingsRepo) -> Auditor | None:
    """The profile as an :class:`Auditor`, or None when there is none."""
    p = load_profile(settings)
    return Auditor(p["name"], p["id"], p["alias"]) if p else None
