"""Lock-out with backoff after failed sign-ins, per e-mail address and per source address.

Each subject is stored under a keyed hash (never the typed text). An e-mail address locks out the
same way whether or not an account has it, so the lock-out reveals nothing about which accounts
exist. After ``max_failures`` failures within ``window`` a subject is locked for ``base``; every
further lock-out before the window passes without failures lasts twice as long, up to ``cap``.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from sluice.gateway.users.models import SignInThrottle


_INSERTS = {"postgresql": postgresql_insert, "sqlite": sqlite_insert}


@dataclass(frozen=True)
class ThrottlePolicy:
    account_max_failures: int
    address_max_failures: int
    base: timedelta
    cap: timedelta
    window: timedelta


def subject_hash(kind: str, value: str, secret: bytes) -> str:
    """``kind:<hex>``: the keyed hash that names an e-mail (``email``) or address (``addr``)."""
    digest = hmac.new(secret, f"sign-in-throttle:{kind}\x00{value}".encode(), hashlib.sha256).hexdigest()
    return f"{kind}:{digest[:64]}"


def email_subject(email: str, secret: bytes) -> str:
    return subject_hash("email", email.strip().lower(), secret)


def address_subject(address: str, secret: bytes) -> str:
    return subject_hash("addr", address, secret)


def _rows(session: Session, subjects: list[str], *, for_update: bool) -> dict[str, SignInThrottle]:
    # with a row lock: on PostgreSQL concurrent failures of one subject count one after another
    return {s: row for s in subjects
            if (row := session.get(SignInThrottle, s, with_for_update=for_update)) is not None}


def locked_subjects(*, session: Session, subjects: list[str], now: datetime, for_update: bool = False) -> set[str]:
    """Which of these subjects are locked out now."""
    return {s for s, row in _rows(session, subjects, for_update=for_update).items()
            if row.locked_until is not None and row.locked_until > now}


def record_failure(*, session: Session, subjects: dict[str, int], policy: ThrottlePolicy, now: datetime) -> None:
    """Count one failure for each subject (subject -> its failure limit), locking those at the limit."""
    _insert_missing(session, list(subjects), now)
    rows = _rows(session, list(subjects), for_update=True)
    for subject, limit in subjects.items():
        row = rows[subject]
        if now - row.last_failure_at > policy.window + _lockout(policy, row.lockouts):
            row.failures, row.lockouts = 0, 0
        row.failures += 1
        row.last_failure_at = now
        if row.failures >= limit:
            row.lockouts += 1
            row.failures = 0
            row.locked_until = now + _lockout(policy, row.lockouts)
    session.flush()


def _insert_missing(session: Session, subjects: list[str], now: datetime) -> None:
    """Create the subjects' rows unless they exist: concurrent first failures neither clash nor get lost."""
    insert = _INSERTS[session.get_bind().dialect.name]
    rows = [{"subject": s, "failures": 0, "lockouts": 0, "last_failure_at": now} for s in subjects]
    session.execute(insert(SignInThrottle).values(rows).on_conflict_do_nothing())


def _lockout(policy: ThrottlePolicy, lockouts: int) -> timedelta:
    if lockouts <= 0:
        return timedelta(0)
    return min(policy.base * (2 ** min(lockouts - 1, 30)), policy.cap)


def clear(*, session: Session, subjects: list[str]) -> int:
    """Forget the failures and lock-out of these subjects (a successful sign-in, an unlock)."""
    result = session.execute(delete(SignInThrottle).where(SignInThrottle.subject.in_(subjects)))
    return result.rowcount or 0

