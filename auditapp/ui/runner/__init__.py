"""The audit runner: answering an audit item by item, by keyboard, mouse, pen or touch."""

from auditapp.ui.runner.audit_runner import AuditRunner

__all__ = ["AuditRunner"]
