"""Turning stored policies into API bodies, and reading policy bodies sent as YAML or JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from fastapi import Request
from pydantic import ValidationError
from sqlalchemy.orm import Session

from sluice.policy import document_text

from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import InvalidInput, SluiceError
from sluice.gateway.policies import queries
from sluice.gateway.policies.errors import PolicyInvalid
from sluice.gateway.policies.models import DRAFT, DISCARDED, IN_REVIEW, Policy, PolicyChange, PolicyVersion
from sluice.gateway.policies.schemas import YAML_MEDIA_TYPES, PolicyCreateIn, PolicySourceIn


class UnsupportedMediaType(SluiceError):
    status = 415


def _active_id(session: Session, policy: Policy) -> str | None:
    record = queries.activation(session=session, scope=policy.scope)
    return record.version_id if record is not None and record.policy_id == policy.id else None


def version_out(version: PolicyVersion, *, active_id: str | None, detail: bool = False) -> dict[str, Any]:
    body = {c: getattr(version, c) for c in (
        "id", "policy_id", "number", "status", "content_hash", "source_format", "base_number", "author_email",
        "created_at", "updated_at", "submitted_at", "submitted_by", "submit_comment", "reviewed_at",
        "reviewed_by", "review_comment")}
    body["active"] = version.id == active_id
    if detail:
        body["source"], body["document"] = version.source, version.document
    return body


def version_detail(session: Session, policy: Policy, version: PolicyVersion) -> dict[str, Any]:
    return version_out(version, active_id=_active_id(session, policy), detail=True)


def policy_out(session: Session, policy: Policy, *, with_versions: bool = False) -> dict[str, Any]:
    versions = queries.versions_of(session=session, policy=policy)
    active_id = _active_id(session, policy)
    numbered = [v for v in versions if v.status not in (DRAFT, DISCARDED)]
    body = {
        "id": policy.id, "tenant_id": policy.tenant_id, "name": policy.name,
        "is_deployment_default": policy.tenant_id is None, "created_at": policy.created_at,
        "created_by": policy.created_by, "updated_at": policy.updated_at, "in_force": active_id is not None,
        "active_version": next((v.number for v in versions if v.id == active_id), None),
        "latest_version": numbered[-1].number if numbered else None,
        "draft_version": next((v.number for v in versions if v.status == DRAFT), None),
        "pending_review": [v.number for v in versions if v.status == IN_REVIEW],
    }
    if with_versions:
        body["versions"] = [version_out(v, active_id=active_id) for v in versions]
    return body


def change_out(change: PolicyChange) -> dict[str, Any]:
    return {"id": change.id, "action": change.action, "version_number": change.version_number,
            "actor_email": change.actor_email, "at": change.at, "comment": change.comment,
            "diff_from": change.diff_from, "diff": change.diff_text, "changes": change.field_diff}


@dataclass(frozen=True)
class PolicyBody:
    source: str | dict[str, Any]
    name: str | None = None
    tenant_id: str | None = None


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "application/json").split(";")[0].strip().lower()


def _source_of(model: PolicySourceIn) -> str | dict[str, Any]:
    if (model.source is None) == (model.document is None):
        raise InvalidInput(ErrorCode.INVALID_REQUEST,
                           "send the policy either as `source` (YAML/JSON text) or as "
                           "`document` (a JSON object)", param="source")
    return model.source if model.source is not None else model.document


async def _read(request: Request, model: type[PolicySourceIn]) -> PolicyBody:
    raw = await request.body()
    media = _media_type(request)
    if media in YAML_MEDIA_TYPES:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise InvalidInput(ErrorCode.INVALID_REQUEST, "the policy must be UTF-8 text") from None
        query = request.query_params
        return PolicyBody(source=text, name=query.get("name"), tenant_id=query.get("tenant_id"))
    if media not in ("application/json", ""):
        raise UnsupportedMediaType(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                                   "send application/json, or the policy itself as application/yaml")
    if document_text.json_depth(raw) > document_text.MAX_DEPTH + 1:  # the body wraps the document
        refused = document_text.too_deep()
        raise PolicyInvalid(refused.errors, refused.message, code=ErrorCode.POLICY_TOO_DEEP)
    try:
        parsed = model.model_validate(json.loads(raw or b"{}"))
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise InvalidInput(ErrorCode.INVALID_REQUEST,
                           "We could not parse the JSON body of your request.") from None
    except ValidationError as exc:
        err = exc.errors(include_url=False, include_input=False)[0]
        param = ".".join(str(p) for p in err["loc"]) or None
        raise InvalidInput(ErrorCode.INVALID_REQUEST, f"'{param}': {err['msg']}", param=param) from None
    return PolicyBody(source=_source_of(parsed), name=getattr(parsed, "name", None),
                      tenant_id=getattr(parsed, "tenant_id", None))


async def create_body(request: Request) -> PolicyBody:
    return await _read(request, PolicyCreateIn)


async def source_body(request: Request) -> PolicyBody:
    return await _read(request, PolicySourceIn)


def request_body_doc(model: type[PolicySourceIn], *, query_note: str = "") -> dict[str, Any]:
    """OpenAPI description of a body accepted as JSON or as raw YAML."""
    return {"requestBody": {"required": True, "content": {
        "application/json": {"schema": model.model_json_schema()},
        "application/yaml": {"schema": {"type": "string", "description": "The policy document itself." + query_note}},
    }}}
