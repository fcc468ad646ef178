"""Four-eyes between accounts: who may not review whose work.

A reviewer is refused when they wrote or submitted the work, when one of its authors created,
invited, reset or changed the role of the reviewer's account (or the reviewer did so for an
author's account: either could have chosen the other's password or role), or when the reviewer
got their present role after the work was begun.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from sluice.gateway.users.models import User


def _controllers(user: User) -> set[str]:
    """Accounts that set this account's credentials or role at some point that still counts."""
    return {i for i in (user.created_by_id, user.credentials_set_by_id, user.role_changed_by_id) if i}


def review_conflict(*, session: Session, reviewer_id: str, authors: list[str], begun_at: datetime) -> str | None:
    """Why ``reviewer_id`` may not review work by ``authors`` begun at ``begun_at``, or None when they may."""
    if reviewer_id in authors:
        return "you wrote or submitted it"
    reviewer = session.get(User, reviewer_id)
    if reviewer is None:
        return "your account no longer exists"
    if _controllers(reviewer) & set(authors):
        return "one of its authors created, invited, reset or changed the role of your account"
    for author in session.scalars(select(User).where(User.id.in_(authors))):
        if reviewer_id in _controllers(author):
            return "you created, invited, reset or changed the role of one of its authors' accounts"
    if reviewer.role_changed_at is not None and begun_at < reviewer.role_changed_at:
        return "your role was changed after it was written"
    return None
