"""Errors of the audit log, each with a stable code."""

from __future__ import annotations


class AuditError(Exception):
    code = "audit_error"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class AuditUnavailable(AuditError):
    """The audit store cannot accept events now; the gateway must not serve unaudited requests."""

    code = "audit_unavailable"


class AuditNotConfigured(AuditError):
    code = "audit_not_configured"


class ContentKeyError(AuditError):
    """Captured content cannot be sealed or opened (no key-encryption key, key destroyed)."""

    code = "audit_content_key"


class NotInLog(AuditError):
    code = "audit_not_found"
