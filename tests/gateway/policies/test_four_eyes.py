"""Four-eyes: nobody approves or rejects a version they wrote or submitted, whatever their role."""

from __future__ import annotations

import pytest

from sluice.gateway.users.roles import Role
from tests.gateway.policies.conftest import RELAXED_YAML, STRICT_YAML

BASE = "/admin/api/policies"


def _submitted(client, author, tenant_id):
    created = client.post(BASE, json={"name": "p", "tenant_id": tenant_id, "source": STRICT_YAML},
                          headers=author.headers)
    assert created.status_code == 201, created.text
    policy_id = created.json()["id"]
    assert client.post(f"{BASE}/{policy_id}/submit", headers=author.headers).status_code == 200
    return policy_id


@pytest.mark.parametrize("verdict", ["approve", "reject"])
def test_an_admin_cannot_review_their_own_version(client, people, tenants, verdict):
    admin = people.make(Role.ADMIN)
    policy_id = _submitted(client, admin, tenants["acme"])
    response = client.post(f"{BASE}/{policy_id}/versions/1/{verdict}", json={"comment": "fine by me"},
                           headers=admin.headers)
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "four_eyes_violation"
    shown = client.get(f"{BASE}/{policy_id}/versions/1", headers=admin.headers).json()
    assert shown["status"] == "in_review" and shown["reviewed_by"] is None


def test_an_author_cannot_approve_at_all(client, people, tenants):
    author = people.make(Role.POLICY_AUTHOR, tenants["acme"])
    policy_id = _submitted(client, author, tenants["acme"])
    response = client.post(f"{BASE}/{policy_id}/versions/1/approve", headers=author.headers)
    assert response.status_code == 403 and response.json()["error"]["code"] == "forbidden"


def test_an_approver_who_edited_the_draft_cannot_approve_it(client, people, tenants):
    """An admin edits an author's draft; the admin's change needs someone else's eyes too."""
    author = people.make(Role.POLICY_AUTHOR, tenants["acme"])
    admin = people.make(Role.ADMIN)
    created = client.post(BASE, json={"name": "p", "tenant_id": tenants["acme"], "source": STRICT_YAML},
                          headers=author.headers).json()
    assert client.put(f"{BASE}/{created['id']}/draft", json={"source": RELAXED_YAML},
                      headers=admin.headers).status_code == 200
    client.post(f"{BASE}/{created['id']}/submit", headers=author.headers)
    refused = client.post(f"{BASE}/{created['id']}/versions/1/approve", headers=admin.headers)
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "four_eyes_violation"
    other = people.make(Role.POLICY_APPROVER)
    assert client.post(f"{BASE}/{created['id']}/versions/1/approve", headers=other.headers).status_code == 200


def test_a_different_admin_may_approve_an_admins_version(client, people, tenants):
    first, second = people.make(Role.ADMIN), people.make(Role.ADMIN)
    policy_id = _submitted(client, first, tenants["acme"])
    response = client.post(f"{BASE}/{policy_id}/versions/1/approve", headers=second.headers)
    assert response.status_code == 200 and response.json()["reviewed_by"] == second.principal.email


def test_a_version_is_reviewed_once(client, people, tenants):
    author = people.make(Role.POLICY_AUTHOR)
    policy_id = _submitted(client, author, tenants["acme"])
    approver = people.make(Role.POLICY_APPROVER)
    assert client.post(f"{BASE}/{policy_id}/versions/1/approve", headers=approver.headers).status_code == 200
    again = client.post(f"{BASE}/{policy_id}/versions/1/reject", json={"comment": "changed my mind"},
                        headers=approver.headers)
    assert again.status_code == 409 and again.json()["error"]["code"] == "version_not_in_review"


def test_a_draft_cannot_be_approved_before_submission(client, people, tenants):
    author = people.make(Role.POLICY_AUTHOR)
    created = client.post(BASE, json={"name": "p", "tenant_id": tenants["acme"], "source": STRICT_YAML},
                          headers=author.headers).json()
    approver = people.make(Role.POLICY_APPROVER)
    response = client.post(f"{BASE}/{created['id']}/versions/1/approve", headers=approver.headers)
    assert response.status_code == 409 and response.json()["error"]["code"] == "version_not_in_review"
