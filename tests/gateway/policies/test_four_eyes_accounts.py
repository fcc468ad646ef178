"""Four-eyes across accounts: an administrator cannot get round it by inviting, resetting or
re-roling a second account, and a new approver cannot approve what was written before they became one."""

from __future__ import annotations

from sluice.gateway.users.roles import Role
from tests.gateway.policies.conftest import STRICT_YAML

BASE = "/admin/api/policies"
PASSWORD = "a long enough password"


def _submitted(client, author_headers, tenant_id) -> str:
    created = client.post(BASE, json={"name": "p", "tenant_id": tenant_id, "source": STRICT_YAML},
                          headers=author_headers)
    assert created.status_code == 201, created.text
    policy_id = created.json()["id"]
    assert client.post(f"{BASE}/{policy_id}/submit", headers=author_headers).status_code == 200
    return policy_id


def _account(client, admin_headers, email: str, role: str) -> dict:
    """Invite an account, accept the invitation (as whoever holds the link) and sign in as it."""
    invitation = client.post("/admin/api/users", json={"email": email, "role": role}, headers=admin_headers).json()
    token = invitation["invitation_url"].rsplit("/", 1)[1]
    assert client.post("/admin/api/invitations/accept", json={"token": token, "password": PASSWORD}).status_code == 200
    signed_in = client.post("/admin/api/auth/login", json={"email": email, "password": PASSWORD})
    client.cookies.clear()
    return {"id": invitation["user"]["id"], "headers": {"Authorization": f"Bearer {signed_in.json()['token']}"}}


def _approve(client, policy_id, headers):
    return client.post(f"{BASE}/{policy_id}/versions/1/approve", json={"comment": "ok"}, headers=headers)


def _refused(response) -> bool:
    return response.status_code == 403 and response.json()["error"]["code"] == "four_eyes_violation"


def test_an_approver_the_author_invited_cannot_approve(client, people, tenants):
    admin = people.make(Role.ADMIN)
    puppet = _account(client, admin.headers, "puppet@example.org", "policy_approver")
    policy_id = _submitted(client, admin.headers, tenants["acme"])
    refused = _approve(client, policy_id, puppet["headers"])
    assert _refused(refused) and "created, invited, reset" in refused.json()["error"]["message"]
    assert _approve(client, policy_id, people.make(Role.POLICY_APPROVER).headers).status_code == 200


def test_an_approver_whose_account_the_author_reset_cannot_approve(client, people, tenants):
    admin = people.make(Role.ADMIN)
    approver = people.make(Role.POLICY_APPROVER)
    reset = client.post(f"/admin/api/users/{approver.principal.user_id}/reset", headers=admin.headers).json()
    token = reset["invitation_url"].rsplit("/", 1)[1]
    assert client.post("/admin/api/invitations/accept", json={"token": token, "password": PASSWORD}).status_code == 200
    signed_in = client.post("/admin/api/auth/login", json={"email": approver.principal.email, "password": PASSWORD})
    client.cookies.clear()
    policy_id = _submitted(client, admin.headers, tenants["acme"])
    assert _refused(_approve(client, policy_id, {"Authorization": f"Bearer {signed_in.json()['token']}"}))


def test_an_admin_cannot_approve_the_work_of_an_author_they_invited(client, people, tenants):
    admin = people.make(Role.ADMIN)
    author = _account(client, admin.headers, "ghost@example.org", "policy_author")
    policy_id = _submitted(client, author["headers"], tenants["acme"])
    assert _refused(_approve(client, policy_id, admin.headers))
    assert _approve(client, policy_id, people.make(Role.POLICY_APPROVER).headers).status_code == 200


def test_a_new_approver_cannot_approve_versions_written_before_the_role_change(client, people, tenants):
    author = people.make(Role.POLICY_AUTHOR, tenants["acme"])
    admin = people.make(Role.ADMIN)
    viewer = people.make(Role.VIEWER)
    policy_id = _submitted(client, author.headers, tenants["acme"])
    changed = client.post(f"/admin/api/users/{viewer.principal.user_id}/role", json={"role": "policy_approver"},
                          headers=admin.headers)
    assert changed.status_code == 200
    refused = _approve(client, policy_id, viewer.headers)
    assert _refused(refused) and "role was changed after" in refused.json()["error"]["message"]
    assert _approve(client, policy_id, people.make(Role.POLICY_APPROVER).headers).status_code == 200


def test_an_admin_cannot_approve_after_promoting_the_author(client, people, tenants):
    admin = people.make(Role.ADMIN)
    author = people.make(Role.VIEWER, tenants["acme"])
    assert client.post(f"/admin/api/users/{author.principal.user_id}/role", json={"role": "policy_author"},
                       headers=admin.headers).status_code == 200
    policy_id = _submitted(client, author.headers, tenants["acme"])
    assert _refused(_approve(client, policy_id, admin.headers))


def test_a_chain_of_invitations_does_not_get_round_four_eyes(client, people, tenants):
    """An admin invites a second admin (holding its link), who invites an approver: still the admin's puppet."""
    admin = people.make(Role.ADMIN)
    deputy = _account(client, admin.headers, "deputy@example.org", "admin")
    approver = _account(client, deputy["headers"], "far-puppet@example.org", "policy_approver")
    policy_id = _submitted(client, admin.headers, tenants["acme"])
    refused = _approve(client, policy_id, approver["headers"])
    assert _refused(refused) and "or of one above it" in refused.json()["error"]["message"]


def test_approvers_and_authors_invited_by_the_same_admin_may_review_each_other(client, people, tenants):
    admin = people.make(Role.ADMIN)
    author = _account(client, admin.headers, "writer@example.org", "policy_author")
    approver = _account(client, admin.headers, "reviewer@example.org", "policy_approver")
    policy_id = _submitted(client, author["headers"], tenants["acme"])
    assert _approve(client, policy_id, approver["headers"]).status_code == 200
