"""SCIM bearer tokens: created by an operator (``sluice scim token create``), shown once, kept as
a keyed hash, revocable."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from sluice.gateway.database import new_id, utcnow
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import InvalidInput, NotFound
from sluice.gateway.scim.models import ScimToken

TOKEN_PREFIX = "scim_"
MAX_TOKEN_LENGTH = 200


def token_hash(token: str, secret: bytes) -> str:
    return hmac.new(secret, f"scim-token:{token}".encode(), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class IssuedToken:
    record: ScimToken
    token: str


def create_token(*, session: Session, name: str, secret: bytes) -> IssuedToken:
    name = name.strip()
    if not name or len(name) > 100:
        raise InvalidInput(ErrorCode.INVALID_REQUEST, "name the token (1-100 characters), e.g. okta-production",
                           param="name")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    record = ScimToken(id=new_id("sct"), name=name, token_hash=token_hash(token, secret))
    session.add(record)
    session.flush()
    return IssuedToken(record=record, token=token)


def list_tokens(*, session: Session) -> list[ScimToken]:
    return list(session.scalars(select(ScimToken).order_by(ScimToken.created_at)))


def revoke_token(*, session: Session, token_id: str) -> ScimToken:
    record = session.get(ScimToken, token_id[:64])
    if record is None:
        raise NotFound(ErrorCode.SCIM_TOKEN_NOT_FOUND, f"no SCIM token {token_id[:64]!r}; see `sluice scim token "
                       "list`")
    if record.revoked_at is None:
        record.revoked_at = utcnow()
        session.flush()
    return record


def authenticate(*, session: Session, presented: str, secret: bytes, now: datetime | None = None) -> ScimToken | None:
    """The live token presented, its last use noted; None for an unknown or revoked one."""
    if not presented.startswith(TOKEN_PREFIX) or len(presented) > MAX_TOKEN_LENGTH:
        return None
    record = session.scalar(select(ScimToken).where(ScimToken.token_hash == token_hash(presented, secret)))
    if record is None or record.revoked_at is not None:
        return None
    record.last_used_at = now or utcnow()
    return record
