"""Fail closed on text the policy cannot place: a request whose body carries a string in a field
that :mod:`sluice.policy.fields` neither scans nor knows as an option is refused with
``unscannable_field`` (``param`` names the field); nothing of it is forwarded or echoed."""

from __future__ import annotations

from fastapi import Request

from sluice.policy import request_fields

from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import InvalidInput


async def refuse_unknown_text(request: Request, endpoint: str) -> None:
    """Raise ``unscannable_field`` when the (already validated) JSON body has text in an unknown field."""
    body = await request.json()  # parsed once by the framework and cached on the request
    where = request_fields.unknown_text(body, endpoint) if isinstance(body, dict) else None
    if where is not None:
        raise InvalidInput(ErrorCode.UNSCANNABLE_FIELD,
                           f"'{where}': this field is not one the gateway's policy scans, so its text cannot "
                           "be forwarded; remove it (see the README's list of scanned fields)", param=where)
