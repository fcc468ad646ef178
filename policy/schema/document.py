"""The policy document: the root of the schema."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from sluice.policy.schema.common import StrictModel
from sluice.policy.schema.guardrails import InputGuardrails, OutputGuardrails
from sluice.policy.schema.residency import AuditPolicy, ResidencyPolicy


class PolicyDocument(StrictModel):
    """A tenant's governance policy. Every field has a safe default, so ``{}`` is a valid policy."""

    schema_version: Literal[1] = 1
    id: str = Field("default", min_length=1, max_length=128)
    version: int = Field(0, ge=0, le=2**31 - 1,
                         description="Immutable version number assigned on approval (0 = draft).")
    name: str = "Default policy"
    description: str = ""
    input: InputGuardrails = Field(default_factory=InputGuardrails)
    output: OutputGuardrails = Field(default_factory=OutputGuardrails)
    residency: ResidencyPolicy = Field(default_factory=ResidencyPolicy)
    audit: AuditPolicy = Field(default_factory=AuditPolicy)
