"""Locked and disabled accounts: administrators unlock, disable and enable them (admin API, CLI),
other roles cannot, and every change and failed sign-in is audited without the typed e-mail."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from sluice.gateway.app import create_app
from tests.conftest import make_settings
from tests.gateway.access.conftest import PASSWORD
from tests.gateway.test_cli import sluice

VIEWER = "viewer@example.org"
OTHER_ROLES = ["viewer", "auditor", "policy_author", "policy_approver"]


@pytest.fixture
def client(deployment):
    app = create_app(make_settings(database_url=deployment.url, data_dir=deployment.data_dir, login_max_failures=2))
    with TestClient(app) as c:
        yield c


def _login(client, email, password=PASSWORD):
    return client.post("/admin/api/auth/login", json={"email": email, "password": password})


def _bearer(client, email) -> dict:
    response = _login(client, email)
    assert response.status_code == 200, response.text
    client.cookies.clear()
    return {"Authorization": f"Bearer {response.json()['token']}"}


def _user(client, headers, email) -> dict:
    return next(u for u in client.get("/admin/api/users", headers=headers).json() if u["email"] == email)


def _lock(client, email):
    for _ in range(2):
        assert _login(client, email, "wrong password!").json()["error"]["code"] == "invalid_credentials"
    assert _login(client, email).json()["error"]["code"] == "account_locked"


def test_an_admin_unlocks_a_locked_account_and_it_is_audited(client, admin_events):
    admin = _bearer(client, "admin@example.org")
    _lock(client, VIEWER)
    viewer = _user(client, admin, VIEWER)
    assert viewer["locked"] is True
    unlocked = client.post(f"/admin/api/users/{viewer['id']}/unlock", headers=admin)
    assert unlocked.status_code == 200 and unlocked.json()["locked"] is False
    assert _login(client, VIEWER).status_code == 200
    (event,) = admin_events("user.unlocked")
    assert event["target_id"] == viewer["id"] and event["before"] == {"locked": True}


def test_a_disabled_account_cannot_sign_in_until_enabled(client, admin_events):
    admin = _bearer(client, "admin@example.org")
    viewer_id = _user(client, admin, VIEWER)["id"]
    assert client.post(f"/admin/api/users/{viewer_id}/disable", headers=admin).json()["disabled"] is True
    assert _login(client, VIEWER).status_code == 401
    assert client.post(f"/admin/api/users/{viewer_id}/enable", headers=admin).json()["disabled"] is False
    assert _login(client, VIEWER).status_code == 200
    assert [e["after"] for e in admin_events("user.disabled") + admin_events("user.enabled")] == [
        {"disabled": True}, {"disabled": False}]


def test_other_roles_and_tenant_admins_cannot_change_accounts(client):
    admin = _bearer(client, "admin@example.org")
    target = _user(client, admin, "admin@example.org")["id"]
    for email, status, code in [*((f"{role}@example.org", 403, "forbidden") for role in OTHER_ROLES),
                                ("tenant-admin@example.org", 404, "user_not_found")]:  # target is deployment-wide
        headers = _bearer(client, email)
        for change in ("unlock", "enable", "disable"):
            response = client.post(f"/admin/api/users/{target}/{change}", headers=headers)
            assert (response.status_code, response.json()["error"]["code"]) == (status, code), (email, change)


def test_failed_sign_ins_are_audited_without_the_typed_email(client, admin_events):
    admin = _bearer(client, "admin@example.org")
    _login(client, "Viewer@Example.org", "wrong password!")
    _login(client, "nobody.here@example.org", "wrong password!")
    known, unknown = admin_events("user.login_failed")
    assert known["target_id"] == _user(client, admin, VIEWER)["id"]
    assert unknown["target_id"] is None and unknown["after"]["email_hash"].startswith("<EMAIL_ADDRESS#")
    text = str([known, unknown]).lower()
    assert "viewer@example.org" not in text and "nobody.here" not in text
    assert known["actor_label"] is None and unknown["actor_label"] is None


def test_the_cli_unlocks_disables_and_enables_by_email(client, deployment, admin_events):
    _lock(client, VIEWER)
    for change, said in (("unlock", "unlocked"), ("disable", "disabled"), ("enable", "enabled")):
        result = sluice(["users", change, VIEWER], database_url=deployment.url, cwd=deployment.data_dir)
        assert result.stdout.startswith(f"{said} {VIEWER}")
    assert _login(client, VIEWER).status_code == 200
    assert admin_events("user.unlocked")[0]["actor_label"].startswith("cli:")
    missing = sluice(["users", "unlock", "nobody@example.org"], database_url=deployment.url,
                     cwd=deployment.data_dir, check=False)
    assert missing.returncode == 1 and "user_not_found" in missing.stderr
