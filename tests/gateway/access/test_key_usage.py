"""API keys' last use is written in batches, and failed key uses are audited in aggregate."""

from __future__ import annotations

import time

import httpx
from sqlalchemy import select

from sluice.gateway.keys.models import ApiKey
from tests.gateway.access.conftest import PASSWORD

HOUR = 3600.0


def _last_used(deployment):
    with deployment.sessions()() as session:
        return session.scalar(select(ApiKey.last_used_at).where(ApiKey.id == deployment.key_id))


def _use(server, key: str, times: int = 1) -> list[int]:
    return [httpx.get(f"{server.url}/v1/models", headers={"Authorization": f"Bearer {key}"}).status_code
            for _ in range(times)]


def test_last_use_is_written_at_shutdown_without_a_write_per_request(deployment):
    server = deployment.serve(key_usage_flush_s=HOUR).start()
    try:
        before = time.time()
        assert _use(server, deployment.key, 3) == [200] * 3
        assert _last_used(deployment) is None  # noted in memory, not written per request
    finally:
        server.stop()
    assert _last_used(deployment).timestamp() >= before - 1


def test_last_use_is_written_within_the_flush_interval_and_shown_by_the_admin_api(deployment):
    with deployment.serve(key_usage_flush_s=0.2) as server:
        assert _use(server, deployment.key) == [200]
        token = httpx.post(f"{server.url}/admin/api/auth/login",
                           json={"email": "admin@example.org", "password": PASSWORD}).json()["token"]
        shown = None
        for _ in range(100):  # the flush runs every 0.2 s; give a busy machine ample room
            keys = httpx.get(f"{server.url}/admin/api/keys", headers={"Authorization": f"Bearer {token}"}).json()
            shown = next(k for k in keys if k["id"] == deployment.key_id)["last_used_at"]
            if shown:
                break
            time.sleep(0.1)
        assert shown is not None


def test_a_later_use_never_moves_last_use_back(deployment):
    from datetime import timedelta

    from sluice.gateway.database import utcnow
    from sluice.gateway.keys.usage import KeyUsage

    sessions = deployment.sessions()
    later, earlier = KeyUsage(), KeyUsage()
    now = utcnow()
    later.note(deployment.key_id, now)
    earlier.note(deployment.key_id, now - timedelta(minutes=5))
    assert later.flush(sessions) == 1 and earlier.flush(sessions) == 1  # two processes, flushing out of order
    assert _last_used(deployment) == now


def test_failed_key_uses_are_audited_once_per_source_per_window_without_the_secret(deployment, admin_events):
    bogus = "sk-slc-" + "A" * 48
    foreign = "sk-proj-not-ours-0123456789"
    with deployment.serve(key_failure_audit_window_s=HOUR) as server:
        assert set(_use(server, bogus, 20)) == {401}
        assert _use(server, foreign) == [401]
    events = admin_events("api_key.auth_failed")
    assert len(events) == 1
    detail = events[0]["after"]
    assert detail["failures"] == 21 and detail["reasons"] == {"invalid_api_key": 21}
    assert "sk-slc-AAAAAAAA" in detail["keys"]
    assert bogus not in str(events) and foreign not in str(events)
    assert events[0]["source_address"] == "127.0.0.1"


def test_a_revoked_key_use_is_audited_with_its_prefix(deployment, admin_events):
    from sluice.gateway.database import transaction
    from sluice.gateway.keys.service import get_key, revoke_key

    with transaction(deployment.sessions()) as session:
        revoke_key(session=session, record=get_key(session=session, key_id=deployment.key_id))
    with deployment.serve() as server:
        assert _use(server, deployment.key) == [401]
    (event,) = admin_events("api_key.auth_failed")
    assert event["after"]["reasons"] == {"api_key_revoked": 1}
    assert event["after"]["keys"] == [deployment.key[:15]] and deployment.key not in str(event)
