"""Checking an ID token (OpenID Connect Core 3.1.3.7): signature by one of the provider's keys,
issuer, audience (and ``azp`` with several audiences), expiry and issue time within the clock-skew
leeway, and the ``nonce`` of this sign-in. Each failure names the check, never the token."""

from __future__ import annotations

import hashlib
import hmac

import jwt

from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.identity.errors import AccessRefused
from sluice.gateway.sso.provider import ALGORITHMS, OidcProvider

MAX_TOKEN_LENGTH = 16_384


def nonce_hash(nonce: str, secret: bytes) -> str:
    return hmac.new(secret, f"sso-nonce:{nonce}".encode(), hashlib.sha256).hexdigest()


def _invalid(message: str, reason: str) -> AccessRefused:
    return AccessRefused(ErrorCode.SSO_TOKEN_INVALID, message, reason=reason)


def validate_id_token(token: str, *, provider: OidcProvider, expected_nonce_hash: str, secret: bytes,
                      leeway_s: int) -> dict:
    """The token's claims once every check passed; raises ``AccessRefused`` (``sso_token_invalid``) otherwise."""
    if len(token) > MAX_TOKEN_LENGTH:
        raise _invalid("the ID token is too long", "malformed")
    try:
        header = jwt.get_unverified_header(token)
    except jwt.DecodeError:
        raise _invalid("the ID token is not a signed JWT", "malformed") from None
    alg = header.get("alg")
    if alg not in ALGORITHMS:
        raise _invalid(f"the ID token's signature algorithm {str(alg)[:20]!r} is not accepted "
                       f"(one of {', '.join(ALGORITHMS)})", "algorithm")
    kid = header.get("kid") if isinstance(header.get("kid"), str) else None
    options = {"audience": provider.client_id, "issuer": provider.issuer, "leeway": leeway_s,
               "options": {"require": ["iss", "aud", "exp", "iat", "sub"]}}
    try:
        try:
            claims = jwt.decode(token, key=provider.signing_key(kid), algorithms=[alg], **options)
        except jwt.InvalidSignatureError:  # the provider may have rotated a key it names by no id
            claims = jwt.decode(token, key=provider.signing_key(kid, failed=True), algorithms=[alg], **options)
    except jwt.ExpiredSignatureError:
        raise _invalid("the ID token has expired (check the clocks of the gateway and the identity provider)",
                       "expired") from None
    except jwt.ImmatureSignatureError:
        raise _invalid("the ID token is not valid yet (check the clocks)", "not_yet_valid") from None
    except jwt.InvalidAudienceError:
        raise _invalid("the ID token was issued for another client (audience is not SLUICE_SSO_CLIENT_ID)",
                       "audience") from None
    except jwt.InvalidIssuerError:
        raise _invalid("the ID token was issued by another issuer than SLUICE_SSO_ISSUER", "issuer") from None
    except jwt.InvalidSignatureError:
        raise _invalid("the ID token's signature does not verify", "signature") from None
    except jwt.MissingRequiredClaimError as exc:
        raise _invalid(f"the ID token lacks the {exc.claim!r} claim", "missing_claim") from None
    except jwt.PyJWTError:
        raise _invalid("the ID token is malformed", "malformed") from None
    audiences = claims["aud"] if isinstance(claims["aud"], list) else [claims["aud"]]
    if len(audiences) > 1 and claims.get("azp") != provider.client_id:
        raise _invalid("the ID token names several audiences but was not issued to this client (azp)", "audience")
    nonce = claims.get("nonce")
    if not isinstance(nonce, str) or not hmac.compare_digest(nonce_hash(nonce, secret), expected_nonce_hash):
        raise _invalid("the ID token's nonce does not belong to this sign-in (replayed or forged token)",
                       "bad_nonce")
    if not isinstance(claims.get("sub"), str) or not claims["sub"]:
        raise _invalid("the ID token lacks the 'sub' claim", "missing_claim")
    return claims
