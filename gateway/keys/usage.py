"""When each API key was last used, written in batches rather than once per request.

Every authenticated /v1 request notes its key here (a dictionary write). ``flush`` writes what was
noted since the last flush: one UPDATE per key, that only moves ``last_used_at`` forward, so
processes flushing in any order leave the latest time. The app flushes every
``SLUICE_KEY_USAGE_FLUSH_S`` seconds and once more at shutdown.
"""

from __future__ import annotations

import threading
from datetime import datetime

from sqlalchemy import bindparam, or_, update
from sqlalchemy.orm import Session, sessionmaker

from sluice.gateway.database import utcnow
from sluice.gateway.keys.models import ApiKey

_ADVANCE = (update(ApiKey.__table__)
            .where(ApiKey.__table__.c.id == bindparam("key_id"),
                   or_(ApiKey.__table__.c.last_used_at.is_(None), ApiKey.__table__.c.last_used_at < bindparam("used")))
            .values(last_used_at=bindparam("used")))


class KeyUsage:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: dict[str, datetime] = {}

    def note(self, key_id: str, when: datetime | None = None) -> None:
        when = when or utcnow()
        with self._lock:
            last = self._pending.get(key_id)
            if last is None or when > last:
                self._pending[key_id] = when

    def pending(self) -> int:
        return len(self._pending)

    def flush(self, sessions: sessionmaker[Session]) -> int:
        """Write the noted times; returns how many keys were written. Kept for the next flush if it fails."""
        with self._lock:
            batch, self._pending = self._pending, {}
        if not batch:
            return 0
        try:
            with sessions() as session, session.begin():
                session.connection().execute(_ADVANCE, [{"key_id": k, "used": t} for k, t in batch.items()])
        except Exception:
            for key_id, when in batch.items():
                self.note(key_id, when)
            raise
        return len(batch)
