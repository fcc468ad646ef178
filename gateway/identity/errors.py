"""A refused sign-in or grant of access: the registry code, its message, and a short reason for the
audit log."""

from __future__ import annotations

from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import SluiceError


class AccessRefused(SluiceError):
    """``reason`` says which check failed (``bad_nonce``, ``expired``, ...); it goes into the audit
    event, never a token or a claim's value."""

    def __init__(self, code: ErrorCode, message: str, *, reason: str | None = None):
        super().__init__(code, message)
        self.reason = reason or str(code)
