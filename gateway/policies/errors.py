"""Policy-specific refusals of the admin API (stable codes, field paths for validation)."""

from __future__ import annotations

from sluice.policy.errors import FieldError

from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import InvalidInput


class PolicyInvalid(InvalidInput):
    """The submitted document does not validate (``policy_invalid``) or breaks a limit on its size
    (``policy_too_large``, 413) or nesting (``policy_too_deep``). ``errors`` lists each problem with
    its field path; ``param`` names the first one so that simple clients can point at it."""

    def __init__(self, errors: list[FieldError], message: str, *, code: ErrorCode = ErrorCode.POLICY_INVALID):
        first = errors[0].path if errors else None
        super().__init__(code, message, param=first or None, status=code.status)
        self.errors = errors

    def body(self) -> dict:
        body = super().body()
        body["error"]["errors"] = [e.to_dict() for e in self.errors]
        return body
