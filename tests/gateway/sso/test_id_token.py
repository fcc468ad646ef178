"""ID-token checks against an issuer whose keys are served over HTTP: every way a token can be wrong
is refused with ``sso_token_invalid`` and names the check; keys are cached and refetched on rotation."""

from __future__ import annotations

import pytest

from sluice.gateway.identity.errors import AccessRefused
from sluice.gateway.sso.id_token import nonce_hash, validate_id_token
from sluice.gateway.sso.provider import OidcProvider
from tests.support.jwks_issuer import CraftedIssuer, new_key

SECRET = b"s" * 40
NONCE = "nonce-of-this-sign-in"


@pytest.fixture(scope="module")
def issuer():
    crafted = CraftedIssuer().start()
    yield crafted
    crafted.stop()


@pytest.fixture
def keys_reset(issuer):
    issuer.keys = {"k1": issuer.keys["k1"]}
    issuer.published = ["k1"]


@pytest.fixture
def provider(issuer, keys_reset):
    return OidcProvider(issuer=issuer.issuer, client_id="sluice", client_secret=None, timeout_s=5, jwks_ttl_s=3600,
                        min_refetch_s=0)


def check(token: str, provider: OidcProvider, *, leeway_s: int = 60) -> dict:
    return validate_id_token(token, provider=provider, expected_nonce_hash=nonce_hash(NONCE, SECRET), secret=SECRET,
                             leeway_s=leeway_s)


def refused(token: str, provider: OidcProvider, **kw) -> AccessRefused:
    with pytest.raises(AccessRefused) as caught:
        check(token, provider, **kw)
    assert caught.value.code == "sso_token_invalid" and caught.value.status == 401
    assert not token or token not in caught.value.message
    return caught.value


def test_a_good_token_gives_its_claims(issuer, provider):
    claims = check(issuer.sign(nonce=NONCE, email="ann@example.test"), provider)
    assert claims["sub"] == "user-1" and claims["email"] == "ann@example.test"


def test_an_expired_token_is_refused_past_the_leeway_only(issuer, provider):
    import time

    stale = issuer.sign(nonce=NONCE, exp=int(time.time()) - 30)
    assert check(stale, provider, leeway_s=60)["sub"] == "user-1"  # within the clock-skew leeway
    assert refused(stale, provider, leeway_s=10).reason == "expired"


def test_a_token_issued_in_the_future_is_refused(issuer, provider):
    import time

    assert refused(issuer.sign(nonce=NONCE, iat=int(time.time()) + 600, nbf=int(time.time()) + 600),
                   provider).reason == "not_yet_valid"


def test_a_token_for_another_client_is_refused(issuer, provider):
    assert refused(issuer.sign(nonce=NONCE, aud="someone-else"), provider).reason == "audience"


def test_a_token_with_several_audiences_needs_azp_naming_this_client(issuer, provider):
    assert refused(issuer.sign(nonce=NONCE, aud=["sluice", "other"]), provider).reason == "audience"
    assert check(issuer.sign(nonce=NONCE, aud=["sluice", "other"], azp="sluice"), provider)["azp"] == "sluice"


def test_a_token_from_another_issuer_is_refused(issuer, provider):
    assert refused(issuer.sign(nonce=NONCE, iss="https://evil.example"), provider).reason == "issuer"


def test_a_token_with_another_nonce_is_refused(issuer, provider):
    assert refused(issuer.sign(nonce="replayed-from-another-sign-in"), provider).reason == "bad_nonce"
    assert refused(issuer.sign(), provider).reason == "bad_nonce"  # no nonce at all


def test_a_token_signed_by_an_unpublished_key_is_refused_after_one_refetch(issuer, provider):
    check(issuer.sign(nonce=NONCE), provider)
    fetches = provider.key_fetches
    assert refused(issuer.sign(nonce=NONCE, kid="k1", key=new_key()), provider).reason == "signature"
    assert provider.key_fetches == fetches + 1  # a failed signature looks once more (the key may have rotated)
    assert refused(issuer.sign(nonce=NONCE, kid="unknown", key=new_key()), provider).reason == "unknown_key"
    assert provider.key_fetches == fetches + 2  # the unknown kid made it look again, once


def test_rotated_keys_are_fetched_when_a_token_names_a_new_kid(issuer, provider):
    check(issuer.sign(nonce=NONCE), provider)
    before = issuer.jwks_requests
    check(issuer.sign(nonce=NONCE), provider)
    assert issuer.jwks_requests == before  # cached
    issuer.keys["k2"] = new_key()
    issuer.published = ["k2"]
    assert check(issuer.sign(nonce=NONCE, kid="k2"), provider)["sub"] == "user-1"
    assert issuer.jwks_requests == before + 1


def test_unknown_kids_do_not_refetch_more_than_once_per_interval(issuer, keys_reset):
    provider = OidcProvider(issuer=issuer.issuer, client_id="sluice", client_secret=None, timeout_s=5,
                            jwks_ttl_s=3600, min_refetch_s=300)
    check(issuer.sign(nonce=NONCE), provider)
    for attempt in range(3):
        refused(issuer.sign(nonce=NONCE, kid=f"made-up-{attempt}", key=new_key()), provider)
    assert provider.key_fetches == 1


@pytest.mark.parametrize("alg", ["HS256", "none"])
def test_symmetric_and_unsigned_tokens_are_refused(issuer, provider, alg):
    import jwt

    token = jwt.encode({"iss": issuer.issuer, "aud": "sluice", "sub": "x", "nonce": NONCE}, "k" * 32 if alg != "none"
                       else None, algorithm=alg)
    assert refused(token, provider).reason == "algorithm"


@pytest.mark.parametrize("garbage", ["", "not-a-jwt", "a.b.c", "x" * 20_000])
def test_malformed_tokens_are_refused(provider, garbage):
    assert refused(garbage, provider).reason == "malformed"


def test_an_unreachable_provider_is_a_502_with_a_hint():
    from tests.support.servers import free_port

    provider = OidcProvider(issuer=f"http://127.0.0.1:{free_port()}", client_id="sluice", client_secret=None,
                            timeout_s=1, jwks_ttl_s=60)
    with pytest.raises(AccessRefused) as caught:
        provider.metadata()
    assert caught.value.code == "sso_provider_unavailable" and caught.value.status == 502
    assert "SLUICE_SSO_ISSUER" in caught.value.message
