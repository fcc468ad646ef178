"""The tenant's policy on the /v1 request path, plugged into the pipeline's seams
(:mod:`sluice.gateway.pipeline.stages`):

- ``prepare``: the policy in force for the caller's tenant (cached, see :mod:`.runtime`);
- input stage: every input guardrail; a block refuses the request with its stable code
  (``content_blocked``, ``pii_blocked``, ``prompt_injection``) before any model is called, otherwise
  the model gets the transformed messages (PII redacted, masked, hashed or pseudonymized);
- residency: the request's data classification -> the concrete provider regions it may go to, or
  ``residency_violation`` naming the classification and the allowed regions;
- output stage: one streaming scanner per choice (restores pseudonyms, masks, blocks);
- the request's decision record goes into ``rctx.decisions`` for the audit log.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from anyio import CapacityLimiter, to_thread
from sluice.policy.budget import ScanBudget
from sluice.policy.errors import BlockCode, BlockOutcome, InputTooLargeError, PolicyError, ScanTimeoutError
from sluice.policy.record import DecisionRecord
from sluice.policy.residency import Candidate, ClassificationError, classify
from sluice.policy.vocabulary import GuardrailStatus

from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import InvalidInput, SluiceError, TooLarge, Unavailable
from sluice.gateway.pipeline.context import RequestContext
from sluice.gateway.pipeline.stages import Guardrails, InputStage, OutputStage
from sluice.gateway.policies.runtime import ActivePolicy, PolicyRuntime
from sluice.gateway.providers.base import ModelProvider

log = logging.getLogger("sluice.policy")

STAGE_TIMINGS = ("input", "route", "output")


OUTCOMES = {"block": "blocked", "redact": "redacted", "mask": "masked", "hash": "hashed",
            "pseudonymize": "pseudonymized", "flag": "flagged", "allow": "allowed"}


class PolicyBlocked(SluiceError):
    """A request or response refused by the policy. The message names entity types or the matched
    topic/attack family, never the text."""

    def __init__(self, outcome: BlockOutcome):
        details = outcome.details or {}
        what = details.get("entity_types") or ([details["label"]] if details.get("label") else [])
        named = what and outcome.code != BlockCode.RESIDENCY_VIOLATION
        suffix = f" ({', '.join(map(str, what))})" if named else ""
        super().__init__(outcome.code, outcome.message + suffix)


def report(rctx: RequestContext, results) -> None:
    """Guardrail outcomes for telemetry (names and outcomes only)."""
    if rctx.telemetry is None:
        return
    for result in results:
        matched = result.status in (GuardrailStatus.BLOCKED, GuardrailStatus.FLAGGED)
        outcome = OUTCOMES.get(result.action, result.action) if matched else result.status
        rctx.telemetry.guardrail(f"{result.stage}.{result.name}", outcome)


class PolicyDecision:
    """One request's policy state; ``to_dict`` renders the decision record as it stands."""

    def __init__(self, active: ActivePolicy, pipeline: Any, rctx: RequestContext):
        self.active, self.pipeline, self.rctx = active, pipeline, rctx
        self.scan = None
        self.residency = None
        self.scanners: dict[int, Any] = {}

    def record(self) -> DecisionRecord:
        output_results = [r for index in sorted(self.scanners) for r in self.scanners[index].guardrail_results()]
        output_block = next((s.blocked for s in self.scanners.values() if s.blocked), None)
        timings = {k: v for k, v in self.rctx.timings_ms.items() if k in STAGE_TIMINGS}
        record = DecisionRecord.build(self.active.document, input_scan=self.scan, residency=self.residency,
                                      output_results=output_results, output_block=output_block,
                                      provider=self.rctx.provider_name, region=self.rctx.region, timings_ms=timings)
        record.policy_id, record.policy_version = self.active.policy_id, self.active.version
        return record

    def to_dict(self) -> dict[str, Any]:
        return self.record().to_dict()


def _prompt_messages(body: dict, *, scanning: bool) -> tuple[list[dict] | None, bool]:
    """The texts of a request as chat messages; completions prompts become user messages. Token-id
    prompts cannot be read: refused when the policy has input guardrails, else None (nothing to scan)."""
    if "messages" in body:
        return list(body["messages"] or []), True
    prompt = body.get("prompt")
    prompts = [prompt] if isinstance(prompt, str) else list(prompt or [])
    if not all(isinstance(p, str) for p in prompts):
        if not scanning:
            return None, False
        raise InvalidInput(ErrorCode.UNSCANNABLE_PROMPT,
                           "token-id prompts cannot be checked by this tenant's input "
                           "guardrails; send the prompt as text", param="prompt")
    return [{"role": "user", "content": p} for p in prompts], False


def _with_prompts(body: dict, messages: list[dict], chat: bool) -> dict:
    if chat:
        return dict(body, messages=messages)
    texts = [m["content"] for m in messages]
    return dict(body, prompt=texts[0] if isinstance(body.get("prompt"), str) else texts)


class ScanPool:
    """The bounded pool the input guardrails run in: at most ``workers`` requests are scanned at
    once, off the event loop, each within ``budget``; further requests wait for a free worker."""

    def __init__(self, *, workers: int, budget: ScanBudget):
        self.workers, self.budget = workers, budget
        self._limiter: CapacityLimiter | None = None

    @property
    def limiter(self) -> CapacityLimiter:
        if self._limiter is None:  # bound to the running event loop on first use
            self._limiter = CapacityLimiter(self.workers)
        return self._limiter

    async def run(self, work):
        return await to_thread.run_sync(work, limiter=self.limiter)


class PolicyInputStage(InputStage):
    def __init__(self, state: PolicyDecision, pool: ScanPool):
        self.state, self.pool = state, pool

    async def run(self, rctx: RequestContext, body: dict) -> dict:
        pipeline = self.state.pipeline
        scanning = any(detector is not None for detector in pipeline.input_detectors.values())
        messages, chat = _prompt_messages(body, scanning=scanning)
        policy = self.state.active.document
        header = rctx.headers.get(policy.residency.header)

        def scan_input():
            return pipeline.scan_input(messages or [], classification_header=header, budget=self.pool.budget)

        try:
            # detectors are CPU work, off the event loop in the bounded pool; residency
            # classification alone is cheaper than the thread hop
            scan = await self.pool.run(scan_input) if scanning else scan_input()
        except ClassificationError as exc:
            raise InvalidInput(exc.code, exc.message, param=policy.residency.header) from None
        except (InputTooLargeError, ScanTimeoutError) as exc:
            log.warning("request refused by the scan budget", extra={"error_code": exc.code})
            raise TooLarge(ErrorCode(exc.code), exc.message) from None
        except PolicyError as exc:
            raise Unavailable(ErrorCode.POLICY_ERROR,
                              f"the policy could not be applied ({exc.code})") from None
        self.state.scan = scan
        report(rctx, scan.results)
        if scan.blocked is not None:
            raise PolicyBlocked(scan.blocked)
        return body if messages is None else _with_prompts(body, scan.messages, chat)


class PolicyOutputStage(OutputStage):
    def __init__(self, scanner, rctx: RequestContext):
        self.scanner, self.rctx = scanner, rctx

    def _released(self, text: str, *, last: bool) -> str:
        if self.scanner.blocked is not None or last:
            report(self.rctx, self.scanner.guardrail_results())
        if self.scanner.blocked is not None:
            raise PolicyBlocked(self.scanner.blocked)
        return text

    def feed(self, text: str) -> str:
        return self._released(self.scanner.feed(text), last=False)

    def finish(self) -> str:
        return self._released(self.scanner.finish(), last=True)


class PolicyGuardrails(Guardrails):
    """The policy layer's implementation of the pipeline seams (``Services.guardrails``)."""

    def __init__(self, runtime: PolicyRuntime, pool: ScanPool):
        self.runtime, self.pool = runtime, pool

    async def _state(self, rctx: RequestContext) -> PolicyDecision:
        state = rctx.guardrail_state
        if state is not None:
            return state
        # A request may carry a pinned policy version (evaluation runs); otherwise the tenant's active one.
        active = rctx.pinned_policy or await self.runtime.active_policy_for_async(rctx.tenant_id)
        try:
            pipeline = self.runtime.built_pipeline(active) or await to_thread.run_sync(lambda: active.pipeline)
        except PolicyError as exc:
            log.error("policy cannot be built", extra={"policy_id": active.policy_id, "error_code": exc.code})
            raise Unavailable(ErrorCode.POLICY_ERROR,
                              "the policy in force cannot be applied; requests are refused until "
                              "an administrator fixes it") from None
        state = PolicyDecision(active, pipeline, rctx)
        rctx.guardrail_state = state
        rctx.decisions.append(state)
        rctx.policy_version = f"{active.policy_id}@v{active.version}"
        rctx.capture_content = active.document.audit.capture_content
        return state

    async def prepare(self, rctx: RequestContext) -> None:
        await self._state(rctx)

    def input_stage(self, rctx: RequestContext) -> InputStage:
        return PolicyInputStage(rctx.guardrail_state, self.pool)

    async def route(self, rctx: RequestContext, candidates: list[ModelProvider]) -> list[ModelProvider]:
        """The candidates this request's data may go to, in their order; ``residency_violation`` when
        providers serve the model but none in an allowed region."""
        state = await self._state(rctx)
        residency = state.active.document.residency
        if state.scan is not None:
            classification = state.scan.classification
        else:  # model listing: no request text, so the tenant's default classification
            classification, _ = classify(residency)
        by_name = {p.spec.name: p for p in candidates}
        decision = state.pipeline.resolve_residency(
            classification, [Candidate(p.spec.name, p.spec.region, p.spec.priority) for p in candidates])
        state.residency = decision
        if decision.violation is not None and candidates and rctx.model:
            raise PolicyBlocked(decision.violation)
        allowed = {c.name for c in decision.providers}
        return [by_name[name] for name in by_name if name in allowed]

    def output_stage(self, rctx: RequestContext, choice_index: int) -> OutputStage:
        state: PolicyDecision | None = rctx.guardrail_state
        if state is None or state.scan is None:  # nothing was scanned, so nothing may be restored
            raise Unavailable(ErrorCode.POLICY_ERROR, "the response cannot be checked against the policy")
        scanner = state.pipeline.output_stream(state.scan.vault, request_text=state.scan.request_text)
        state.scanners[choice_index] = scanner
        return PolicyOutputStage(scanner, rctx)


class WarmUp:
    """Loads the default policy's models in the background; readiness reports it until done."""

    def __init__(self, runtime: PolicyRuntime):
        self.runtime = runtime
        self.state: tuple[bool, str] = (False, "loading policy models")
        self.thread = threading.Thread(target=self._run, name="policy-warm-up", daemon=True)

    def _run(self) -> None:
        try:
            self.runtime.active_policy_for(None).pipeline.warm_up()
            self.state = (True, "ok")
        except Exception as exc:  # noqa: BLE001 - reported by readiness; requests fail closed meanwhile
            log.error("policy warm-up failed", extra={"error_type": type(exc).__name__})
            self.state = (False, f"policy warm-up failed: {type(exc).__name__}")

    def start(self) -> None:
        self.thread.start()

    def readiness(self) -> tuple[bool, str]:
        return self.state

    async def finish(self) -> None:
        """Let a warm-up that is still loading finish before the process exits (native threads torn
        down mid-load abort the interpreter)."""
        if self.thread.is_alive():
            await to_thread.run_sync(self.thread.join, 120)
