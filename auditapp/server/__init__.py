"""The head-office server: FastAPI over SQLAlchemy, SQLite or PostgreSQL (see docs/sync.md)."""
