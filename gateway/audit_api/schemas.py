"""Request bodies and query parameters of the audit admin API."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class ExportIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    format: Literal["jsonl", "csv", "ocsf"] = "jsonl"
    tenant_id: str | None = Field(None, description="Only this tenant (tenant-scoped users: always their own)")
    since: datetime | None = None
    until: datetime | None = None
    model: str | None = Field(None, max_length=200)
    outcome: Literal["success", "blocked", "error"] | None = None
    kind: Literal["request", "intent", "admin", "system"] | None = None


class ExportOut(BaseModel):
    id: str
    tenant_id: str | None
    requested_by: str | None
    filters: dict
    format: str
    status: str = Field(description="queued, running, done or failed")
    progress: int = Field(description="Records written so far")
    total: int | None = Field(description="Records to write (known once running)")
    sha256: str | None
    size: int | None
    error: str | None
    created: str
    finished: str | None
