"""On SQLite (the embedded default), concurrent admin writes queue for the write lock instead of failing:
sign-ins (with and without a second factor), invitation acceptances, password and role changes, resets."""

from __future__ import annotations

import asyncio
import re
from datetime import timedelta

import httpx
import pytest

from tests.gateway.access.conftest import PASSWORD

CONCURRENCY = 50
KEY = re.compile(r"sk-slc-[A-Za-z0-9]{48}")


@pytest.fixture
def server(deployment):
    with deployment.serve(login_max_failures=1000, login_address_max_failures=1000) as running:
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


def test_concurrent_key_changes_and_rotations_never_fail(server):
    """Edits and rotations of the same keys at once: each answers 200/201, or 409 ``key_not_active``
    for a rotation that lost the race to another one; never a 5xx."""
    token = httpx.post(f"{server.url}/admin/api/auth/login",
                       json={"email": "admin@example.org", "password": PASSWORD}).json()["token"]
    headers = {"Authorization": f"Bearer {token}"}
    ids = [httpx.post(f"{server.url}/admin/api/keys", headers=headers, json={"tenant_id": "acme", "name": f"c{i}"})
           .json()["id"] for i in range(5)]

    async def run():
        async with httpx.AsyncClient(base_url=server.url, timeout=60, headers=headers,
                                     limits=httpx.Limits(max_connections=CONCURRENCY)) as c:
            edits = [c.patch(f"/admin/api/keys/{ids[i % 5]}", json={"rpm_limit": i, "budget_period": "daily",
                                                                     "budget_tokens": 1000 + i})
                     for i in range(CONCURRENCY - 10)]
            rotations = [c.post(f"/admin/api/keys/{ids[i % 5]}/rotate", json={"overlap_seconds": 60})
                         for i in range(10)]
            return await _all([*edits, *rotations])

    responses = asyncio.run(run())
    assert all(r.status_code < 500 for r in responses), _statuses(responses)
    assert all(r.status_code in (200, 201, 409) for r in responses)
    assert sum(r.status_code == 201 for r in responses) == 5  # one successor per key


def test_concurrent_console_key_creations_all_redirect_to_their_own_secret(server):
    """The console form (post/redirect/get with a one-time flash) under the same load: 50 x 303, and each
    redirect target shows its own new key once."""
    login = httpx.post(f"{server.url}/admin/api/auth/login",
                       json={"email": "admin@example.org", "password": PASSWORD}).json()

    async def run():
        async with httpx.AsyncClient(base_url=server.url, timeout=60, cookies={"sluice_session": login["token"]},
                                     limits=httpx.Limits(max_connections=CONCURRENCY)) as c:
            posted = await _all(c.post("/console/keys", data={"tenant": "acme", "name": f"console-{i}",
                                                              "csrf_token": login["csrf_token"]})
                                for i in range(CONCURRENCY))
            shown = await _all(c.get(r.headers["location"]) for r in posted if r.status_code == 303)
            return posted, shown

    posted, shown = asyncio.run(run())
    assert _statuses(posted) == [303] * CONCURRENCY
    keys = {m.group(0) for page in shown for m in [KEY.search(page.text)] if m}
    assert len(keys) == CONCURRENCY
# --- the account lifecycle's write paths -------------------------------------------------------

NEW_PASSWORD = "a brand new long password"


@pytest.fixture
def people(deployment) -> dict:
    """50 accounts with a TOTP second factor, 50 open invitations and an admin session, seeded directly."""
    import pyotp

    from sluice.gateway.database import transaction
    from sluice.gateway.users import totp
    from sluice.gateway.users.invitations import invite_user
    from sluice.gateway.users.service import create_user
    from tests.conftest import TEST_SECRET

    secret = TEST_SECRET.encode()
    with transaction(deployment.sessions()) as session:
        factors = {}
        for i in range(CONCURRENCY):
            user = create_user(session=session, email=f"p{i}@example.org", password=PASSWORD, role="viewer")
            enrolment = totp.begin_enrolment(session=session, user=user, secret=secret)
            totp.confirm_enrolment(session=session, user=user, code=pyotp.TOTP(enrolment.secret).now(),
                                   secret=secret)
            factors[user.email] = pyotp.TOTP(enrolment.secret)
        tokens = [invite_user(session=session, email=f"i{i}@example.org", role="viewer", tenant_id=None,
                              actor_id=None, secret=secret, ttl=timedelta(hours=1)).token
                  for i in range(CONCURRENCY)]
    return {"factors": factors, "tokens": tokens}


def _concurrently(base: str, calls) -> list[httpx.Response]:
    async def run():
        # a password change hashes twice: 50 at once take a while on a small, busy machine
        async with httpx.AsyncClient(base_url=base, timeout=240,
                                     limits=httpx.Limits(max_connections=CONCURRENCY)) as c:
            return await _all(call(c) for call in calls)
    return asyncio.run(run())


def test_concurrent_sign_ins_with_a_second_factor_all_succeed(server, people):
    calls = [lambda c, e=email, t=factor: c.post("/admin/api/auth/login",
                                                 json={"email": e, "password": PASSWORD, "totp_code": t.now()})
             for email, factor in people["factors"].items()]
    assert _statuses(_concurrently(server.url, calls)) == [200] * CONCURRENCY


def test_concurrent_invitation_acceptances_all_succeed(server, people):
    calls = [lambda c, t=token: c.post("/admin/api/invitations/accept", json={"token": t, "password": NEW_PASSWORD})
             for token in people["tokens"]]
    assert _statuses(_concurrently(server.url, calls)) == [200] * CONCURRENCY


def test_concurrent_password_changes_role_changes_and_resets_never_fail(server, people):
    tokens = [r.json()["token"] for r in _concurrently(server.url, [
        lambda c, e=email, t=factor: c.post("/admin/api/auth/login",
                                            json={"email": e, "password": PASSWORD, "totp_code": t.now()})
        for email, factor in people["factors"].items()])]
    changes = _concurrently(server.url, [
        lambda c, t=token: c.post("/admin/api/auth/password", headers={"Authorization": f"Bearer {t}"},
                                  json={"current_password": PASSWORD, "new_password": NEW_PASSWORD})
        for token in tokens])
    assert _statuses(changes) == [200] * CONCURRENCY
    admin = httpx.post(f"{server.url}/admin/api/auth/login",
                       json={"email": "admin@example.org", "password": PASSWORD}).json()["token"]
    ids = [u["id"] for u in httpx.get(f"{server.url}/admin/api/users",
                                      headers={"Authorization": f"Bearer {admin}"}).json()
           if u["email"].startswith("p") and u["email"][1].isdigit()]
    headers = {"Authorization": f"Bearer {admin}"}
    lifecycle = _concurrently(server.url, [
        lambda c, i=user_id, n=n: c.post(f"/admin/api/users/{i}/role", json={"role": "auditor"}, headers=headers)
        if n % 2 else c.post(f"/admin/api/users/{i}/reset", headers=headers)
        for n, user_id in enumerate(ids)])
    assert _statuses(lifecycle) == [200] * CONCURRENCY
