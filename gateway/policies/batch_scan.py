"""Scanning a file of texts or request/response pairs under a policy, one JSON line each: the engine
of ``sluice policy scan``. Each line runs the request path's own stages (``Pipeline.scan_input``, and
the output scanner fed as :func:`~sluice.gateway.policies.simulate.scan_response` feeds it), so what
a line reports is what ``/v1`` and the policy simulation would decide.

A line that cannot be read yields an error entry naming the problem (never the text), and the
others still run.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from sluice.policy.pipeline import Pipeline
from sluice.policy.results import GuardrailResult
from sluice.policy.vault import Vault
from sluice.policy.vocabulary import GuardrailStatus

from sluice.gateway.policies.simulate import scan_response

Direction = Literal["input", "output"]
MAX_LINE_BYTES = 1_048_576
MAX_TEXT_CHARS = 200_000
TRIGGERED = {GuardrailStatus.BLOCKED, GuardrailStatus.FLAGGED}


class LineError(Exception):
    """A line that cannot be scanned; ``code`` is stable, the message says what to fix."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code, self.message = code, message


@dataclass(frozen=True)
class Item:
    messages: list[dict[str, Any]]
    response: str | None
    ref: Any = None
    reasoning: str = ""


def _text(value: Any, field: str) -> str:
    if not isinstance(value, str):
        raise LineError("invalid_line", f"`{field}` must be a string")
    if len(value) > MAX_TEXT_CHARS:
        raise LineError("line_too_long", f"`{field}` is longer than {MAX_TEXT_CHARS} characters")
    return value


def _messages(value: Any, field: str) -> list[dict[str, Any]]:
    if isinstance(value, str):
        return [{"role": "user", "content": _text(value, field)}]
    if isinstance(value, dict) and "messages" in value:
        value = value["messages"]
    if (not isinstance(value, list) or not value
            or not all(isinstance(m, dict) and isinstance(m.get("role"), str) for m in value)):
        raise LineError("invalid_line", f"`{field}` must be a string or a list of chat messages with a `role`")
    for i, message in enumerate(value):
        content = message.get("content")
        if content is not None and not isinstance(content, (str, list)):
            raise LineError("invalid_line", f"`{field}` message {i}: `content` must be a string or a list of parts")
        if isinstance(content, str):
            _text(content, f"{field}[{i}].content")
    return value


def parse_line(raw: bytes, direction: Direction) -> Item:
    """One input line: ``{"text": ...}`` (or ``{"messages": [...]}``) for input,
    ``{"request": ..., "response": ..., "reasoning": ...}`` (reasoning optional) for output; an ``id`` is
    echoed back."""
    if len(raw) > MAX_LINE_BYTES:
        raise LineError("line_too_long", f"the line is larger than {MAX_LINE_BYTES} bytes")
    try:
        value = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise LineError("invalid_line", "the line is not UTF-8 text") from None
    except ValueError as exc:
        raise LineError("invalid_json", f"the line is not JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(value, dict):
        raise LineError("invalid_line", "the line must be a JSON object")
    ref = value.get("id")
    if direction == "input":
        if "text" in value:
            return Item([{"role": "user", "content": _text(value["text"], "text")}], None, ref)
        if "messages" in value:
            return Item(_messages(value["messages"], "messages"), None, ref)
        raise LineError("invalid_line", 'an input line needs "text" (or "messages")')
    if "response" not in value:
        raise LineError("invalid_line", 'an output line needs "response" (and "request", the text it answers)')
    request = value.get("request", "")
    messages = _messages(request, "request") if request != "" else []
    reasoning = _text(value["reasoning"], "reasoning") if value.get("reasoning") is not None else ""
    return Item(messages, _text(value["response"], "response"), ref, reasoning)


def guardrail_entry(result: GuardrailResult) -> dict[str, Any]:
    """A guardrail's outcome as a scan line reports it: status passed / triggered / skipped / errored."""
    status = "triggered" if result.status in TRIGGERED else str(result.status)
    labels = list(result.labels) or sorted(result.entity_counts()) or ([result.label] if result.label else [])
    entry: dict[str, Any] = {"name": result.name, "stage": result.stage, "status": status,
                             "score": round(result.score, 4), "labels": labels}
    if status == "triggered":
        entry["action"] = str(result.action)
    if result.reason and status in ("errored", "skipped"):
        entry["reason"] = result.reason
    return entry


def scan_item(pipeline: Pipeline, item: Item, direction: Direction) -> dict[str, Any]:
    if direction == "input":
        scan = pipeline.scan_input(item.messages)
        results, blocked = scan.results, scan.blocked
    else:
        request_text = next((m.get("content") for m in reversed(item.messages)
                             if m.get("role") == "user" and isinstance(m.get("content"), str)), "")
        scanner, _ = scan_response(pipeline, item.response or "", vault=Vault(), request_text=request_text,
                                   reasoning=item.reasoning)
        results, blocked = scanner.guardrail_results(), scanner.blocked
    return {"blocked": blocked.code if blocked is not None else None,
            "guardrails": [guardrail_entry(r) for r in results]}


def scan_line(pipeline: Pipeline, raw: bytes, direction: Direction, number: int) -> dict[str, Any]:
    """The output line for input line ``number`` (1-based): its verdicts, or its error."""
    try:
        item = parse_line(raw, direction)
    except LineError as exc:
        return {"line": number, "error": {"code": exc.code, "message": exc.message}}
    out: dict[str, Any] = {"line": number}
    if item.ref is not None:
        out["id"] = item.ref
    try:
        return {**out, **scan_item(pipeline, item, direction)}
    except Exception as exc:  # noqa: BLE001 - one line's failure must not stop the file
        return {**out, "error": {"code": "scan_failed", "message": f"the line could not be scanned ({type(exc).__name__})"}}
