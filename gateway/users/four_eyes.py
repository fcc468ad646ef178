"""Four-eyes between accounts: who may not review whose work.

A reviewer is refused when they wrote or submitted the work; when one of its authors created,
invited, reset or changed the role of the reviewer's account, or the reviewer did so for an
author's account (either could have set the other's password or chosen their role), directly or
through a chain of such accounts; or when the reviewer got their present role after the work was
begun.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from sluice.gateway.users.models import User

MAX_CHAIN = 64  # accounts followed up one chain of control; far more than any real chain


def _controllers(user: User) -> set[str]:
    """Accounts that set this account's credentials or role (the command line is no account)."""
    return {i for i in (user.created_by_id, user.credentials_set_by_id, user.role_changed_by_id) if i}


def _ancestors(session: Session, user: User) -> set[str]:
    """Every account that controlled ``user``, or controlled one that did, and so on."""
    found: set[str] = set()
    frontier = _controllers(user)
    while frontier and len(found) < MAX_CHAIN:
        found |= frontier
        upper = session.scalars(select(User).where(User.id.in_(frontier)))
        frontier = set().union(*(_controllers(u) for u in upper)) - found
    return found


def review_conflict(*, session: Session, reviewer_id: str, authors: list[str], begun_at: datetime) -> str | None:
    """Why ``reviewer_id`` may not review work by ``authors`` begun at ``begun_at``, or None when they may."""
    if reviewer_id in authors:
        return "you wrote or submitted it"
    reviewer = session.get(User, reviewer_id)  # None: a principal without an account row records no relations
    if reviewer is not None and _ancestors(session, reviewer) & set(authors):
        return "one of its authors created, invited, reset or changed the role of your account (or of one above it)"
    for author in session.scalars(select(User).where(User.id.in_(authors))):
        if reviewer_id in _ancestors(session, author):
            return "you created, invited, reset or changed the role of one of its authors' accounts (or of one above it)"
    if reviewer is not None and reviewer.role_changed_at is not None and begun_at < reviewer.role_changed_at:
        return "your role was changed after it was written"
    return None
