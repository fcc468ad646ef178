"""Dry run of a policy version: every decision the request path would take, without a model call.

Input guardrails run on the given chat messages (or plain text as one user message); the
classification and the routing decision are computed against the registered providers of the
requested model; a sample model response, when given, goes through the output scanner exactly as
a stream would (optionally in chunks), including pseudonym restoration.
"""

from __future__ import annotations

from typing import Any

from sluice.policy.errors import PolicyError
from sluice.policy.loader import load_policy
from sluice.policy.guards import GuardTransport
from sluice.policy.output_scanner import OutputScanner
from sluice.policy.pipeline import Pipeline, build_pipeline
from sluice.policy.residency import Candidate, ClassificationError
from sluice.policy.vault import Vault
from sqlalchemy.orm import Session

from sluice.gateway.errors import InvalidInput
from sluice.gateway.policies.models import Policy, PolicyVersion
from sluice.gateway.policies.runtime import tenant_secret
from sluice.gateway.providers.service import list_providers


def candidates_for(*, session: Session, model: str) -> list[Candidate]:
    """Enabled providers that serve ``model``, as residency candidates."""
    return [Candidate(name=p.name, region=p.region, priority=p.priority)
            for p in list_providers(session=session, enabled_only=True) if model in (p.models or [])]


def _chunks(text: str, size: int | None) -> list[str]:
    if not size:
        return [text]
    return [text[i:i + size] for i in range(0, len(text), size)] or [""]


def _outcome(block) -> dict[str, Any] | None:
    return block.to_dict() if block is not None else None


def scan_response(pipeline: Pipeline, response: str, *, vault: Vault, request_text: str,
                  chunk_size: int | None = None, reasoning: str = "") -> tuple[OutputScanner, list[str]]:
    """Run ``response`` through the output stage as the request path does: chunk by chunk (one chunk
    when ``chunk_size`` is None), then ``finish``; the refusal classifier reads ``reasoning`` with it.
    Returns the scanner and the released pieces."""
    scanner = pipeline.output_stream(vault, request_text=request_text, reasoning=lambda: reasoning)
    released = [scanner.feed(chunk) for chunk in _chunks(response, chunk_size)]
    released.append(scanner.finish())
    return scanner, released


def simulate(*, session: Session, secret: bytes, policy: Policy, version: PolicyVersion,
             messages: list[dict[str, Any]], response: str | None = None, model: str | None = None,
             classification: str | None = None, chunk_size: int | None = None,
             guards: GuardTransport | None = None) -> dict[str, Any]:
    pipeline = build_pipeline(load_policy(version.document), tenant_secret=tenant_secret(secret, policy.tenant_id),
                              guards=guards)
    try:
        scan = pipeline.scan_input(messages, classification_header=classification)
    except ClassificationError as exc:
        raise InvalidInput(exc.code, exc.message, param="classification") from None
    except PolicyError as exc:
        raise InvalidInput(exc.code, exc.message) from None
    result: dict[str, Any] = {
        "policy_id": policy.id, "version": version.number, "version_status": version.status,
        "blocked": _outcome(scan.blocked),
        "input": {
            "guardrails": [r.to_dict() for r in scan.results],
            "entity_counts": scan.entity_counts(),
            "messages": scan.messages,
            "pseudonyms": len(scan.vault),
            "duration_ms": round(scan.duration_ms, 3),
        },
        "classification": {"name": scan.classification, "source": scan.classification_source},
        "routing": None,
        "output": None,
        "model_called": False,
    }
    if model:
        decision = pipeline.resolve_residency(scan.classification, candidates_for(session=session, model=model))
        result["routing"] = {"model": model, **decision.to_dict()}
        if result["blocked"] is None and decision.violation is not None:
            result["blocked"] = _outcome(decision.violation)
    else:
        allowed = pipeline.policy.residency.get(scan.classification).allowed_regions
        result["routing"] = {"model": None, "classification": scan.classification, "allowed_regions": allowed,
                             "providers": [], "violation": None}
    if response is not None and scan.blocked is None:
        scanner, released = scan_response(pipeline, response, vault=scan.vault, request_text=scan.request_text,
                                          chunk_size=chunk_size)
        result["output"] = {
            "text": None if scanner.blocked else "".join(released),
            "released_chunks": None if scanner.blocked else released,
            "blocked": _outcome(scanner.blocked),
            "guardrails": [r.to_dict() for r in scanner.guardrail_results()],
        }
        if result["blocked"] is None and scanner.blocked is not None:
            result["blocked"] = _outcome(scanner.blocked)
    return result
