"""On SQLite (the embedded default), concurrent admin writes queue for the write lock instead of failing."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from sluice.gateway.app import create_app
from sluice.gateway.database import make_engine, session_factory, transaction
from sluice.gateway.migrate import upgrade
from sluice.gateway.tenants.service import create_tenant
from sluice.gateway.users.roles import Role
from sluice.gateway.users.service import create_user
from tests.conftest import make_settings
from tests.support.servers import ServerThread

PASSWORD = "a long enough password"
CONCURRENCY = 50


@pytest.fixture
def server(tmp_path):
    url = f"sqlite:///{tmp_path / 'sluice.db'}"
    engine = make_engine(url)
    upgrade(engine)
    with transaction(session_factory(engine)) as session:
        create_tenant(session=session, name="acme")
        create_user(session=session, email="admin@example.org", password=PASSWORD, role=Role.ADMIN)
    engine.dispose()
    app = create_app(make_settings(database_url=url, data_dir=tmp_path, login_max_failures=1000))
    with ServerThread(app) as running:
        yield running


async def _all(requests) -> list[httpx.Response]:
    return await asyncio.gather(*requests)


def _statuses(responses: list[httpx.Response]) -> list[int]:
    return sorted(r.status_code for r in responses)


def _sign_ins(base: str, password: str) -> list[httpx.Response]:
    async def run():
        async with httpx.AsyncClient(base_url=base, timeout=60, limits=httpx.Limits(max_connections=CONCURRENCY)) as c:
            return await _all(c.post("/admin/api/auth/login", json={"email": "admin@example.org", "password": password})
                              for _ in range(CONCURRENCY))
    return asyncio.run(run())


def test_concurrent_sign_ins_all_succeed(server):
    assert _statuses(_sign_ins(server.url, PASSWORD)) == [200] * CONCURRENCY


def test_concurrent_wrong_passwords_are_all_refused_not_failed(server):
    assert _statuses(_sign_ins(server.url, "not the password at all")) == [401] * CONCURRENCY


def test_concurrent_key_creations_all_succeed(server):
    token = httpx.post(f"{server.url}/admin/api/auth/login",
                       json={"email": "admin@example.org", "password": PASSWORD}).json()["token"]

    async def run():
        async with httpx.AsyncClient(base_url=server.url, timeout=60, headers={"Authorization": f"Bearer {token}"},
                                     limits=httpx.Limits(max_connections=CONCURRENCY)) as c:
            return await _all(c.post("/admin/api/keys", json={"tenant_id": "acme", "name": f"k{i}"})
                              for i in range(CONCURRENCY))

    responses = asyncio.run(run())
    assert _statuses(responses) == [201] * CONCURRENCY
    assert len({r.json()["id"] for r in responses}) == CONCURRENCY
