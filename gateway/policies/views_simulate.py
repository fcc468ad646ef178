"""Admin API: dry-run a policy version on a sample request (authors, approvers, auditors, admin)."""

from __future__ import annotations

from typing import Any

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, ConfigDict, Field, model_validator

from sluice.gateway.api.content_parts import check_content_parts
from sluice.gateway.api.schemas import ChatMessage
from sluice.gateway.bounds import VersionNumber
from sluice.gateway.auth.deps import app_services, require_roles
from sluice.gateway.auth.gated import admin_router
from sluice.gateway.auth.principal import Principal
from sluice.gateway.users.roles import Role
from sluice.gateway.services import Services
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import Conflict
from sluice.gateway.policies import queries
from sluice.gateway.policies.events import audit
from sluice.gateway.policies.schemas import PREFIX
from sluice.gateway.policies.models import DISCARDED, DRAFT, Policy, PolicyVersion
from sluice.gateway.policies.simulate import simulate

router = admin_router(prefix=PREFIX, tags=["policies"])
simulators = require_roles(Role.POLICY_AUTHOR, Role.POLICY_APPROVER, Role.AUDITOR)


class SimulateIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    messages: list[ChatMessage] | None = Field(None, description="A chat request's messages (OpenAI format).",
                                               max_length=256)
    text: str | None = Field(None, description="Plain text, scanned as one user message.", max_length=200_000)
    response: str | None = Field(None, description="A sample model response to run through the output stage.",
                                 max_length=200_000)
    model: str | None = Field(None, description="Model name: report which providers the request may go to.")
    classification: str | None = Field(None, description="As if sent in the data-classification header.")
    version: VersionNumber | None = Field(None, description="Version to simulate; default: the open draft, else the "
                                                        "active version, else the newest.")
    chunk_size: int | None = Field(None, ge=1, le=10_000, description="Feed the response in chunks of this many "
                                                                      "characters, as a stream would arrive.")

    @model_validator(mode="after")
    def _one_input(self) -> "SimulateIn":
        if (self.messages is None) == (self.text is None):
            raise ValueError("send either `messages` or `text`")
        return self

    def chat(self) -> list[dict[str, Any]]:
        if self.messages is None:
            return [{"role": "user", "content": self.text}]
        return [message.model_dump(exclude_unset=True) for message in self.messages]


def _pick(session, policy: Policy, number: int | None) -> PolicyVersion:
    if number is not None:
        return queries.get_version(session=session, policy=policy, number=number)
    versions = [v for v in queries.versions_of(session=session, policy=policy) if v.status != DISCARDED]
    draft = next((v for v in versions if v.status == DRAFT), None)
    active = queries.active_version(session=session, scope=policy.scope)
    if draft is not None:
        return draft
    if active is not None and active.policy_id == policy.id:
        return active
    if not versions:
        raise Conflict(ErrorCode.NO_VERSION,
                       f"policy {policy.id} has no version to simulate; save a draft first")
    return versions[-1]


class SimulateOut(BaseModel):
    policy_id: str
    version: int
    version_status: str
    blocked: dict[str, Any] | None = Field(description="The refusal the caller would get (code, message, details).")
    input: dict[str, Any] = Field(description="Guardrail results with spans and scores, entity counts, and the "
                                              "messages as the model would receive them.")
    classification: dict[str, Any] = Field(description="Data classification and what set it.")
    routing: dict[str, Any] | None = Field(description="Allowed regions and the providers of the model, in order.")
    output: dict[str, Any] | None = Field(description="The sample response as the caller would get it, with the "
                                                      "output guardrails' results.")
    model_called: bool = False


@router.post("/{policy_id}/simulate", response_model=SimulateOut,
             summary="Every decision the pipeline would take, without calling a model")
async def simulate_request(policy_id: str, body: SimulateIn, request: Request,
                           principal: Principal = Depends(simulators), ctx: Services = Depends(app_services)):
    check_content_parts(body.messages or [])

    def work() -> dict[str, Any]:
        with ctx.sessions() as session, session.begin():
            policy = queries.get_policy(session=session, principal=principal, policy_id=policy_id)
            version = _pick(session, policy, body.version)
            out = simulate(session=session, secret=ctx.settings.secret_bytes, policy=policy, version=version,
                           messages=body.chat(), response=body.response, model=body.model,
                           classification=body.classification, chunk_size=body.chunk_size,
                           guards=ctx.policies.guards)
            audit(session, principal=principal, request=request, action="simulated", policy=policy,
                  after={"version": version.number, "blocked": (out["blocked"] or {}).get("code"),
                         "classification": out["classification"]["name"]})
            return out

    return await run_in_threadpool(work)
