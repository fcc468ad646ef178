"""The admin API for a key's lifecycle: edits audited before and after, rotation with an overlap,
tenant budgets, and refusals with stable codes (never a 500)."""

from __future__ import annotations

import httpx
import pytest

from tests.gateway.access.conftest import PASSWORD


@pytest.fixture
def api(deployment):
    with deployment.serve() as running:
        token = httpx.post(f"{running.url}/admin/api/auth/login",
                           json={"email": "admin@example.org", "password": PASSWORD}).json()["token"]
        with httpx.Client(base_url=running.url, headers={"Authorization": f"Bearer {token}"}, timeout=30) as client:
            yield client


def test_patch_changes_only_the_fields_sent_and_is_audited_before_and_after(api, deployment, admin_events):
    response = api.patch(f"/admin/api/keys/{deployment.key_id}",
                         json={"rpm_limit": 30, "allowed_models": ["m1"], "budget_period": "monthly",
                               "budget_cost": 12.5, "expires_at": "2099-01-01T00:00:00Z"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["name"], body["rpm_limit"], body["allowed_models"], body["budget_cost"]) == ("app", 30, ["m1"], 12.5)
    event = admin_events("key.changed")[-1]
    assert event["before"]["rpm_limit"] is None and event["after"]["rpm_limit"] == 30
    assert event["after"]["budget_cost_micros"] == 12_500_000
    cleared = api.patch(f"/admin/api/keys/{deployment.key_id}", json={"allowed_models": None}).json()
    assert cleared["allowed_models"] is None and cleared["rpm_limit"] == 30


@pytest.mark.parametrize("body, code", [
    ({"allowed_models": []}, "invalid_allowed_models"),
    ({"budget_tokens": 10}, "invalid_budget"),  # no period
    ({"budget_period": "weekly"}, "invalid_request"),
    ({"expires_at": "2001-01-01T00:00:00Z"}, "invalid_expiry"),
    ({"rpm_limit": -1}, "invalid_request"),
    ({"budget_cost": "lots"}, "invalid_request"),
])
def test_bad_changes_are_refused_with_a_stable_code(api, deployment, body, code):
    response = api.patch(f"/admin/api/keys/{deployment.key_id}", json=body)
    assert response.status_code == 400 and response.json()["error"]["code"] == code


def test_rotation_keeps_the_old_key_until_the_overlap_ends(api, deployment, admin_events):
    v1 = {"Authorization": f"Bearer {deployment.key}"}
    response = api.post(f"/admin/api/keys/{deployment.key_id}/rotate", json={"overlap_seconds": 3600})
    assert response.status_code == 201
    new = response.json()
    assert new["key"].startswith("sk-slc-") and new["name"] == "app"
    old = next(k for k in api.get("/admin/api/keys").json() if k["id"] == deployment.key_id)
    assert old["state"] == "rotating" and old["replaced_by_id"] == new["id"] and old["retires_at"]
    assert api.get("/v1/models", headers=v1).status_code == 200  # still works during the overlap
    event = admin_events("key.rotated")[-1]
    assert event["after"]["replacement_id"] == new["id"] and "retires_at" in event["after"]
    again = api.post(f"/admin/api/keys/{deployment.key_id}/rotate", json={"overlap_seconds": 0})
    assert again.status_code == 409 and again.json()["error"]["code"] == "key_not_active"
    too_long = api.post(f"/admin/api/keys/{new['id']}/rotate", json={"overlap_seconds": 31 * 86400})
    assert too_long.status_code == 400


def test_a_rotation_without_overlap_stops_the_old_key_with_api_key_rotated(api, deployment):
    assert api.post(f"/admin/api/keys/{deployment.key_id}/rotate", json={"overlap_seconds": 0}).status_code == 201
    refused = api.get("/v1/models", headers={"Authorization": f"Bearer {deployment.key}"})
    assert refused.status_code == 401 and refused.json()["error"]["code"] == "api_key_rotated"


def test_tenant_budget_is_set_shown_and_removed(api, admin_events):
    response = api.put("/admin/api/budgets/tenants/acme", json={"period": "daily", "tokens": 1000, "cost": 2.5})
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["period"], body["tokens"], body["cost"], body["currency"]) == ("daily", 1000, 2.5, "USD")
    assert {(u["dimension"], u["used"], u["limit"]) for u in body["usage"]} == {("tokens", 0, 1000),
                                                                               ("cost", 0, 2.5)}
    assert admin_events("tenant.budget_changed")[-1]["after"]["tokens"] == 1000
    assert api.get("/admin/api/budgets/tenants/acme").json()["tokens"] == 1000
    bad = api.put("/admin/api/budgets/tenants/acme", json={"tokens": 5})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "invalid_budget"
    removed = api.put("/admin/api/budgets/tenants/acme", json={}).json()
    assert removed["period"] is None and removed["usage"] == []
    assert api.get("/admin/api/budgets/tenants/nope").status_code == 404


def test_a_tenant_administrator_sees_but_cannot_change_the_tenant_budget(deployment):
    with deployment.serve() as running:
        token = httpx.post(f"{running.url}/admin/api/auth/login",
                           json={"email": "tenant-admin@example.org", "password": PASSWORD}).json()["token"]
        headers = {"Authorization": f"Bearer {token}"}
        refused = httpx.put(f"{running.url}/admin/api/budgets/tenants/acme", headers=headers, json={})
        assert refused.status_code == 403 and refused.json()["error"]["code"] == "forbidden"
        assert httpx.get(f"{running.url}/admin/api/budgets/tenants/acme", headers=headers).status_code == 200
