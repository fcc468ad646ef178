"""Which events an export or a search covers, read in constant memory by keyset pagination on ``seq``."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql import Select

from audit.events import time_us
from audit.storage.models import EventRow

_events = EventRow.__table__


@dataclass(frozen=True)
class EventFilter:
    tenant_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    model: str | None = None
    outcome: str | None = None
    kind: str | None = None

    def is_complete(self) -> bool:
        """True when nothing is filtered out: every record of the log belongs in the result."""
        return not any(asdict(self).values())

    def to_dict(self) -> dict:
        return {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in asdict(self).items()
                if v is not None}

    @classmethod
    def from_dict(cls, data: dict) -> "EventFilter":
        values = dict(data)
        for key in ("since", "until"):
            if isinstance(values.get(key), str):
                values[key] = datetime.fromisoformat(values[key])
        return cls(**{k: v for k, v in values.items() if k in cls.__dataclass_fields__})

    def apply(self, query: Select) -> Select:
        c = _events.c
        if self.tenant_id is not None:
            query = query.where(c.tenant_id == self.tenant_id)
        if self.since is not None:
            query = query.where(c.time_us >= time_us(self.since))
        if self.until is not None:
            query = query.where(c.time_us < time_us(self.until))
        if self.model is not None:
            query = query.where(c.model == self.model)
        if self.outcome is not None:
            query = query.where(c.outcome == self.outcome)
        if self.kind is not None:
            query = query.where(c.kind == self.kind)
        return query


def count_events(conn: Connection, flt: EventFilter, below: int) -> int:
    query = flt.apply(select(func.count()).select_from(_events).where(_events.c.seq < below,
                                                                       _events.c.entry.is_not(None)))
    return conn.execute(query).scalar_one()


def iter_entries(conn: Connection, flt: EventFilter, below: int, chunk: int = 5000) -> Iterator[tuple[int, bytes]]:
    """``(seq, entry)`` of every retained event matching ``flt`` with ``seq < below``, in order."""
    last = -1
    base = flt.apply(select(_events.c.seq, _events.c.entry).where(_events.c.entry.is_not(None)))
    while True:
        rows = conn.execute(base.where(_events.c.seq > last, _events.c.seq < below)
                            .order_by(_events.c.seq).limit(chunk)).all()
        if not rows:
            return
        for seq, entry in rows:
            yield seq, bytes(entry)
        last = rows[-1][0]


def iter_leaf_hashes(conn: Connection, below: int, chunk: int = 20000) -> Iterator[tuple[int, bytes]]:
    last = -1
    while True:
        rows = conn.execute(select(_events.c.seq, _events.c.leaf_hash)
                            .where(_events.c.seq > last, _events.c.seq < below)
                            .order_by(_events.c.seq).limit(chunk)).all()
        if not rows:
            return
        for seq, h in rows:
            yield seq, bytes(h)
        last = rows[-1][0]
