"""Creating, verifying, listing and revoking API keys (changing and rotating: :mod:`.lifecycle`).

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
from sluice.gateway.limits.service import BudgetLimits, checked_limits
from sluice.gateway.tenants.models import Tenant

KEY_PREFIX = "sk-slc-"
_ALPHABET = string.ascii_letters + string.digits
PUBLIC_LEN = len(KEY_PREFIX) + 8
KEY_LEN = PUBLIC_LEN + 40
MAX_ALLOWED_MODELS = 200


@dataclass(frozen=True)
class IssuedKey:
    """The one moment a key's secret exists outside the caller's hands."""

    record: ApiKey
    key: str


def hash_key(key: str, secret: bytes) -> str:
    return hmac.new(secret, key.encode(), hashlib.sha256).hexdigest()


def _random(n: int) -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(n))


def checked_rate_limit(limit: int | None, param: str) -> int | None:
    if limit is not None and limit < 0:
        raise InvalidInput(ErrorCode.INVALID_LIMIT, f"{param} must be >= 0", param=param)
    return limit


def checked_models(models: list[str] | None) -> list[str] | None:
    """An allow-list as stored: names stripped, duplicates dropped, order kept; None allows every model."""
    if models is None:
        return None
    if not isinstance(models, (list, tuple)) or not all(isinstance(m, str) for m in models):
        raise InvalidInput(ErrorCode.INVALID_ALLOWED_MODELS, "allowed_models must be a list of model names",
                           param="allowed_models")
    names = list(dict.fromkeys(m.strip() for m in models if m.strip()))
    if not 1 <= len(names) <= MAX_ALLOWED_MODELS or any(len(n) > 256 for n in names):
        raise InvalidInput(ErrorCode.INVALID_ALLOWED_MODELS,
                           f"allowed_models needs 1 to {MAX_ALLOWED_MODELS} model names of at most 256 characters "
                           "(null allows every model)", param="allowed_models")
    return names


def checked_expiry(expires_at: datetime | None, now: datetime) -> datetime | None:
    if expires_at is not None and expires_at <= now:
        raise InvalidInput(ErrorCode.INVALID_EXPIRY, "expiry must be in the future", param="expires_at")
    return expires_at


def apply_budget(record: ApiKey, limits: BudgetLimits) -> None:
    limits = checked_limits(limits)
    record.budget_period, record.budget_tokens, record.budget_cost_micros = (limits.period, limits.tokens,
                                                                             limits.cost_micros)


def create_key(
    *,
    session: Session,
    tenant: Tenant,
    secret: bytes,
    name: str = "",
    expires_in: timedelta | None = None,
    expires_at: datetime | None = None,
    created_by: str | None = None,
    rpm_limit: int | None = None,
    tpm_limit: int | None = None,
    allowed_models: list[str] | None = None,
    budget: BudgetLimits = BudgetLimits(),
    lineage_id: str | None = None,
) -> IssuedKey:
    """A new key; ``expires_in`` (from now) or ``expires_at``; ``lineage_id`` for a rotation's successor."""
    if expires_in is not None and expires_in.total_seconds() <= 0:
        raise InvalidInput(ErrorCode.INVALID_EXPIRY, "expiry must be in the future", param="expires_in")
    now = utcnow()
    expires_at = now + expires_in if expires_in else checked_expiry(expires_at, now)
    record = ApiKey(id=new_id("key"), tenant_id=tenant.id, name=name, created_by=created_by, expires_at=expires_at,
                    rpm_limit=checked_rate_limit(rpm_limit, "rpm_limit"),
                    tpm_limit=checked_rate_limit(tpm_limit, "tpm_limit"),
                    allowed_models=checked_models(allowed_models), lineage_id=lineage_id)
    apply_budget(record, budget)
    while True:
        key = KEY_PREFIX + _random(KEY_LEN - len(KEY_PREFIX))
        prefix = key[:PUBLIC_LEN]
        if session.scalar(select(ApiKey.id).where(ApiKey.prefix == prefix)) is None:
            break
    record.prefix, record.key_hash = prefix, hash_key(key, secret)
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
    if state == "rotated":
        raise Unauthenticated(ErrorCode.API_KEY_ROTATED,
                              "This API key was rotated and its overlap period has ended; use the key that "
                              "replaced it.")
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
