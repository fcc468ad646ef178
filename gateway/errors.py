"""Errors that are part of the interface: a stable code, an HTTP status and an actionable message.

Services raise these with a member of the registry (:class:`~sluice.gateway.error_codes.ErrorCode`),
which gives the OpenAI error ``type`` and the statuses the code may go out with. The HTTP layer renders
them as ``{"error": {"message", "type", "param", "code"}}`` on ``/v1`` and on the admin API. Messages
never contain prompt text or secrets.
"""

from __future__ import annotations

from sluice.gateway.error_codes import ErrorCode


class SluiceError(Exception):
    """``status`` is the code's usual one unless the class (or ``status=``) picks another of its statuses."""

    status: int | None = None

    def __init__(self, code: ErrorCode, message: str, *, param: str | None = None,
                 headers: dict | None = None, status: int | None = None):
        super().__init__(message)
        self.code: str = ErrorCode(code)  # a library's code passed through is a registry member as well
        status = status or self.status or self.code.status
        if status not in self.code.statuses:
            raise ValueError(f"{self.code!s} goes out with status {self.code.statuses}, not {status}")
        self.status = status
        self.type = self.code.error_type
        self.message = message
        self.param = param
        self.headers = headers or {}

    def body(self) -> dict:
        return {"error": {"message": self.message, "type": self.type, "param": self.param, "code": self.code}}


class UpstreamRejected(SluiceError):
    """A provider refused the request itself (a 4xx about the request): ``invalid_request``, or the
    provider's own code when it named one, passed through so that OpenAI clients see what it said."""

    def __init__(self, message: str, *, upstream_code: str | None = None):
        super().__init__(ErrorCode.INVALID_REQUEST, message)
        self.code = upstream_code or self.code


class InvalidInput(SluiceError):
    status = 400


class Unauthenticated(SluiceError):
    status = 401


class Forbidden(SluiceError):
    status = 403


class NotFound(SluiceError):
    status = 404


class Conflict(SluiceError):
    status = 409


class TooLarge(SluiceError):
    status = 413


class RateLimited(SluiceError):
    status = 429


class Unavailable(SluiceError):
    status = 503
