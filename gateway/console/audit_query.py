"""Audit log search as the console offers it: the indexed filters of the audit service plus filters on
fields inside the event (provider, region, guardrail), with keyset pagination on ``seq``.

Indexed filters (time, tenant, model, outcome, kind) go to the database. The in-event filters are
checked on each row while paging backwards, with a bounded amount of rows read per request
(``SCAN_BUDGET``): a page that hits the budget offers "continue searching" from where it stopped,
so no request ever reads the whole log.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy.engine import Connection

from sluice.audit import service
from sluice.audit.export.query import EventFilter
from sluice.gateway.console import forms
from sluice.gateway.console.traffic import Traffic, keeps
from sluice.gateway.console.traffic import parse as parse_traffic
from sluice.policy.vocabulary import GuardrailStatus

PAGE_SIZE = 50
SCAN_BUDGET = 5_000
OUTCOMES = ("success", "blocked", "error")
KINDS = ("request", "intent", "admin", "system")
TRIGGERED = (GuardrailStatus.FLAGGED, GuardrailStatus.BLOCKED, GuardrailStatus.ERRORED)


@dataclass
class Query:
    indexed: EventFilter
    provider: str | None = None
    region: str | None = None
    guardrail: str | None = None
    action: str | None = None  # administrative events: e.g. audit.export_downloaded
    traffic: Traffic = Traffic.ALL  # evaluation probes: left out, shown alone, or shown with the rest
    before: int | None = None
    echo: dict[str, str] = field(default_factory=dict)  # the query string as typed, for links and the form

    @property
    def in_event(self) -> bool:
        return self._field_filters or self.traffic is not Traffic.ALL

    @property
    def _field_filters(self) -> bool:
        return bool(self.provider or self.region or self.guardrail or self.action)

    def matches(self, event: dict | None) -> bool:
        if event is None:  # purged: only its indexed columns are left, and it was no evaluation probe we know of
            return not self._field_filters and self.traffic is not Traffic.ONLY_EVALUATIONS
        if not keeps(self.traffic, event):
            return False
        if self.provider and event.get("provider") != self.provider:
            return False
        if self.region and event.get("region") != self.region:
            return False
        if self.action and event.get("action") != self.action:
            return False
        if self.guardrail:
            return any(isinstance(g, dict) and g.get("name") == self.guardrail and g.get("status") in TRIGGERED
                       for g in event.get("guardrails") or [])
        return True


def parse_time(raw: str, name: str, errors: forms.FormErrors, label: str) -> datetime | None:
    raw = raw.strip()
    if not raw:
        return None
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        errors.add(name, f"{label} must be a date and time such as 2026-01-31T09:00.")
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def parse(params: dict[str, str], *, tenant_id: str | None, errors: forms.FormErrors) -> Query:
    """Build a query from the search form; ``tenant_id`` is already resolved and scoped by the caller."""
    since = parse_time(params.get("since", ""), "since", errors, "From")
    until = parse_time(params.get("until", ""), "until", errors, "To")
    if since and until and since >= until:
        errors.add("until", "To must be later than From.")
    outcome = params.get("outcome", "") or None
    if outcome is not None and outcome not in OUTCOMES:
        errors.add("outcome", f"Outcome is one of: {', '.join(OUTCOMES)}.")
        outcome = None
    kind = params.get("kind", "") or None
    if kind is not None and kind not in KINDS:
        errors.add("kind", f"Kind is one of: {', '.join(KINDS)}.")
        kind = None
    before = params.get("before", "").strip()
    short = {k: params.get(k, "").strip()[:200] for k in ("model", "provider", "region", "guardrail", "action")}
    echo = {k: v[:200] for k, v in params.items() if k != "before" and isinstance(v, str) and v}
    return Query(
        indexed=EventFilter(tenant_id=tenant_id, since=since, until=until, model=short["model"] or None,
                            outcome=outcome, kind=kind),
        provider=short["provider"] or None, region=short["region"] or None, guardrail=short["guardrail"] or None,
        action=short["action"] or None, traffic=parse_traffic(params.get("traffic")),
        before=int(before) if before.isdigit() and len(before) < 19 else None, echo=echo,
    )


@dataclass
class Page:
    items: list[dict]
    next_before: int | None
    budget_hit: bool
    scanned: int


def search(conn: Connection, query: Query, *, limit: int = PAGE_SIZE, budget: int = SCAN_BUDGET) -> Page:
    if not query.in_event:
        found = service.search(conn, query.indexed, before_seq=query.before, limit=limit)
        return Page(found["items"], found["next_before"], False, len(found["items"]))
    items: list[dict] = []
    cursor, scanned = query.before, 0
    while True:
        batch = service.search(conn, query.indexed, before_seq=cursor, limit=min(500, budget))
        for item in batch["items"]:
            scanned += 1
            cursor = item["seq"]
            if query.matches(item["event"]):
                items.append(item)
                if len(items) == limit:
                    more = batch["next_before"] is not None or item is not batch["items"][-1]
                    return Page(items, cursor if more else None, False, scanned)
        if batch["next_before"] is None:
            return Page(items, None, False, scanned)
        if scanned >= budget:
            return Page(items, cursor, True, scanned)
