"""Dashboard figures computed from audit request events (plain Python, no I/O).

Input is the events' JSON (as the audit log stores them); output is what the charts draw: counts per
time bucket, blocked requests by reason, PII detections by type, refusals by topic, latency
percentiles and tokens over time, and requests per tenant.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sluice.policy.vocabulary import GuardrailStatus

TOPIC_GUARDRAILS = ("topics", "topic", "denied_topics")
REFUSAL_GUARDRAILS = ("refusal",)


@dataclass(frozen=True)
class Window:
    """The period the dashboard shows and how it is cut into buckets."""

    name: str
    span: timedelta
    bucket: timedelta

    def starts(self, now: datetime) -> list[datetime]:
        step = self.bucket.total_seconds()
        end = datetime.fromtimestamp((now.timestamp() // step) * step, tz=UTC)
        count = int(self.span / self.bucket)
        return [end - self.bucket * (count - 1 - i) for i in range(count)]


WINDOWS = {
    "24h": Window("24h", timedelta(hours=24), timedelta(hours=1)),
    "7d": Window("7d", timedelta(days=7), timedelta(hours=6)),
    "30d": Window("30d", timedelta(days=30), timedelta(days=1)),
}


@dataclass
class Dashboard:
    buckets: list[datetime]
    requests: dict[str, list[int]]  # outcome -> count per bucket
    blocked_by_reason: list[tuple[str, int]]
    pii_by_type: list[tuple[str, int]]
    refusals_by_topic: list[tuple[str, int]]
    latency_p50: list[float | None]
    latency_p95: list[float | None]
    tokens: dict[str, list[int]]  # prompt / completion per bucket
    per_tenant: list[tuple[str, int]]
    totals: dict[str, float] = field(default_factory=dict)


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)  # nearest-rank: the smallest value with at least q of the values at or below it
    rank = max(0, min(len(ordered) - 1, math.ceil(q * len(ordered)) - 1))
    return ordered[rank]


def _event_time(event: dict) -> datetime | None:
    raw = event.get("time")
    if not isinstance(raw, str):
        return None
    try:
        return datetime.fromisoformat(raw)
    except ValueError:
        return None


def _block_reason(event: dict) -> str:
    if event.get("error_code"):
        return str(event["error_code"])
    for result in event.get("guardrails") or []:
        if isinstance(result, dict) and result.get("status") == GuardrailStatus.BLOCKED:
            return f"{result.get('stage', '?')}.{result.get('name', '?')}"
    return "unspecified"


def _topics(event: dict) -> list[str]:
    found = []
    for result in event.get("guardrails") or []:
        if not isinstance(result, dict) or result.get("status") not in (GuardrailStatus.BLOCKED, GuardrailStatus.FLAGGED):
            continue
        name = result.get("name")
        if name in TOPIC_GUARDRAILS:
            found.append(str(result.get("detail") or "unnamed topic"))
        elif name in REFUSAL_GUARDRAILS:
            found.append("model refusal")
    return found


def top(counter: Counter, limit: int = 10) -> list[tuple[str, int]]:
    items = counter.most_common()
    if len(items) <= limit:
        return items
    rest = sum(count for _, count in items[limit - 1:])
    return items[:limit - 1] + [("other", rest)]


def build(events: Iterable[dict], *, window: Window, now: datetime,
          tenant_names: dict[str, str] | None = None) -> Dashboard:
    starts = window.starts(now)
    first = starts[0]
    n = len(starts)
    step = window.bucket.total_seconds()
    requests = {outcome: [0] * n for outcome in ("success", "blocked", "error")}
    tokens = {"prompt": [0] * n, "completion": [0] * n}
    latencies: list[list[float]] = [[] for _ in range(n)]
    blocked, pii, topics, tenants = Counter(), Counter(), Counter(), Counter()
    names = tenant_names or {}
    all_latency: list[float] = []
    for event in events:
        if not isinstance(event, dict) or event.get("kind") != "request":
            continue
        when = _event_time(event)
        if when is None or when < first:
            continue
        index = int((when - first).total_seconds() // step)
        if index >= n:
            continue
        outcome = event.get("outcome") if event.get("outcome") in requests else "error"
        requests[outcome][index] += 1
        token_counts = event.get("tokens") or {}
        tokens["prompt"][index] += int(token_counts.get("prompt") or 0)
        tokens["completion"][index] += int(token_counts.get("completion") or 0)
        latency = event.get("latency_ms")
        if isinstance(latency, (int, float)):
            latencies[index].append(float(latency))
            all_latency.append(float(latency))
        if outcome == "blocked":
            blocked[_block_reason(event)] += 1
        for entity, count in (event.get("pii") or {}).items():
            if isinstance(count, int):
                pii[str(entity)] += count
        for topic in _topics(event):
            topics[topic] += 1
        tenant = event.get("tenant_id")
        tenants[names.get(tenant, tenant or "none")] += 1
    total = sum(sum(values) for values in requests.values())
    return Dashboard(
        buckets=starts, requests=requests, blocked_by_reason=top(blocked), pii_by_type=top(pii),
        refusals_by_topic=top(topics), latency_p50=[percentile(v, 0.5) for v in latencies],
        latency_p95=[percentile(v, 0.95) for v in latencies], tokens=tokens, per_tenant=top(tenants),
        totals={"requests": total, "blocked": sum(requests["blocked"]), "errors": sum(requests["error"]),
                "blocked_pct": (100.0 * sum(requests["blocked"]) / total) if total else 0.0,
                "p95_ms": percentile(all_latency, 0.95) or 0.0,
                "tokens": sum(tokens["prompt"]) + sum(tokens["completion"])},
    )
