"""Reading request events of the audit log for the dashboard (newest first, bounded).

The dashboard reads at most ``MAX_EVENTS`` request events of the chosen window through the
``(time_us)`` index and says so when a busy period was cut; the audit browser, not the
dashboard, is where every single event can be found.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session

from sluice.audit.events import time_us
from sluice.audit.storage.models import EventRow

MAX_EVENTS = 50_000


@dataclass(frozen=True)
class Loaded:
    events: list[dict]
    truncated: bool
    available: bool


def request_events(*, session: Session, since: datetime, tenant_id: str | None,
                   limit: int = MAX_EVENTS) -> Loaded:
    query = (select(EventRow.entry).where(EventRow.kind == "request", EventRow.time_us >= time_us(since),
                                          EventRow.entry.is_not(None))
             .order_by(EventRow.time_us.desc()).limit(limit + 1))
    if tenant_id is not None:
        query = query.where(EventRow.tenant_id == tenant_id)
    try:
        entries = list(session.scalars(query))
    except (OperationalError, ProgrammingError):  # the audit tables are not migrated in this database
        session.rollback()
        return Loaded([], False, False)
    events = []
    for entry in entries[:limit]:
        try:
            events.append(json.loads(entry))
        except (ValueError, TypeError):
            continue
    return Loaded(events, len(entries) > limit, True)
