"""The seams of a server with no governance of its own: the stand-alone engine server
(``sluice inference serve``), which sits behind a gateway that applies policy and audit.

A gateway never uses these: its ``Services`` are built with the policy guardrails and the audit
recorder, and the build fails when either is missing.
"""

from __future__ import annotations

from sluice.gateway.pipeline.context import RequestContext
from sluice.gateway.pipeline.stages import Guardrails, InputStage, OutputStage, Recorder
from sluice.gateway.providers.base import ModelProvider


class Ungoverned(Guardrails):
    """Every request passes unchanged to every provider serving its model."""

    async def prepare(self, rctx: RequestContext) -> None:
        return None

    def input_stage(self, rctx: RequestContext) -> InputStage:
        return InputStage()

    async def route(self, rctx: RequestContext, candidates: list[ModelProvider]) -> list[ModelProvider]:
        return list(candidates)

    def output_stage(self, rctx: RequestContext, choice_index: int, field: str = "content") -> OutputStage:
        return OutputStage()


class Unrecorded(Recorder):
    """Nothing is recorded here; the gateway in front records the request."""

    async def record_intent(self, rctx: RequestContext) -> None:
        return None

    async def record(self, rctx: RequestContext) -> None:
        return None
