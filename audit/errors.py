"""Errors of the audit log, each with a stable code."""

from __future__ import annotations

from enum import StrEnum


class AuditErrorCode(StrEnum):
    """Every code the audit log gives its errors (the gateway's registry gives them HTTP statuses)."""

    AUDIT_ERROR = "audit_error"
    AUDIT_UNAVAILABLE = "audit_unavailable"
    AUDIT_NOT_CONFIGURED = "audit_not_configured"
    AUDIT_CONTENT_KEY = "audit_content_key"
    AUDIT_NOT_FOUND = "audit_not_found"
    AUDIT_TAMPERED = "audit_tampered"


class AuditError(Exception):
    code: AuditErrorCode = AuditErrorCode.AUDIT_ERROR

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class AuditUnavailable(AuditError):
    """The audit store cannot accept events now; the gateway must not serve unaudited requests."""

    code = AuditErrorCode.AUDIT_UNAVAILABLE


class AuditNotConfigured(AuditError):
    code = AuditErrorCode.AUDIT_NOT_CONFIGURED


class ContentKeyError(AuditError):
    """Captured content cannot be sealed or opened (no key-encryption key, key destroyed)."""

    code = AuditErrorCode.AUDIT_CONTENT_KEY


class NotInLog(AuditError):
    code = AuditErrorCode.AUDIT_NOT_FOUND


class LogTampered(AuditError):
    """The log contradicts itself (a column disagrees with its hashed entry): nothing is exported from it."""

    code = AuditErrorCode.AUDIT_TAMPERED
