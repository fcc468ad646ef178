"""The SCIM 2.0 endpoint under ``/scim/v2``: one transaction per request, authenticated by a SCIM
bearer token, errors in the SCIM error format (never FastAPI's)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from sluice.gateway.identity.access_map import parse_rules
from sluice.gateway.scim import discovery, groups, users
from sluice.gateway.scim.access import Actor
from sluice.gateway.scim.errors import SCIM_MEDIA_TYPE, ScimError
from sluice.gateway.scim.resources import list_response
from sluice.gateway.scim.tokens import authenticate
from sluice.gateway.services import Services

router = APIRouter(prefix="/scim/v2", tags=["scim"], include_in_schema=False)
MAX_BODY_BYTES = 1_000_000


def _base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/") + "/scim/v2"


def _bearer(request: Request) -> str:
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" else ""


def _parse(raw: bytes) -> dict[str, Any]:
    if len(raw) > MAX_BODY_BYTES:
        raise ScimError(413, f"the body is larger than {MAX_BODY_BYTES} bytes")
    try:
        body = json.loads(raw)
    except ValueError:
        raise ScimError(400, "the body is not valid JSON", "invalidSyntax") from None
    if not isinstance(body, dict):
        raise ScimError(400, "the body must be a JSON object", "invalidSyntax")
    return body


def _paging(request: Request) -> tuple[int, int]:
    try:
        start = int(request.query_params.get("startIndex", "1"))
        count = int(request.query_params.get("count", str(discovery.MAX_RESULTS)))
    except ValueError:
        raise ScimError(400, "startIndex and count must be integers", "invalidValue") from None
    return max(start, 1), min(max(count, 0), discovery.MAX_RESULTS)


Work = Callable[[Session, Actor, Any], "dict[str, Any] | None"]


async def _handle(request: Request, work: Work, *, read_body: bool = False, status: int = 200) -> Response:
    ctx: Services = request.app.state.services
    raw = await request.body() if read_body else None
    try:
        result = await run_in_threadpool(_run, ctx, request, work, raw)
    except ScimError as exc:
        return exc.response()
    if result is None:
        return Response(status_code=204)
    headers = {"Location": result["meta"]["location"]} if status == 201 else None
    return JSONResponse(result, status_code=status, media_type=SCIM_MEDIA_TYPE, headers=headers)


def _run(ctx: Services, request: Request, work: Work, raw: bytes | None):
    """Who is calling first (a bad token is refused before the body or query is looked at), then the work."""
    presented = _bearer(request)
    try:
        with ctx.sessions() as session, session.begin():
            token = authenticate(session=session, presented=presented, secret=ctx.settings.secret_bytes)
            if token is None:
                raise ScimError(401, "a valid SCIM bearer token is required (sluice scim token create NAME)")
            actor = Actor(token_id=token.id, token_name=token.name,
                          source_address=request.client.host if request.client else None)
            return work(session, actor, _parse(raw) if raw is not None else None)
    except IntegrityError:  # two requests created the same user or group at once
        raise ScimError(409, "the resource was changed by another request at the same moment; retry",
                        "uniqueness") from None


def _rules(request: Request):
    return parse_rules(request.app.state.services.settings.sso_role_map)


def _break_glass(request: Request) -> str | None:
    return request.app.state.services.settings.sso_break_glass_email


# --- discovery -----------------------------------------------------------------------------------

@router.get("/ServiceProviderConfig")
def service_provider_config(request: Request):
    return JSONResponse(discovery.service_provider_config(_base_url(request)), media_type=SCIM_MEDIA_TYPE)


@router.get("/Schemas")
def schemas(request: Request):
    return JSONResponse(discovery.schemas(_base_url(request)), media_type=SCIM_MEDIA_TYPE)


@router.get("/ResourceTypes")
def resource_types(request: Request):
    return JSONResponse(discovery.resource_types(_base_url(request)), media_type=SCIM_MEDIA_TYPE)


# --- users ---------------------------------------------------------------------------------------

@router.get("/Users")
async def list_users(request: Request):
    base, glass = _base_url(request), _break_glass(request)

    def work(session, actor, _):
        start, count = _paging(request)
        total, found = users.list_users(session=session, filter_text=request.query_params.get("filter"),
                                        start_index=start, count=count, break_glass=glass)
        return list_response([users.render(session, u, base) for u in found], total=total, start_index=start)

    return await _handle(request, work)


@router.post("/Users")
async def create_user(request: Request):
    base, glass = _base_url(request), _break_glass(request)

    def work(session, actor, body):
        return users.render(session, users.create_user(session=session, body=body, actor=actor, break_glass=glass),
                            base)

    return await _handle(request, work, read_body=True, status=201)


@router.get("/Users/{user_id}")
async def get_user(request: Request, user_id: str):
    base, glass = _base_url(request), _break_glass(request)
    return await _handle(request, lambda session, actor, _: users.render(
        session, users.get_user(session=session, user_id=user_id, break_glass=glass), base))


async def _change_user(request: Request, user_id: str, change) -> Response:
    base, glass = _base_url(request), _break_glass(request)

    def work(session, actor, body):
        user = users.get_user(session=session, user_id=user_id, break_glass=glass)
        return users.render(session, change(session=session, user=user, body=body, actor=actor), base)

    return await _handle(request, work, read_body=True)


@router.put("/Users/{user_id}")
async def replace_user(request: Request, user_id: str):
    return await _change_user(request, user_id, users.replace_user)


@router.patch("/Users/{user_id}")
async def patch_user(request: Request, user_id: str):
    return await _change_user(request, user_id, users.patch_user)


@router.delete("/Users/{user_id}")
async def delete_user(request: Request, user_id: str):
    glass = _break_glass(request)

    def work(session, actor, _):
        users.deactivate_user(session=session, user=users.get_user(session=session, user_id=user_id,
                                                                   break_glass=glass), actor=actor)

    return await _handle(request, work)


# --- groups --------------------------------------------------------------------------------------

@router.get("/Groups")
async def list_groups(request: Request):
    base = _base_url(request)
    with_members = "members" not in request.query_params.get("excludedAttributes", "")

    def work(session, actor, _):
        start, count = _paging(request)
        total, found = groups.list_groups(session=session, filter_text=request.query_params.get("filter"),
                                          start_index=start, count=count)
        return list_response([groups.render(session, g, base, with_members=with_members) for g in found],
                             total=total, start_index=start)

    return await _handle(request, work)


@router.post("/Groups")
async def create_group(request: Request):
    base, rules = _base_url(request), _rules(request)

    def work(session, actor, body):
        return groups.render(session, groups.create_group(session=session, body=body, rules=rules, actor=actor),
                             base)

    return await _handle(request, work, read_body=True, status=201)


@router.get("/Groups/{group_id}")
async def get_group(request: Request, group_id: str):
    base = _base_url(request)
    with_members = "members" not in request.query_params.get("excludedAttributes", "")
    return await _handle(request, lambda session, actor, _: groups.render(
        session, groups.get_group(session=session, group_id=group_id), base, with_members=with_members))


async def _change_group(request: Request, group_id: str, change) -> Response:
    base, rules = _base_url(request), _rules(request)

    def work(session, actor, body):
        group = groups.get_group(session=session, group_id=group_id)
        return groups.render(session, change(session=session, group=group, body=body, rules=rules, actor=actor),
                             base)

    return await _handle(request, work, read_body=True)


@router.put("/Groups/{group_id}")
async def replace_group(request: Request, group_id: str):
    return await _change_group(request, group_id, groups.replace_group)


@router.patch("/Groups/{group_id}")
async def patch_group(request: Request, group_id: str):
    return await _change_group(request, group_id, groups.patch_group)


@router.delete("/Groups/{group_id}")
async def delete_group(request: Request, group_id: str):
    rules = _rules(request)

    def work(session, actor, _):
        groups.delete_group(session=session, group=groups.get_group(session=session, group_id=group_id), rules=rules,
                            actor=actor)

    return await _handle(request, work)
