"""Request and response bodies of the policy admin API."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from sluice.gateway.bounds import VersionNumber

PREFIX = "/admin/api/policies"
YAML_MEDIA_TYPES = ("application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml")


class PolicySourceIn(BaseModel):
    """A policy document as YAML/JSON text (``source``) or as a JSON object (``document``)."""

    model_config = ConfigDict(extra="forbid")
    source: str | None = Field(None, description="The policy as YAML or JSON text (comments are kept).")
    document: dict[str, Any] | None = Field(None, description="The policy as a JSON object.")


class PolicyCreateIn(PolicySourceIn):
    name: str = Field(min_length=1, max_length=120)
    tenant_id: str | None = Field(
        None, description="Tenant id or name. Omitted: your own tenant, or for deployment-wide users the "
                          "deployment default policy.")


class CommentIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    comment: str | None = Field(None, max_length=4000)


class RejectIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    comment: str = Field(min_length=1, max_length=4000, description="Why the version is rejected.")


class RollbackIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: VersionNumber | None = Field(None, description="Version to return to; omitted: the previously active one.")
    comment: str = Field(min_length=1, max_length=4000, description="Why the policy is rolled back.")


class VersionOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    policy_id: str
    number: int
    status: Literal["draft", "in_review", "approved", "rejected", "discarded"]
    active: bool = False
    content_hash: str
    source_format: str
    base_number: int | None
    author_email: str
    created_at: datetime
    updated_at: datetime
    submitted_at: datetime | None
    submitted_by: str | None
    submit_comment: str | None
    reviewed_at: datetime | None
    reviewed_by: str | None
    review_comment: str | None


class VersionDetailOut(VersionOut):
    source: str
    document: dict[str, Any]


class PolicyOut(BaseModel):
    id: str
    tenant_id: str | None
    name: str
    is_deployment_default: bool
    created_at: datetime
    created_by: str
    updated_at: datetime
    in_force: bool = Field(description="A version of this policy is the active one for its tenant.")
    active_version: int | None
    latest_version: int | None
    draft_version: int | None
    pending_review: list[int]


class PolicyDetailOut(PolicyOut):
    versions: list[VersionOut]


class ChangeOut(BaseModel):
    id: int
    action: str
    version_number: int | None
    actor_email: str
    at: datetime
    comment: str | None
    diff_from: str | None
    diff: str = Field(description="Unified diff of the canonical YAML.")
    changes: list[dict[str, Any]] = Field(description="Changed fields: path, op, before, after.")


class DiffOut(BaseModel):
    from_: str = Field(alias="from", serialization_alias="from")
    to: str
    unified: str
    changes: list[dict[str, Any]]
    model_config = ConfigDict(populate_by_name=True)


class EffectiveOut(BaseModel):
    tenant_id: str | None
    origin: Literal["tenant", "deployment_default", "shipped_default"]
    policy_id: str | None
    version: int | None
    document: dict[str, Any]
