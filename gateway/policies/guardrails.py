"""The tenant's policy on the /v1 request path, plugged into the pipeline's seams
(:mod:`sluice.gateway.pipeline.stages`):

- ``prepare``: the policy in force for the caller's tenant (cached, see :mod:`.runtime`);
- input stage: every input guardrail over every text field of the request (:mod:`sluice.policy.fields`);
  a block refuses the request with its stable code (``content_blocked``, ``pii_blocked``,
  ``prompt_injection``) before any model is called, otherwise the model gets the transformed fields
  (PII redacted, masked, hashed or pseudonymized);
- residency: the request's data classification -> the concrete provider regions it may go to, or
  ``residency_violation`` naming the classification and the allowed regions;
- output stage: one streaming scanner per choice and text field (restores pseudonyms, masks, blocks);
- the request's decision record goes into ``rctx.decisions`` for the audit log.
"""

from __future__ import annotations

import gc
import logging
import threading
from typing import Any

from anyio import to_thread
from sluice.policy import request_fields
from sluice.policy.errors import (BlockCode, BlockOutcome, InputTooLargeError, PolicyError, ScanTimeoutError,
                                  ScanWorkerLost)
from sluice.policy.record import DecisionRecord
from sluice.policy.residency import Candidate, ClassificationError, classify
from sluice.policy.results import merged_results
from sluice.policy.vocabulary import GuardrailStatus

from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import InvalidInput, SluiceError, TooLarge, Unavailable
from sluice.gateway.pipeline.context import RequestContext
from sluice.gateway.pipeline.stages import Guardrails, InputStage, OutputStage
from sluice.gateway.policies.runtime import ActivePolicy, PolicyRuntime
from sluice.gateway.policies.scan_pool import ScanPool
from sluice.gateway.providers.base import ModelProvider

log = logging.getLogger("sluice.policy")

STAGE_TIMINGS = ("input", "route", "output")
ANSWER_FIELDS = ("content", "text")  # the answer of a chat message / of a completions choice


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
        self.scanners: dict[tuple[int, str], Any] = {}  # (choice index, field) -> output scanner
        self.finished: set[tuple[int, str]] = set()
        self.reported: set[int] = set()  # choices whose output outcomes went to telemetry

    def choice_results(self, index: int) -> list:
        """One result per output guardrail for one choice, over all of its fields."""
        return merged_results([r for (i, _), scanner in sorted(self.scanners.items()) if i == index
                               for r in scanner.guardrail_results()])

    def field_done(self, index: int, field: str, *, blocked: bool) -> None:
        """Report a choice's output outcomes to telemetry once: when a field blocks, or when its last
        open field ends."""
        self.finished.add((index, field))
        if index in self.reported:
            return
        if blocked or all(key in self.finished for key in self.scanners if key[0] == index):
            self.reported.add(index)
            report(self.rctx, self.choice_results(index))

    def record(self) -> DecisionRecord:
        indexes = sorted({index for index, _ in self.scanners})
        output_results = [r for index in indexes for r in self.choice_results(index)]
        output_block = next((s.blocked for s in self.scanners.values() if s.blocked), None)
        timings = {k: v for k, v in self.rctx.timings_ms.items() if k in STAGE_TIMINGS}
        record = DecisionRecord.build(self.active.document, input_scan=self.scan, residency=self.residency,
                                      output_results=output_results, output_block=output_block,
                                      provider=self.rctx.provider_name, region=self.rctx.region, timings_ms=timings)
        record.policy_id, record.policy_version = self.active.policy_id, self.active.version
        return record

    def to_dict(self) -> dict[str, Any]:
        return self.record().to_dict()


def _token_prompts(body: dict) -> bool:
    prompt = body.get("prompt")
    return isinstance(prompt, list) and not all(isinstance(p, str) for p in prompt)


class PolicyInputStage(InputStage):
    """Scans every text field of the request (:data:`sluice.policy.fields.INPUT_FIELDS`) and forwards
    the body with each field rewritten as the policy says."""

    def __init__(self, state: PolicyDecision, pool: ScanPool):
        self.state, self.pool = state, pool

    async def run(self, rctx: RequestContext, body: dict) -> dict:
        pipeline = self.state.pipeline
        scanning = any(detector is not None for detector in pipeline.input_detectors.values())
        if scanning and _token_prompts(body):
            raise InvalidInput(ErrorCode.UNSCANNABLE_PROMPT,
                               "token-id prompts cannot be checked by this tenant's input "
                               "guardrails; send the prompt as text", param="prompt")
        located = request_fields.input_texts(body, rctx.endpoint)
        # a text repeated under one role (schema words such as "string", a name on every message) is read once
        unique = list(dict.fromkeys((item.role, item.text) for item in located))
        messages = [{"role": role, "content": text} for role, text in unique]
        policy = self.state.active.document
        header = rctx.headers.get(policy.residency.header)

        try:
            # detectors are CPU work, off the event loop in the scan pool; residency
            # classification alone is cheaper than the thread hop
            scan = (await self.pool.scan(pipeline, messages, header=header) if scanning
                    else pipeline.scan_input(messages, classification_header=header, budget=self.pool.budget))
        except ClassificationError as exc:
            raise InvalidInput(exc.code, exc.message, param=policy.residency.header) from None
        except (InputTooLargeError, ScanTimeoutError) as exc:
            log.warning("request refused by the scan budget", extra={"error_code": exc.code})
            raise TooLarge(ErrorCode(exc.code), exc.message) from None
        except ScanWorkerLost as exc:
            log.error("the scan worker process stopped", extra={"error_code": exc.code})
            raise Unavailable(ErrorCode.SCAN_UNAVAILABLE, exc.message, headers={"retry-after": "1"}) from None
        except PolicyError as exc:
            raise Unavailable(ErrorCode.POLICY_ERROR,
                              f"the policy could not be applied ({exc.code})") from None
        self.state.scan = scan
        report(rctx, scan.results)
        if scan.blocked is not None:
            raise PolicyBlocked(scan.blocked)
        rewritten = {key: message["content"] for key, message in zip(unique, scan.messages)}
        changes = {item.path: rewritten[(item.role, item.text)] for item in located
                   if rewritten[(item.role, item.text)] != item.text}
        return request_fields.with_texts(body, changes)


class PolicyOutputStage(OutputStage):
    def __init__(self, scanner, state: PolicyDecision, choice_index: int, field: str):
        self.scanner, self.state, self.choice_index, self.field = scanner, state, choice_index, field

    def _released(self, text: str, *, last: bool) -> str:
        blocked = self.scanner.blocked is not None
        if blocked or last:
            self.state.field_done(self.choice_index, self.field, blocked=blocked)
        if blocked:
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

    def output_waits(self, rctx: RequestContext) -> bool:
        """A policy whose output content guardrail asks a guard model scans responses in a worker thread."""
        state: PolicyDecision | None = rctx.guardrail_state
        return state is not None and getattr(state.pipeline, "output_asks_guard", False)

    def output_stage(self, rctx: RequestContext, choice_index: int, field: str = "content") -> OutputStage:
        state: PolicyDecision | None = rctx.guardrail_state
        if state is None or state.scan is None:  # nothing was scanned, so nothing may be restored
            raise Unavailable(ErrorCode.POLICY_ERROR, "the response cannot be checked against the policy")
        def reasoning() -> str:
            """The choice's reasoning text; its stage may start after the answer's (a whole message's
            fields are fed in their own order) but always ends before it."""
            scanned = state.scanners.get((choice_index, "reasoning_content"))
            return scanned.text() if scanned is not None else ""

        scanner = state.pipeline.output_stream(state.scan.vault, request_text=state.scan.request_text,
                                               reasoning=reasoning, classify_refusal=field in ANSWER_FIELDS)
        state.scanners[(choice_index, field)] = scanner
        return PolicyOutputStage(scanner, state, choice_index, field)

    def close(self) -> None:
        self.pool.close()


class WarmUp:
    """Loads the default policy's models in the background, here and in the scan worker processes,
    then leaves the objects loaded so far out of garbage collections; readiness reports it until done."""

    def __init__(self, runtime: PolicyRuntime, pool: ScanPool | None = None):
        self.runtime, self.pool = runtime, pool
        self.state: tuple[bool, str] = (False, "loading policy models")
        self.thread = threading.Thread(target=self._run, name="policy-warm-up", daemon=True)

    def _run(self) -> None:
        try:
            pipeline = self.runtime.active_policy_for(None).pipeline
            pipeline.warm_up()
            if self.pool is not None:
                self.pool.warm(pipeline)  # the scan worker processes too
            # the models' objects live as long as the process: a full garbage collection that walks
            # them (about 0.2 s) would stall every request, so collections leave them out from now on
            gc.freeze()
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
