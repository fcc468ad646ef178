"""Creating, verifying, rotating and revoking API keys.

A key looks like ``sk-slc-<8 public chars><40 secret chars>``. The first 15 characters are the
public prefix used for lookup; the whole key is stored only as HMAC-SHA256 under the deployment
secret, so a copy of the database does not reveal usable keys.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import string
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from sluice.gateway.database import new_id, utcnow
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import InvalidInput, NotFound, Unauthenticated
from sluice.gateway.keys.models import ApiKey
from sluice.gateway.tenants.models import Tenant

KEY_PREFIX = "sk-slc-"
_ALPHABET = string.ascii_letters + string.digits
PUBLIC_LEN = len(KEY_PREFIX) + 8
KEY_LEN = PUBLIC_LEN + 40


@dataclass(frozen=True)
class IssuedKey:
    """The one moment a key's secret exists outside the caller's hands."""

    record: ApiKey
    key: str


def hash_key(key: str, secret: bytes) -> str:
    return hmac.new(secret, key.encode(), hashlib.sha256).hexdigest()


def _random(n: int) -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(n))


def create_key(
    *,
    session: Session,
    tenant: Tenant,
    secret: bytes,
    name: str = "",
    expires_in: timedelta | None = None,
    created_by: str | None = None,
    rpm_limit: int | None = None,
    tpm_limit: int | None = None,
) -> IssuedKey:
    if expires_in is not None and expires_in.total_seconds() <= 0:
        raise InvalidInput(ErrorCode.INVALID_EXPIRY, "expiry must be in the future", param="expires_in")
    for limit, pname in ((rpm_limit, "rpm_limit"), (tpm_limit, "tpm_limit")):
        if limit is not None and limit < 0:
            raise InvalidInput(ErrorCode.INVALID_LIMIT, f"{pname} must be >= 0", param=pname)
    while True:
        key = KEY_PREFIX + _random(KEY_LEN - len(KEY_PREFIX))
        prefix = key[:PUBLIC_LEN]
        if session.scalar(select(ApiKey.id).where(ApiKey.prefix == prefix)) is None:
            break
    record = ApiKey(
        id=new_id("key"),
        tenant_id=tenant.id,
        name=name,
        prefix=prefix,
        key_hash=hash_key(key, secret),
        created_by=created_by,
        expires_at=utcnow() + expires_in if expires_in else None,
        rpm_limit=rpm_limit,
        tpm_limit=tpm_limit,
    )
    session.add(record)
    session.flush()
    return IssuedKey(record=record, key=key)


def authenticate_key(*, session: Session, presented: str, secret: bytes, now: datetime | None = None) -> ApiKey:
    """Return the active key for a presented bearer token or raise ``invalid_api_key``.

    The message never echoes the presented value.
    """
    now = now or utcnow()
    invalid = Unauthenticated(ErrorCode.INVALID_API_KEY, "Incorrect API key provided.")
    if not presented.startswith(KEY_PREFIX) or len(presented) != KEY_LEN:
        raise invalid
    record = session.scalar(select(ApiKey).where(ApiKey.prefix == presented[:PUBLIC_LEN]))
    if record is None or not hmac.compare_digest(record.key_hash, hash_key(presented, secret)):
        raise invalid
    state = record.state(now)
    if state == "revoked":
        raise Unauthenticated(ErrorCode.API_KEY_REVOKED, "This API key has been revoked.")
    if state == "expired":
        raise Unauthenticated(ErrorCode.API_KEY_EXPIRED, "This API key has expired.")
    tenant = session.get(Tenant, record.tenant_id)
    if tenant is None or tenant.disabled:
        raise Unauthenticated(ErrorCode.TENANT_DISABLED, "The tenant of this API key is disabled.")
    return record


def get_key(*, session: Session, key_id: str, tenant_id: str | None = None) -> ApiKey:
    record = session.get(ApiKey, key_id)
    if record is None or (tenant_id is not None and record.tenant_id != tenant_id):
        raise NotFound(ErrorCode.KEY_NOT_FOUND, f"no API key {key_id!r}")
    return record


def list_keys(*, session: Session, tenant_id: str | None = None) -> list[ApiKey]:
    query = select(ApiKey).order_by(ApiKey.created_at.desc())
    if tenant_id is not None:
        query = query.where(ApiKey.tenant_id == tenant_id)
    return list(session.scalars(query))


def revoke_key(*, session: Session, record: ApiKey) -> ApiKey:
    if record.revoked_at is None:
        record.revoked_at = utcnow()
        session.flush()
    return record


def rotate_key(*, session: Session, record: ApiKey, secret: bytes, created_by: str | None = None) -> IssuedKey:
    """Issue a replacement with the same tenant, name and limits, and revoke the old key."""
    tenant = session.get(Tenant, record.tenant_id)
    remaining = record.expires_at - utcnow() if record.expires_at else None
    issued = create_key(
        session=session,
        tenant=tenant,
        secret=secret,
        name=record.name,
        expires_in=remaining if remaining and remaining.total_seconds() > 0 else None,
        created_by=created_by,
        rpm_limit=record.rpm_limit,
        tpm_limit=record.tpm_limit,
    )
    revoke_key(session=session, record=record)
    return issued
