"""Console routes that need a session: the sign-in check runs before FastAPI reads the request.

FastAPI validates path and query parameters and reads the form before a page's own code runs,
so a page that began with :func:`web.console_user` could still answer a visitor without a
session with a validation error instead of sending them to the sign-in page. A
:class:`SignedInPage` resolves the session first, on the bare request (a missing or expired
one raises ``SignInRequired``: 303 to the sign-in page); the page's own ``console_user`` call
then reuses it. Its role and CSRF checks stay in the page (``web.guard``/``web.require``).

Every console router is made with :func:`page_router`; the sign-in page, static assets and
the not-found page use a plain ``APIRouter``.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.routing import APIRoute
from starlette.concurrency import run_in_threadpool

from sluice.gateway.console import web


class SignedInPage(APIRoute):
    """A console page or form action: no session, no parsing (303 to the sign-in page)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def signed_in(request: Request) -> Response:
            await run_in_threadpool(web.console_user, request)
            return await handler(request)

        return signed_in


def page_router(prefix: str) -> APIRouter:
    """A router of console pages that need a signed-in user (see :class:`SignedInPage`)."""
    return APIRouter(prefix=prefix, include_in_schema=False, route_class=SignedInPage)
