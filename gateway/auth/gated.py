"""Admin API routes whose gate (sign-in, CSRF, role) runs before FastAPI reads the request.

FastAPI parses a JSON body before it resolves any dependency, so a route that only declares
``Depends(current_principal)`` still answers an anonymous caller's broken JSON with 400, and a
caller whose role may not use the route learns what its body must look like. A
:class:`SignedInRoute` runs the gate it finds among the route's own dependencies first, on the
bare request; FastAPI then parses and validates as usual and its dependencies reuse the
principal the gate resolved. The request bodies stay documented in OpenAPI: nothing about the
route's parameters changes.

Every admin router is made with :func:`admin_router`. A route on it that declares no gate
cannot be built: the few public routes (sign-in) live on a plain ``APIRouter``.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Iterator
from enum import Enum
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from starlette.concurrency import run_in_threadpool

from sluice.gateway.auth.deps import RoleGate, authenticate, current_principal


class UngatedRoute(TypeError):
    """An admin route was declared without ``current_principal`` or ``require_roles(...)``."""


def _calls(dependant: Dependant) -> Iterator[Any]:
    for sub in dependant.dependencies:
        yield sub.call
        yield from _calls(sub)


def route_gates(dependant: Dependant) -> tuple[RoleGate, ...] | None:
    """The role gates a route declares (empty: any signed-in user), or None when it declares no gate."""
    calls = list(_calls(dependant))
    gates = tuple(call for call in calls if isinstance(call, RoleGate))
    if gates or current_principal in calls:
        return gates
    return None


class SignedInRoute(APIRoute):
    """An admin API route: sign-in, CSRF and role checks come before any parsing or validation."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        gates = route_gates(self.dependant)
        if gates is None:
            raise UngatedRoute(f"{sorted(self.methods)} {self.path} declares no signed-in principal: add "
                               "Depends(current_principal) or Depends(require_roles(...)), or put it on a "
                               "public router")
        handler = super().get_route_handler()

        async def gated(request: Request) -> Response:
            principal = await run_in_threadpool(authenticate, request, request.app.state.services)
            for gate in gates:
                gate.check(principal)
            return await handler(request)

        return gated


def admin_router(*, prefix: str, tags: list[str | Enum]) -> APIRouter:
    """A router of admin API routes that need a signed-in user (see :class:`SignedInRoute`)."""
    return APIRouter(prefix=prefix, tags=tags, route_class=SignedInRoute)
