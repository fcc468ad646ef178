"""Failed API-key uses (unknown, revoked, expired keys), audited in aggregate per source address.

A caller that presents bad keys in a loop must not be able to flood the audit log: failures are
counted in memory and written once per window, one audit event per source address, with the
count per reason and a few identifiers of the keys tried. An identifier is the key's public
prefix when the value has the shape of a Sluice key, a keyed hash otherwise — never the secret.
Past ``max_sources`` distinct addresses in one window, the rest are counted together.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from sluice.gateway.admin_audit import record_admin_action
from sluice.gateway.crypto import derive_key
from sluice.gateway.database import utcnow
from sluice.gateway.keys.service import KEY_LEN, KEY_PREFIX, PUBLIC_LEN
from sluice.policy.transform import keyed_hash

OTHER_SOURCES = "other"
ACTION = "api_key.auth_failed"


def key_identifier(presented: str, secret: bytes) -> str:
    """The public prefix of a Sluice-shaped key, otherwise a keyed hash of the presented value."""
    if presented.startswith(KEY_PREFIX) and len(presented) == KEY_LEN:
        return presented[:PUBLIC_LEN]
    return keyed_hash("API_KEY", presented, secret=derive_key(secret, "audit-identifier"))


@dataclass
class _Tally:
    first_at: datetime
    last_at: datetime
    reasons: dict[str, int] = field(default_factory=dict)
    keys: list[str] = field(default_factory=list)

    def add(self, reason: str, identifier: str, at: datetime, max_keys: int) -> None:
        self.reasons[reason] = self.reasons.get(reason, 0) + 1
        self.last_at = at
        if identifier not in self.keys and len(self.keys) < max_keys:
            self.keys.append(identifier)

    def detail(self) -> dict:
        return {"failures": sum(self.reasons.values()), "reasons": dict(sorted(self.reasons.items())),
                "keys": self.keys, "first_at": self.first_at.isoformat(), "last_at": self.last_at.isoformat()}


class KeyFailureLog:
    def __init__(self, *, secret: bytes, max_sources: int = 1000, max_keys: int = 20):
        self._secret = secret
        self.max_sources = max_sources
        self.max_keys = max_keys
        self._lock = threading.Lock()
        self._tallies: dict[str, _Tally] = {}

    def note(self, *, presented: str, reason: str, source_address: str | None) -> None:
        identifier = key_identifier(presented, self._secret)
        source = source_address or "unknown"
        now = utcnow()
        with self._lock:
            if source not in self._tallies and len(self._tallies) >= self.max_sources:
                source = OTHER_SOURCES
            tally = self._tallies.get(source)
            if tally is None:
                tally = self._tallies[source] = _Tally(first_at=now, last_at=now)
            tally.add(reason, identifier, now, self.max_keys)

    def flush(self, sessions: sessionmaker[Session]) -> int:
        """One audit event per source seen since the last flush; returns how many were written."""
        with self._lock:
            tallies, self._tallies = self._tallies, {}
        if not tallies:
            return 0
        with sessions() as session, session.begin():
            for source, tally in tallies.items():
                record_admin_action(session=session, actor=None, action=ACTION, target_type="api_key",
                                    target_id=None,
                                    after={**tally.detail(), **({"other_sources": True} if source == OTHER_SOURCES
                                                                else {})},
                                    source_address=None if source == OTHER_SOURCES else source)
        return len(tallies)
