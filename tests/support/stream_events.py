"""Reading what the audit log holds about one request, straight from the database (not through a
fault proxy): its intent and request events, in log order."""

from __future__ import annotations

import orjson
from sqlalchemy import select

from sluice.audit.storage.models import EventRow
from sluice.gateway.database import make_engine


def logged_events(database_url: str, tenant_id: str, request_id: str) -> list[dict]:
    engine = make_engine(database_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(select(EventRow.entry).where(EventRow.tenant_id == tenant_id,
                                                             EventRow.kind.in_(("intent", "request")),
                                                             EventRow.entry.is_not(None))
                                .order_by(EventRow.seq)).scalars().all()
    finally:
        engine.dispose()
    return [e for e in map(orjson.loads, rows) if e.get("request_id") == request_id]


def logged_kinds(database_url: str, tenant_id: str, request_id: str) -> list[str]:
    return [event["kind"] for event in logged_events(database_url, tenant_id, request_id)]
