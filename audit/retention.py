"""Retention: purge old events' content from the log and old captured content, per tenant.

Purging an event keeps its row, position and leaf hash and drops only the entry bytes, so the tree
over what remains still verifies against every checkpoint. Every purge is itself logged, in the same
transaction, as ``system`` events ``audit.purged`` (tombstones, see ``tombstones``) naming the
positions emptied, the reason and the rule; tombstones are never purged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, select, update
from sqlalchemy.engine import Connection, Engine

from sluice.audit.events import SystemEvent, format_time, time_us
from sluice.audit.storage.log import append_events
from sluice.audit.storage.models import ContentRow, EventRow, RetentionRow
from sluice.audit.storage.sqlite_wal import writing
from sluice.audit.tombstones import ACTION, batches, to_ranges

DEFAULT = "*"
_events = EventRow.__table__
_content = ContentRow.__table__
_retention = RetentionRow.__table__


@dataclass(frozen=True)
class Rule:
    events_days: int | None
    content_days: int | None


def set_retention(conn: Connection, *, tenant_id: str, events_days: int | None, content_days: int | None) -> None:
    for days in (events_days, content_days):
        if days is not None and days < 1:
            raise ValueError("retention must be at least one day (or unset to keep forever)")
    conn.execute(delete(_retention).where(_retention.c.tenant_id == tenant_id))
    conn.execute(_retention.insert().values(tenant_id=tenant_id, events_days=events_days, content_days=content_days))


def rules(conn: Connection, default: Rule) -> dict[str, Rule]:
    found = {row.tenant_id: Rule(row.events_days, row.content_days) for row in conn.execute(select(_retention))}
    found.setdefault(DEFAULT, default)
    return found


def _cutoff(now: datetime, days: int | None) -> int | None:
    return None if days is None else time_us(now - timedelta(days=days))


def purge_tenant(conn: Connection, *, tenant_id: str | None, rule: Rule, now: datetime) -> dict | None:
    """Apply one tenant's rule in the caller's transaction; log and return what was purged (None if nothing)."""
    events_before = _cutoff(now, rule.events_days)
    content_before = _cutoff(now, rule.content_days)
    if events_before is not None and (content_before is None or content_before < events_before):
        content_before = events_before  # content never outlives its event
    tenant_clause = _events.c.tenant_id.is_(None) if tenant_id is None else _events.c.tenant_id == tenant_id
    positions: list[int] = []
    if events_before is not None:
        chosen = (tenant_clause, _events.c.time_us < events_before, _events.c.entry.is_not(None),
                  ~((_events.c.kind == "system") & (_events.c.action == ACTION)))
        positions = list(conn.execute(select(_events.c.seq).where(*chosen).with_for_update()).scalars())
        if positions:
            conn.execute(update(_events).where(*chosen, _events.c.seq <= max(positions))
                         .values(entry=None, purged_time_us=time_us(now)))
    purged_events = len(positions)
    purged_content = 0
    if content_before is not None and tenant_id is not None:
        purged_content = conn.execute(delete(_content).where(_content.c.tenant_id == tenant_id,
                                                             _content.c.time_us < content_before)).rowcount
    if not purged_events and not purged_content:
        return None
    detail = {"events_purged": purged_events, "content_purged": purged_content,
              "events_before": format_time(datetime.fromtimestamp(events_before / 1e6, timezone.utc))
              if events_before is not None else None,
              "content_before": format_time(datetime.fromtimestamp(content_before / 1e6, timezone.utc))
              if content_before is not None else None}
    rule_text = {"events_days": rule.events_days, "content_days": rule.content_days}
    ranges = to_ranges(positions)
    tombstones = [SystemEvent(action=ACTION, tenant_id=tenant_id, time=now,
                              detail={**detail, "reason": "retention", "rule": rule_text, "positions": part})
                  for part in batches(ranges)] or [
        SystemEvent(action=ACTION, tenant_id=tenant_id, time=now,
                    detail={**detail, "reason": "retention", "rule": rule_text, "positions": []})]
    append_events(conn, tombstones)
    return {"tenant_id": tenant_id, **detail}


def apply_retention(engine: Engine, *, default: Rule, now: datetime | None = None) -> list[dict]:
    """Apply every tenant's retention, one transaction per tenant."""
    now = now or datetime.now(timezone.utc)
    with engine.connect() as conn:
        table = rules(conn, default)
        tenants = set(conn.execute(select(_events.c.tenant_id).distinct()).scalars())
    done = []
    for tenant_id in sorted(tenants, key=lambda t: t or ""):
        rule = table.get(tenant_id or DEFAULT, table[DEFAULT])
        if rule.events_days is None and rule.content_days is None:
            continue
        with writing(engine).begin() as conn:
            result = purge_tenant(conn, tenant_id=tenant_id, rule=rule, now=now)
        if result:
            done.append(result)
    return done
