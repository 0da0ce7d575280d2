"""ServiceAudit: offline field audits of written service standards."""

__version__ = "0.1.0"
