"""Tenant isolation: a tenant-bound user sees and changes only their tenant's policies; the
deployment default is readable by all and changeable only by deployment-wide users."""

from __future__ import annotations

import pytest

from sluice.gateway.users.roles import Role
from tests.gateway.policies.conftest import STRICT_YAML

BASE = "/admin/api/policies"


@pytest.fixture
def world(client, people, tenants):
    acme_author = people.make(Role.POLICY_AUTHOR, tenants["acme"])
    globex_author = people.make(Role.POLICY_AUTHOR, tenants["globex"])
    root = people.make(Role.POLICY_AUTHOR)
    acme = client.post(BASE, json={"name": "acme-policy", "source": STRICT_YAML}, headers=acme_author.headers)
    globex = client.post(BASE, json={"name": "globex-policy", "source": STRICT_YAML}, headers=globex_author.headers)
    default = client.post(BASE, json={"name": "deployment", "source": STRICT_YAML}, headers=root.headers)
    assert {acme.status_code, globex.status_code, default.status_code} == {201}
    return {"acme_author": acme_author, "globex_author": globex_author, "root": root, "acme": acme.json(),
            "globex": globex.json(), "default": default.json()}


def test_policies_are_created_in_the_authors_own_tenant(world, tenants):
    assert world["acme"]["tenant_id"] == tenants["acme"]
    assert world["globex"]["tenant_id"] == tenants["globex"]
    assert world["default"]["tenant_id"] is None and world["default"]["is_deployment_default"]


def test_listing_shows_own_tenant_and_the_deployment_default_only(client, world):
    listed = client.get(BASE, headers=world["acme_author"].headers).json()
    assert {p["name"] for p in listed} == {"acme-policy", "deployment"}
    everything = client.get(BASE, headers=world["root"].headers).json()
    assert {p["name"] for p in everything} == {"acme-policy", "globex-policy", "deployment"}


def test_another_tenants_policy_is_not_found_for_every_route(client, world):
    other = world["globex"]["id"]
    headers = world["acme_author"].headers
    for method, path in [("GET", f"/{other}"), ("GET", f"/{other}/history"), ("GET", f"/{other}/diff"),
                         ("GET", f"/{other}/versions/1"), ("POST", f"/{other}/submit"),
                         ("DELETE", f"/{other}/draft")]:
        response = client.request(method, BASE + path, headers=headers)
        assert response.status_code == 404, (method, path)
        assert response.json()["error"]["code"] == "policy_not_found"
    edit = client.put(f"{BASE}/{other}/draft", json={"source": STRICT_YAML}, headers=headers)
    assert edit.status_code == 404


def test_tenant_approver_cannot_review_another_tenants_version(client, world, people, tenants):
    client.post(f"{BASE}/{world['globex']['id']}/submit", headers=world["globex_author"].headers)
    approver = people.make(Role.POLICY_APPROVER, tenants["acme"])
    response = client.post(f"{BASE}/{world['globex']['id']}/versions/1/approve", headers=approver.headers)
    assert response.status_code == 404


def test_a_tenant_user_cannot_create_policies_for_another_tenant(client, world, tenants):
    response = client.post(BASE, json={"name": "sneaky", "tenant_id": tenants["globex"], "source": STRICT_YAML},
                           headers=world["acme_author"].headers)
    assert response.status_code in (400, 403, 404)
    names = {p["name"] for p in client.get(BASE, headers=world["root"].headers).json()}
    assert "sneaky" not in names


def test_the_deployment_default_is_read_only_for_tenant_users(client, world):
    default = world["default"]["id"]
    headers = world["acme_author"].headers
    assert client.get(f"{BASE}/{default}", headers=headers).status_code == 200
    edit = client.put(f"{BASE}/{default}/draft", json={"source": STRICT_YAML}, headers=headers)
    assert edit.status_code == 403
    assert client.post(f"{BASE}/{default}/submit", headers=headers).status_code == 403


def test_a_tenant_without_a_policy_falls_back_to_the_deployment_default(client, world, people, tenants):
    approver = people.make(Role.POLICY_APPROVER)
    default = world["default"]["id"]
    client.post(f"{BASE}/{default}/submit", headers=world["root"].headers)
    client.post(f"{BASE}/{default}/versions/1/approve", headers=approver.headers)
    assert client.post(f"{BASE}/{default}/versions/1/activate", headers=approver.headers).status_code == 200
    effective = client.get(f"{BASE}/effective", headers=world["globex_author"].headers).json()
    assert effective["origin"] == "deployment_default" and effective["policy_id"] == default
    # A tenant-bound user asking about another tenant gets their own tenant's answer.
    asked = client.get(f"{BASE}/effective", params={"tenant_id": tenants["acme"]},
                       headers=world["globex_author"].headers).json()
    assert asked["tenant_id"] == tenants["globex"]


def test_asking_about_other_tenants_reveals_nothing_about_them(client, world):
    headers = world["acme_author"].headers
    for ref in ("globex", "no-such-tenant"):
        listed = client.get(BASE, params={"tenant_id": ref}, headers=headers)
        assert listed.status_code == 200 and {p["name"] for p in listed.json()} == {"acme-policy", "deployment"}
        assert client.get(f"{BASE}/effective", params={"tenant_id": ref}, headers=headers).status_code == 200
