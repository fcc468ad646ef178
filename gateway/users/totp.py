"""TOTP second factor (RFC 6238, 30-second steps, 6 digits) and its single-use recovery codes.

The shared secret is sealed under the deployment secret; recovery codes are kept as keyed hashes
only. A code is accepted once: the last step used is remembered, and a code one step old or new
(clock skew) counts.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime

import pyotp
import segno
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from sluice.gateway.crypto import seal, unseal
from sluice.gateway.database import new_id, utcnow
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import Conflict, InvalidInput
from sluice.gateway.users.models import RecoveryCode, User

ISSUER = "Sluice"
STEP_S = 30
RECOVERY_CODES = 10
_SEAL_PURPOSE = "user-totp-secret"
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no look-alikes (0/o, 1/l/i)


@dataclass(frozen=True)
class Enrolment:
    """What an authenticator app needs: the secret (typed by hand), its otpauth:// URI and a QR code of it."""

    secret: str
    uri: str
    qr_svg: str


def _recovery_hash(code: str, secret: bytes) -> str:
    normalised = code.strip().lower().replace("-", "").replace(" ", "")
    return hmac.new(secret, f"recovery-code\x00{normalised}".encode(), hashlib.sha256).hexdigest()


def _new_recovery_code() -> str:
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(10))
    return f"{raw[:5]}-{raw[5:]}"


def _shared_secret(user: User, secret: bytes) -> str:
    return unseal(user.totp_secret, secret=secret, purpose=_SEAL_PURPOSE)


def begin_enrolment(*, session: Session, user: User, secret: bytes) -> Enrolment:
    """A fresh shared secret for the account (replacing an unconfirmed one); confirm it with a code."""
    if user.totp_enabled:
        raise Conflict(ErrorCode.TOTP_ALREADY_ENABLED,
                       "this account already has a second factor; an administrator can reset it")
    shared = pyotp.random_base32()
    user.totp_secret = seal(shared, secret=secret, purpose=_SEAL_PURPOSE)
    session.flush()
    return _enrolment(user, shared)


def _enrolment(user: User, shared: str) -> Enrolment:
    uri = pyotp.TOTP(shared, interval=STEP_S).provisioning_uri(name=user.email, issuer_name=ISSUER)
    qr_svg = segno.make(uri, error="m").svg_inline(scale=4, dark="#111", light="#fff")
    return Enrolment(secret=shared, uri=uri, qr_svg=qr_svg)


def pending_enrolment(user: User, secret: bytes) -> Enrolment | None:
    """The enrolment begun and not yet confirmed, if any (to show its QR code again)."""
    if user.totp_enabled or user.totp_secret is None:
        return None
    return _enrolment(user, _shared_secret(user, secret))


def _matching_step(shared: str, code: str, now: datetime) -> int | None:
    code = code.strip().replace(" ", "")
    if not (len(code) == 6 and code.isdigit()):
        return None
    totp = pyotp.TOTP(shared, interval=STEP_S)
    current = int(now.timestamp()) // STEP_S
    for step in (current, current - 1, current + 1):
        if hmac.compare_digest(totp.at(step * STEP_S), code):
            return step
    return None


def confirm_enrolment(*, session: Session, user: User, code: str, secret: bytes,
                      now: datetime | None = None) -> list[str]:
    """Turn the second factor on once a code from the app matches; returns new recovery codes (shown once)."""
    if user.totp_enabled:
        raise Conflict(ErrorCode.TOTP_ALREADY_ENABLED, "this account already has a second factor")
    if user.totp_secret is None:
        raise Conflict(ErrorCode.TOTP_NOT_ENROLLING, "start the enrolment first")
    now = now or utcnow()
    step = _matching_step(_shared_secret(user, secret), code, now)
    if step is None:
        raise InvalidInput(ErrorCode.INVALID_TOTP_CODE,
                           "the code does not match; check the device's clock and type the current 6-digit code",
                           param="code")
    # the confirming code is not spent: signing in with the same code right after enrolling works
    user.totp_enabled_at, user.totp_last_step = now, step - 1
    return new_recovery_codes(session=session, user=user, secret=secret)


def not_enabled() -> Conflict:
    return Conflict(ErrorCode.TOTP_NOT_ENABLED, "the account has no second factor; enrol one first")


def new_recovery_codes(*, session: Session, user: User, secret: bytes) -> list[str]:
    """Replace the account's recovery codes with new ones; returns them (only their hashes are kept)."""
    if not user.totp_enabled:
        raise not_enabled()
    session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    codes = [_new_recovery_code() for _ in range(RECOVERY_CODES)]
    session.add_all(RecoveryCode(id=new_id("rc"), user_id=user.id, code_hash=_recovery_hash(c, secret))
                    for c in codes)
    session.flush()
    return codes


def use_authenticator_code(*, session: Session, user: User, code: str, secret: bytes, now: datetime) -> bool:
    """Spend an authenticator code: True if it matches a step after the last one used."""
    step = _matching_step(_shared_secret(user, secret), code[:64], now)
    if step is None or (user.totp_last_step is not None and step <= user.totp_last_step):
        return False
    user.totp_last_step = step
    session.flush()
    return True


def use_code(*, session: Session, user: User, code: str, secret: bytes, now: datetime) -> str | None:
    """Spend an authenticator code (not one used before) or an unused recovery code. Returns which
    kind matched (``totp`` or ``recovery``), or None."""
    code = code.strip()[:64]
    if use_authenticator_code(session=session, user=user, code=code, secret=secret, now=now):
        return "totp"
    wanted = _recovery_hash(code, secret)
    for row in session.scalars(select(RecoveryCode).where(RecoveryCode.user_id == user.id,
                                                          RecoveryCode.used_at.is_(None))):
        if hmac.compare_digest(row.code_hash, wanted):
            row.used_at = now
            session.flush()
            return "recovery"
    return None


def recovery_codes_left(*, session: Session, user: User) -> int:
    rows = session.scalars(select(RecoveryCode.id).where(RecoveryCode.user_id == user.id,
                                                         RecoveryCode.used_at.is_(None)))
    return len(list(rows))


def reset(*, session: Session, user: User) -> bool:
    """Remove the account's second factor and recovery codes (an administrator's reset); True if it had one."""
    had = user.totp_enabled
    user.totp_secret, user.totp_enabled_at, user.totp_last_step = None, None, None
    session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    session.flush()
    return had
