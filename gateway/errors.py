"""Errors that are part of the interface: a stable code, an HTTP status and an actionable message.

Services raise these; the HTTP layer renders them in the OpenAI error shape on ``/v1`` and as
``{"error": {...}}`` on the admin API. Messages never contain prompt text or secrets.
"""

from __future__ import annotations


class SluiceError(Exception):
    status = 400
    type = "invalid_request_error"

    def __init__(self, code: str, message: str, *, param: str | None = None, headers: dict | None = None):
        super().__init__(message)
        self.code = code
        self.message = message
        self.param = param
        self.headers = headers or {}

    def body(self) -> dict:
        return {"error": {"message": self.message, "type": self.type, "param": self.param, "code": self.code}}


class InvalidInput(SluiceError):
    status = 400


class Unauthenticated(SluiceError):
    status = 401
    type = "authentication_error"


class Forbidden(SluiceError):
    status = 403
    type = "permission_error"


class NotFound(SluiceError):
    status = 404
    type = "not_found_error"


class Conflict(SluiceError):
    status = 409
    type = "conflict_error"


class TooLarge(SluiceError):
    status = 413


class RateLimited(SluiceError):
    status = 429
    type = "rate_limit_error"


class UpstreamError(SluiceError):
    status = 502
    type = "api_error"


class Unavailable(SluiceError):
    status = 503
    type = "api_error"
