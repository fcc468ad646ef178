"""Creating and resetting accounts hands out one-time links: the owner sets the password, no
administrator ever chooses or learns it, a link works once and only until it expires or is replaced."""

from __future__ import annotations

import json
from datetime import timedelta

from sqlalchemy import update

from sluice.gateway.database import utcnow
from sluice.gateway.users.models import UserInvitation
from tests.gateway.accounts.conftest import NEW_PASSWORD, PASSWORD, accept, bearer, invite, login, token_of, user_id

NEWCOMER = "newcomer@example.org"


def test_an_invited_user_sets_their_own_password_and_signs_in(client, admin_events):
    admin = bearer(client, "admin@example.org")
    invitation = invite(client, admin, NEWCOMER, role="auditor")
    assert invitation["invitation_url"].startswith("http://testserver/console/invitation/inv_")
    assert invitation["user"]["has_password"] is False
    assert login(client, NEWCOMER, PASSWORD).json()["error"]["code"] == "invalid_credentials"
    accepted = accept(client, invitation, NEW_PASSWORD)
    assert accepted.status_code == 200 and accepted.json()["email"] == NEWCOMER
    me = client.get("/admin/api/auth/me", headers=bearer(client, NEWCOMER, NEW_PASSWORD)).json()
    assert me["role"] == "auditor" and me["pending"] is None
    (invited,) = admin_events("user.invited")
    (accepted_event,) = admin_events("user.invitation_accepted")
    logged = json.dumps([invited, accepted_event])
    assert token_of(invitation) not in logged and NEW_PASSWORD not in logged
    assert invited["after"]["role"] == "auditor" and accepted_event["target_id"] == invitation["user"]["id"]


def test_a_link_works_once(client):
    admin = bearer(client, "admin@example.org")
    invitation = invite(client, admin, NEWCOMER)
    assert accept(client, invitation, NEW_PASSWORD).status_code == 200
    again = accept(client, invitation, "someone else's password")
    assert again.status_code == 404 and again.json()["error"]["code"] == "invitation_invalid"
    assert login(client, NEWCOMER, NEW_PASSWORD).status_code == 200


def test_an_expired_link_is_refused(client, deployment):
    admin = bearer(client, "admin@example.org")
    invitation = invite(client, admin, NEWCOMER)
    with deployment.sessions()() as session, session.begin():
        session.execute(update(UserInvitation).values(expires_at=utcnow() - timedelta(seconds=1)))
    refused = accept(client, invitation, NEW_PASSWORD)
    assert refused.status_code == 404 and refused.json()["error"]["code"] == "invitation_invalid"


def test_a_weak_password_is_refused_and_the_link_still_works(client):
    admin = bearer(client, "admin@example.org")
    invitation = invite(client, admin, NEWCOMER)
    weak = accept(client, invitation, "short")
    assert weak.status_code == 400 and weak.json()["error"]["code"] == "weak_password"
    assert accept(client, invitation, NEW_PASSWORD).status_code == 200


def test_an_administrator_cannot_choose_a_password(client):
    admin = bearer(client, "admin@example.org")
    response = client.post("/admin/api/users", json={"email": NEWCOMER, "role": "viewer", "password": PASSWORD},
                           headers=admin)
    assert response.status_code == 400 and response.json()["error"]["param"] == "password"


def test_a_reset_ends_the_password_and_sessions_and_replaces_older_links(client, admin_events):
    admin = bearer(client, "admin@example.org")
    viewer_headers = bearer(client, "viewer@example.org")
    viewer_id = user_id(client, admin, "viewer@example.org")
    first = client.post(f"/admin/api/users/{viewer_id}/reset", headers=admin)
    second = client.post(f"/admin/api/users/{viewer_id}/reset", headers=admin)
    assert first.status_code == 200 and second.status_code == 200
    assert client.get("/admin/api/auth/me", headers=viewer_headers).json()["error"]["code"] == "invalid_session"
    assert login(client, "viewer@example.org").json()["error"]["code"] == "invalid_credentials"
    assert accept(client, first.json(), NEW_PASSWORD).json()["error"]["code"] == "invitation_invalid"
    assert accept(client, second.json(), NEW_PASSWORD).status_code == 200
    assert login(client, "viewer@example.org", NEW_PASSWORD).status_code == 200
    events = admin_events("user.credentials_reset")
    assert [e["target_id"] for e in events] == [viewer_id, viewer_id]
    assert token_of(second.json()) not in json.dumps(events)


def test_nobody_resets_their_own_account(client):
    admin = bearer(client, "admin@example.org")
    refused = client.post(f"/admin/api/users/{user_id(client, admin, 'admin@example.org')}/reset", headers=admin)
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "cannot_reset_self"


def test_a_tenant_admin_invites_into_their_tenant_only(client):
    tenant_admin = bearer(client, "tenant-admin@example.org")
    invitation = invite(client, tenant_admin, NEWCOMER)
    assert invitation["user"]["tenant_id"] is not None
    outsider = user_id(client, bearer(client, "admin@example.org"), "viewer@example.org")
    refused = client.post(f"/admin/api/users/{outsider}/reset", headers=tenant_admin)
    assert refused.status_code == 404 and refused.json()["error"]["code"] == "user_not_found"


def test_other_roles_cannot_invite_or_reset(client):
    for email in ("viewer@example.org", "policy_approver@example.org", "auditor@example.org"):
        headers = bearer(client, email)
        response = client.post("/admin/api/users", json={"email": NEWCOMER, "role": "admin"}, headers=headers)
        assert response.status_code == 403 and response.json()["error"]["code"] == "forbidden"


def test_malformed_invitation_bodies_are_client_errors(client):
    for body in ({"token": "nope", "password": NEW_PASSWORD}, {"token": 5}, {"password": "x" * 2000, "token": "a"}):
        response = client.post("/admin/api/invitations/accept", json=body)
        assert response.status_code in (400, 404), response.text


def test_links_use_the_public_address_when_one_is_set(deployment):
    from tests.gateway.accounts.conftest import make_client

    with make_client(deployment, public_url="https://sluice.example.com/") as client:
        invitation = invite(client, bearer(client, "admin@example.org"), NEWCOMER)
    assert invitation["invitation_url"].startswith("https://sluice.example.com/console/invitation/inv_")
