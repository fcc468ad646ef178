"""Authenticated keys are cached briefly; revocation still takes effect within the cache lifetime."""

from __future__ import annotations

import httpx
import pytest

from sluice.gateway.auth.key_cache import KeyCache
from sluice.gateway.auth.principal import KeyPrincipal
from sluice.gateway.database import transaction
from sluice.gateway.keys.models import ApiKey
from sluice.gateway.keys.service import revoke_key
from tests.support.clock import FakeClock
from tests.support.gateway_harness import GatewayHarness

TTL = 2.0


def principal(key_id="key_1") -> KeyPrincipal:
    return KeyPrincipal(key_id=key_id, tenant_id="t", tenant_name="acme", rpm_limit=None, tpm_limit=None)


def test_cached_key_expires_after_ttl():
    clock = FakeClock()
    cache = KeyCache(ttl_s=2.0, clock=clock)
    cache.put("sk-slc-abc", principal())
    assert cache.get("sk-slc-abc") == principal()
    assert cache.get("sk-slc-other") is None
    clock.advance(2.01)
    assert cache.get("sk-slc-abc") is None


def test_zero_ttl_disables_the_cache():
    cache = KeyCache(ttl_s=0)
    cache.put("sk-slc-abc", principal())
    assert cache.get("sk-slc-abc") is None


def test_full_cache_drops_old_entries_instead_of_growing():
    cache = KeyCache(ttl_s=60, max_entries=3)
    for i in range(10):
        cache.put(f"sk-{i}", principal(f"key_{i}"))
    assert len(cache._entries) <= 3
    assert cache.get("sk-9") == principal("key_9")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def gateway(sqlite_url, clock):
    from tests.conftest import make_settings

    harness = GatewayHarness(sqlite_url, make_settings, key_cache_ttl_s=TTL)
    harness.ctx.key_cache = KeyCache(ttl_s=TTL, clock=clock)  # the gateway's cache, on our clock
    harness.start()
    yield harness
    harness.stop()


def test_revoked_key_is_refused_within_the_cache_lifetime(gateway, clock):
    headers = {"authorization": f"Bearer {gateway.key}"}
    url = gateway.base_url + "/models"
    assert httpx.get(url, headers=headers).status_code == 200
    with transaction(gateway.sessions) as session:
        record = session.query(ApiKey).filter_by(tenant_id=gateway.tenant_id).one()
        revoke_key(session=session, record=record)
    clock.advance(TTL + 0.1)
    response = httpx.get(url, headers=headers)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "api_key_revoked"
