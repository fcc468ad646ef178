"""The provider registry on a real database: reload on change, instances kept while unchanged,
unreadable rows skipped (SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio

from sluice.gateway.providers.base import ProviderResources
from sluice.gateway.providers.models import Provider
from sluice.gateway.providers.registry import DatabaseSource, ProviderRegistry
from sluice.gateway.providers.routing import reachable_models
from sluice.gateway.providers.service import create_provider, get_provider, update_provider
from tests.conftest import TEST_SECRET

SECRET = TEST_SECRET.encode()


def add(sessions, name, **kw):
    with sessions() as session, session.begin():
        create_provider(session=session, secret=SECRET, name=name, kind="openai", region=kw.pop("region", "eu"),
                        models=kw.pop("models", ["m"]), base_url="http://127.0.0.1:9/v1", **kw)


def registry(sessions):
    return ProviderRegistry(DatabaseSource(sessions, SECRET), ProviderResources(), refresh_s=0)


async def test_registry_sees_new_changed_and_removed_providers(db_sessions):
    reg = registry(db_sessions)
    assert reachable_models(await reg.enabled()) == []
    add(db_sessions, "one", models=["a"])
    first = await reg.providers()
    assert [p.spec.name for p in first] == ["one"] and reachable_models(await reg.enabled()) == ["a"]
    assert (await reg.providers())[0] is first[0]  # unchanged: same instance, same breaker and pool
    with db_sessions() as session, session.begin():
        update_provider(session=session, provider=get_provider(session=session, ref="one"), secret=SECRET,
                        changes={"models": ["a", "b"]})
    changed = await reg.providers()
    assert changed[0] is not first[0] and reachable_models(await reg.enabled()) == ["a", "b"]
    await asyncio.sleep(0.01)
    assert first[0].closed and not changed[0].closed  # the replaced pool is released
    with db_sessions() as session, session.begin():
        session.delete(get_provider(session=session, ref="one"))
    assert await reg.providers() == []


async def test_provider_whose_key_cannot_be_unsealed_is_skipped(db_sessions):
    add(db_sessions, "good", api_key="k1")
    add(db_sessions, "broken", api_key="k2")
    with db_sessions() as session, session.begin():
        session.query(Provider).filter_by(name="broken").update({"api_key_sealed": "v1:AAAA"})
    names = [p.spec.name for p in await registry(db_sessions).providers()]
    assert names == ["good"]


async def test_api_key_is_unsealed_for_the_upstream_only(db_sessions):
    add(db_sessions, "keyed", api_key="upstream-key")
    (provider,) = await registry(db_sessions).providers()
    assert provider.spec.api_key == "upstream-key" and "upstream-key" not in repr(provider.spec)


async def test_replaced_provider_closes_only_after_its_last_request(db_sessions):
    reg = registry(db_sessions)
    add(db_sessions, "busy")
    (old,) = await reg.providers()
    old.enter()  # a request in flight
    with db_sessions() as session, session.begin():
        update_provider(session=session, provider=get_provider(session=session, ref="busy"), secret=SECRET,
                        changes={"priority": 1})
    await reg.providers()
    await asyncio.sleep(0.01)
    assert not old.closed
    old.leave()
    await asyncio.sleep(0.01)
    assert old.closed
