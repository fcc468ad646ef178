"""Starting a sign-in at the provider (state, nonce, PKCE) and taking it back exactly once."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlencode

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from sluice.gateway.database import utcnow
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.identity.errors import AccessRefused
from sluice.gateway.sso.id_token import nonce_hash
from sluice.gateway.sso.models import SsoAttempt

MAX_STATE_LENGTH = 200


def state_hash(state: str, secret: bytes) -> str:
    return hmac.new(secret, f"sso-state:{state}".encode(), hashlib.sha256).hexdigest()


def pkce_challenge(verifier: str) -> str:
    """RFC 7636 S256: base64url(sha256(verifier)) without padding."""
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()


@dataclass(frozen=True)
class StartedSignIn:
    authorization_url: str
    state: str  # also kept in the browser's cookie: the callback must come back to the same browser


def start_sign_in(*, session: Session, authorization_endpoint: str, client_id: str, redirect_uri: str,
                  scopes: list[str], next_url: str, secret: bytes, ttl: timedelta,
                  now: datetime | None = None) -> StartedSignIn:
    now = now or utcnow()
    session.execute(delete(SsoAttempt).where(SsoAttempt.expires_at < now - timedelta(hours=1)))
    state, nonce, verifier = secrets.token_urlsafe(32), secrets.token_urlsafe(32), secrets.token_urlsafe(64)
    session.add(SsoAttempt(state_hash=state_hash(state, secret), nonce_hash=nonce_hash(nonce, secret),
                           code_verifier=verifier, next_url=next_url, created_at=now, expires_at=now + ttl))
    session.flush()
    scope = " ".join(dict.fromkeys(["openid", *scopes]))
    query = urlencode({"response_type": "code", "client_id": client_id, "redirect_uri": redirect_uri,
                       "scope": scope, "state": state, "nonce": nonce, "code_challenge": pkce_challenge(verifier),
                       "code_challenge_method": "S256"})
    separator = "&" if "?" in authorization_endpoint else "?"
    return StartedSignIn(authorization_url=f"{authorization_endpoint}{separator}{query}", state=state)


def _refused(reason: str) -> AccessRefused:
    return AccessRefused(ErrorCode.SSO_STATE_INVALID, "this sign-in link has expired, was used already or was started "
                         "in another browser; start the sign-in again", reason=reason)


def take_attempt(*, session: Session, state: str, browser_state: str, secret: bytes,
                 now: datetime | None = None) -> SsoAttempt:
    """The attempt this callback finishes, marked used; raises ``sso_state_invalid`` otherwise.

    ``browser_state`` is the state this browser started with (its cookie): a callback carrying
    another browser's state (login CSRF) is refused like an unknown one."""
    now = now or utcnow()
    if not state or len(state) > MAX_STATE_LENGTH:
        raise _refused("state_missing")
    if not browser_state or not hmac.compare_digest(state.encode(), browser_state.encode()):
        raise _refused("state_mismatch")
    attempt = session.scalar(select(SsoAttempt).where(SsoAttempt.state_hash == state_hash(state, secret))
                             .with_for_update())
    if attempt is None:
        raise _refused("state_unknown")
    if attempt.used_at is not None:
        raise _refused("state_used")
    if attempt.expires_at <= now:
        raise _refused("state_expired")
    attempt.used_at = now
    session.flush()
    return attempt
