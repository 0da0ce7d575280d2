"""The one JSON spelling that gets hashed (trail entries, forms, audits)."""

from __future__ import annotations

import json
from typing import Any


def canonical_json(data: Any) -> str:
    """Compact JSON with sorted keys and unescaped Unicode: the bytes that get hashed."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
