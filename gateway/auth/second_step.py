"""The second step of a sign-in with a second factor: a short-lived challenge instead of the password.

After the password matched, a form asks for the authenticator code. So that the password need not
travel (or be kept) a second time, the first step hands out a challenge: the account id and an
expiry, bound by a keyed MAC to the account's password hash at that moment. It proves the
password was right and stops working when it expires or the password changes.
"""

from __future__ import annotations

import hashlib
import hmac
import time

from sqlalchemy.orm import Session

from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import Unauthenticated
from sluice.gateway.users.models import User
from sluice.gateway.users.service import PasswordVerdict, SignInCandidate

CHALLENGE_TTL_S = 300


def _mac(user_id: str, expires: int, password_hash: str, secret: bytes) -> str:
    message = f"sign-in-second-step\x00{user_id}\x00{expires}\x00{password_hash}".encode()
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


def new_challenge(candidate: SignInCandidate, secret: bytes, now: float | None = None) -> str:
    expires = int(now if now is not None else time.time()) + CHALLENGE_TTL_S
    return f"{candidate.user_id}.{expires}.{_mac(candidate.user_id or '', expires, candidate.password_hash, secret)}"


def challenge_candidate(*, session: Session, challenge: str, secret: bytes,
                        now: float | None = None) -> tuple[SignInCandidate, PasswordVerdict]:
    """The account a valid challenge stands for, with the password counted as matched; a stale,
    forged or malformed challenge is refused (``sign_in_expired``: start again)."""
    refused = Unauthenticated(ErrorCode.SIGN_IN_EXPIRED, "the sign-in took too long; enter your password again")
    user_id, _, rest = challenge[:200].partition(".")
    expires_text, _, mac = rest.partition(".")
    if not expires_text.isdigit() or int(expires_text) < int(now if now is not None else time.time()):
        raise refused
    user = session.get(User, user_id)
    if user is None or not hmac.compare_digest(mac, _mac(user.id, int(expires_text), user.password_hash, secret)):
        raise refused
    candidate = SignInCandidate(email=user.email, user_id=user.id, password_hash=user.password_hash)
    return candidate, PasswordVerdict(matched=True, new_hash=None)
