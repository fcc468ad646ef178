"""People change their own password (the current one needed, other sessions end); a password someone
else chose must be changed at the first sign-in; administrators change roles (never their own), audited."""

from __future__ import annotations

import json

from sluice.gateway.users.service import create_user
from tests.gateway.accounts.conftest import NEW_PASSWORD, PASSWORD, bearer, login, user_id

CHANGE = "/admin/api/auth/password"


def test_changing_the_password_needs_the_current_one_and_ends_other_sessions(client, admin_events):
    first = bearer(client, "viewer@example.org")
    second = bearer(client, "viewer@example.org")
    wrong = client.post(CHANGE, json={"current_password": "not my password", "new_password": NEW_PASSWORD},
                        headers=first)
    assert wrong.status_code == 403 and wrong.json()["error"]["code"] == "current_password_incorrect"
    changed = client.post(CHANGE, json={"current_password": PASSWORD, "new_password": NEW_PASSWORD}, headers=first)
    assert changed.status_code == 200 and changed.json() == {"sessions_ended": 1}
    assert client.get("/admin/api/auth/me", headers=first).status_code == 200
    assert client.get("/admin/api/auth/me", headers=second).json()["error"]["code"] == "invalid_session"
    assert login(client, "viewer@example.org").json()["error"]["code"] == "invalid_credentials"
    assert login(client, "viewer@example.org", NEW_PASSWORD).status_code == 200
    logged = json.dumps(admin_events("user.password_changed") + admin_events("user.password_change_failed"))
    assert NEW_PASSWORD not in logged and PASSWORD not in logged


def test_wrong_current_passwords_lock_the_account_like_failed_sign_ins(client):
    headers = bearer(client, "viewer@example.org")
    for _ in range(3):
        client.post(CHANGE, json={"current_password": "guess guess guess", "new_password": NEW_PASSWORD},
                    headers=headers)
    locked = client.post(CHANGE, json={"current_password": PASSWORD, "new_password": NEW_PASSWORD}, headers=headers)
    assert locked.status_code == 401 and locked.json()["error"]["code"] == "account_locked"
    assert login(client, "viewer@example.org").json()["error"]["code"] == "account_locked"


def test_the_new_password_must_be_strong_and_different(client):
    headers = bearer(client, "viewer@example.org")
    same = client.post(CHANGE, json={"current_password": PASSWORD, "new_password": PASSWORD}, headers=headers)
    assert same.status_code == 400 and same.json()["error"]["code"] == "password_unchanged"
    weak = client.post(CHANGE, json={"current_password": PASSWORD, "new_password": "short"}, headers=headers)
    assert weak.status_code == 400 and weak.json()["error"]["code"] == "weak_password"


def test_a_password_set_by_someone_else_must_be_changed_before_anything_else(client, deployment):
    with deployment.sessions()() as session, session.begin():
        create_user(session=session, email="ops@example.org", password=PASSWORD, role="admin",
                    must_change_password=True)
    headers = bearer(client, "ops@example.org")
    assert client.get("/admin/api/auth/me", headers=headers).json()["pending"] == "password_change"
    refused = client.get("/admin/api/users", headers=headers)
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "password_change_required"
    assert client.post(CHANGE, json={"current_password": PASSWORD, "new_password": NEW_PASSWORD},
                       headers=headers).status_code == 200
    assert client.get("/admin/api/users", headers=headers).status_code == 200


def test_an_admin_changes_a_role_and_it_is_audited(client, admin_events):
    admin = bearer(client, "admin@example.org")
    viewer = bearer(client, "viewer@example.org")
    viewer_id = user_id(client, admin, "viewer@example.org")
    assert client.get("/admin/api/users", headers=viewer).status_code == 403
    changed = client.post(f"/admin/api/users/{viewer_id}/role", json={"role": "admin"}, headers=admin)
    assert changed.status_code == 200 and changed.json()["role"] == "admin"
    assert client.get("/admin/api/users", headers=viewer).status_code == 200  # the next request has the new role
    (event,) = admin_events("user.role_changed")
    assert event["before"] == {"role": "viewer"} and event["after"]["role"] == "admin"


def test_role_changes_are_refused_for_oneself_unknown_roles_and_non_admins(client):
    admin = bearer(client, "admin@example.org")
    own = client.post(f"/admin/api/users/{user_id(client, admin, 'admin@example.org')}/role",
                      json={"role": "viewer"}, headers=admin)
    assert own.status_code == 403 and own.json()["error"]["code"] == "cannot_change_own_role"
    viewer_id = user_id(client, admin, "viewer@example.org")
    unknown = client.post(f"/admin/api/users/{viewer_id}/role", json={"role": "root"}, headers=admin)
    assert unknown.status_code == 400 and unknown.json()["error"]["code"] == "invalid_role"
    approver = bearer(client, "policy_approver@example.org")
    denied = client.post(f"/admin/api/users/{viewer_id}/role", json={"role": "admin"}, headers=approver)
    assert denied.status_code == 403 and denied.json()["error"]["code"] == "forbidden"
    missing = client.post("/admin/api/users/usr_nope/role", json={"role": "admin"}, headers=admin)
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "user_not_found"
