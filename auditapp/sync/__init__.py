"""The desktop's side of sync with the head-office server (no Qt; see docs/sync.md)."""
