"""Post/redirect/get with a message that must not go into a URL: a short-lived server-side flash.

A form action stores what the next page must show once (a new API key's secret) sealed with the
deployment secret, bound to the sign-in session, and redirects to ``...?flash=<id>``. The page
takes it (deleting it) on the first load; a refresh, another session or a late load finds nothing.
Stored in the database so that whichever gateway process serves the redirect finds it.
"""

from __future__ import annotations

import json
import secrets
from datetime import datetime, timedelta

from sqlalchemy import String, Text, delete
from sqlalchemy.orm import Mapped, Session, mapped_column

from sluice.gateway.crypto import seal, unseal
from sluice.gateway.database import Base, UTCDateTime, utcnow

FLASH_TTL = timedelta(minutes=2)
_PURPOSE = "console-flash"


class ConsoleFlash(Base):
    __tablename__ = "console_flashes"

    id: Mapped[str] = mapped_column(String(48), primary_key=True)
    session_id: Mapped[str] = mapped_column(String(40), index=True)
    sealed: Mapped[str] = mapped_column(Text)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)


def put_flash(*, session: Session, session_id: str, payload: dict, secret: bytes) -> str:
    """Store ``payload`` for the next page load of this sign-in session; returns the flash id."""
    now = utcnow()
    session.execute(delete(ConsoleFlash).where(ConsoleFlash.expires_at <= now))
    flash_id = secrets.token_urlsafe(24)
    session.add(ConsoleFlash(id=flash_id, session_id=session_id, expires_at=now + FLASH_TTL,
                             sealed=seal(json.dumps(payload), secret=secret, purpose=_PURPOSE)))
    return flash_id


def take_flash(*, session: Session, session_id: str, flash_id: str | None, secret: bytes) -> dict | None:
    """The payload once, for the session that stored it and before it expires; None otherwise."""
    if not flash_id or len(flash_id) > 48:
        return None
    row = session.get(ConsoleFlash, flash_id)
    if row is None or row.session_id != session_id:
        return None
    sealed, expires_at = row.sealed, row.expires_at
    session.expunge(row)
    # only the load whose DELETE removed the row shows it: two loads at once cannot both take it
    taken = session.execute(delete(ConsoleFlash).where(ConsoleFlash.id == flash_id)).rowcount == 1
    if not taken or expires_at <= utcnow():
        return None
    return json.loads(unseal(sealed, secret=secret, purpose=_PURPOSE))
