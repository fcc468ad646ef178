"""Rendering errors: the OpenAI error shape everywhere, never a stack trace, never input echoed."""

from __future__ import annotations

import logging
import re

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.error_docs import document_errors
from sluice.gateway.errors import SluiceError
from sluice.gateway.outages import dependency_error, handled_types, retry_after_headers

log = logging.getLogger("sluice.http")

_FRAMEWORK_CODES = {404: ErrorCode.NOT_FOUND, 405: ErrorCode.METHOD_NOT_ALLOWED,
                    413: ErrorCode.REQUEST_TOO_LARGE, 415: ErrorCode.UNSUPPORTED_MEDIA_TYPE}


def error_body(code: ErrorCode, message: str, param: str | None = None) -> dict:
    return {"error": {"message": message, "type": code.error_type, "param": param, "code": code}}


# pydantic names the member of a union a value was tried against in the error's location
# (``content.str``, ``prompt.list[constrained-int].0``): not a field the caller sent
_UNION_MEMBER = re.compile(r"^(str|int|float|bool|none|bytes|constrained-[a-z]+|[a-z-]+\[.*\])$")
_LOCATIONS = ("body", "query", "path", "header")


def _fields(error: dict) -> list[str]:
    return [str(p) for p in error.get("loc", ()) if p not in _LOCATIONS and not _UNION_MEMBER.match(str(p))]


def _most_specific(errors: list[dict]) -> dict:
    """The first error, or when a union's members all refused the same field, the one that says most:
    one that is more than "not of this type" (``prompt: [10**20]`` is out of range, not "not a
    string"), else the one deepest inside the value (``content: [5]``: its item 0 is not an object)."""
    first, fields = errors[0], _fields(errors[0])
    same_field = [e for e in errors if _fields(e)[:len(fields)] == fields]
    telling = next((e for e in same_field if not str(e.get("type", "")).endswith("_type")), None)
    return telling or max(same_field, key=lambda e: len(_fields(e)))


def _validation_message(exc: RequestValidationError) -> tuple[str, str | None]:
    errors = exc.errors()
    if not errors:
        return "invalid request", None
    first = _most_specific(list(errors))
    param = ".".join(_fields(first)) or None
    msg = first.get("msg", "invalid value")
    if first.get("type") == "json_invalid":
        return "We could not parse the JSON body of your request.", None
    more = f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})" if len(errors) > 1 else ""
    where = f"'{param}': " if param else ""
    return f"{where}{msg}{more}", param


def _answer(exc: SluiceError) -> JSONResponse:
    """A refusal as it goes out; a 503 always says when to retry."""
    headers = exc.headers
    if exc.status == 503 and "retry-after" not in {name.lower() for name in headers}:
        headers = {**headers, **retry_after_headers()}
    return JSONResponse(exc.body(), status_code=exc.status, headers=headers)


def install_error_handlers(app: FastAPI) -> None:
    document_errors(app)

    @app.exception_handler(SluiceError)
    async def _sluice(request: Request, exc: SluiceError):
        return _answer(exc)

    async def _dependency(request: Request, exc: Exception):
        error = dependency_error(exc)
        if error is None:  # a database error that is not an outage (a constraint, a bug)
            return await _unexpected(request, exc)
        log.warning("dependency unavailable", extra={"request_id": getattr(request.state, "request_id", None),
                                                     "error_code": error.code, "error_type": type(exc).__name__})
        return _answer(error)

    for kind in handled_types():
        app.add_exception_handler(kind, _dependency)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        message, param = _validation_message(exc)
        return JSONResponse(error_body(ErrorCode.INVALID_REQUEST, message, param), status_code=400)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        code = _FRAMEWORK_CODES.get(exc.status_code, ErrorCode.HTTP_ERROR)
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        return JSONResponse(error_body(code, message), status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        request_id = getattr(request.state, "request_id", None)
        log.error("unhandled error", extra={"request_id": request_id, "error_type": type(exc).__name__},
                  exc_info=exc)
        return JSONResponse(
            error_body(ErrorCode.INTERNAL_ERROR, f"internal error (request id {request_id})"), status_code=500
        )
