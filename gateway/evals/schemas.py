"""Bodies of the evaluation admin API."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class SuiteImportIn(BaseModel):
    name: str = Field(max_length=100)
    format: Literal["jsonl", "csv"] = "jsonl"
    content: str = Field(max_length=20_000_000, description="The file's text")
    description: str = Field("", max_length=2000)
    tenant_id: str | None = None


class RunIn(BaseModel):
    suite: str = Field(max_length=120, description="suite id, name (newest version) or name@version")
    provider: str = Field(max_length=63)
    model: str | None = Field(None, max_length=200)
    policy: str | None = Field(None, max_length=80, description="policy version id; default: the tenant's active")
    tenant_id: str | None = None
    concurrency: int = Field(4, ge=1, le=64)
    rate_per_minute: int = Field(0, ge=0, le=100_000)
    max_tokens: int = Field(256, ge=1, le=8192)


def suite_out(suite) -> dict:
    return {"id": suite.id, "name": suite.name, "version": suite.version, "description": suite.description,
            "source": suite.source, "license": suite.license, "builtin": suite.builtin,
            "tenant_id": suite.tenant_id, "probes": suite.probe_count, "created_by": suite.created_by,
            "created_at": suite.created_at}


def run_out(run) -> dict:
    done = run.completed + run.errored
    return {"id": run.id, "suite_id": run.suite_id, "tenant_id": run.tenant_id, "provider": run.provider,
            "model": run.model, "policy": run.policy_label or None, "status": run.status, "total": run.total,
            "completed": run.completed, "errored": run.errored,
            "progress": round(done / run.total, 4) if run.total else 1.0, "error": run.error,
            "created_by": run.created_by, "created_at": run.created_at, "started_at": run.started_at,
            "finished_at": run.finished_at, "summary": run.summary or None}
