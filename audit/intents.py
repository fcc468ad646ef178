"""Interrupted streams: intent events that no completion names.

A streamed request commits an ``intent`` event before its first byte and a ``request`` event (the
completion, ``intent_id`` naming the intent, the same ``time``) when it ends. An intent without its
completion is a delivery the log knows began but never heard end: the gateway was killed, or the
log was lost, mid-stream. Both events carry the request's start time, so completions are looked up
by the ``time_us`` index and matched by ``intent_id`` in their hashed entries.
"""

from __future__ import annotations

import orjson
from sqlalchemy import select
from sqlalchemy.engine import Connection

from sluice.audit.storage.models import EventRow

_events = EventRow.__table__
SCAN_BATCH = 500


def _completed(conn: Connection, times: set[int]) -> set[str]:
    """Intent ids named by the completions among the request events at these times."""
    rows = conn.execute(select(_events.c.entry).where(_events.c.kind == "request", _events.c.time_us.in_(times),
                                                      _events.c.entry.is_not(None)))
    named = set()
    for (entry,) in rows:
        event = orjson.loads(entry)
        if isinstance(event, dict) and isinstance(event.get("intent_id"), str):
            named.add(event["intent_id"])
    return named


def interrupted_streams(conn: Connection, *, tenant_id: str | None = None, before_us: int | None = None,
                        limit: int = 100, scan: int = 100_000) -> list[dict]:
    """Intents without a completion, newest first: ``{"seq", "event"}`` with the intent's entry.

    ``tenant_id`` keeps one tenant's (by the tenant in the entry); ``before_us`` keeps intents that
    started before then (a stream still running has no completion yet); at most ``scan`` intents
    are looked at."""
    found: list[dict] = []
    below, looked = None, 0
    while len(found) < limit and looked < scan:
        query = select(_events.c.seq, _events.c.time_us, _events.c.entry).where(
            _events.c.kind == "intent", _events.c.entry.is_not(None))
        if tenant_id is not None:
            query = query.where(_events.c.tenant_id == tenant_id)
        if before_us is not None:
            query = query.where(_events.c.time_us < before_us)
        if below is not None:
            query = query.where(_events.c.seq < below)
        rows = conn.execute(query.order_by(_events.c.seq.desc()).limit(SCAN_BATCH)).all()
        if not rows:
            break
        looked += len(rows)
        below = rows[-1].seq
        named = _completed(conn, {r.time_us for r in rows})
        for row in rows:
            event = orjson.loads(row.entry)
            if not isinstance(event, dict) or event.get("id") in named:
                continue
            if tenant_id is not None and event.get("tenant_id") != tenant_id:
                continue
            found.append({"seq": row.seq, "event": event})
            if len(found) == limit:
                break
    return found
