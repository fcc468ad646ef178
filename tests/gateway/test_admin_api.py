"""Every admin route is authorized by role on the server, and tenant-bound users see only their tenant."""

import pytest

from sluice.gateway.users.roles import Role
from tests.gateway.admin_helpers import PASSWORD, bearer, seed_users

ADMIN_ONLY = [
    ("POST", "/admin/api/tenants", {"name": "new-tenant"}),
    ("GET", "/admin/api/keys", None),
    ("POST", "/admin/api/keys", {"tenant_id": "{tenant_id}"}),
    ("GET", "/admin/api/users", None),
    ("POST", "/admin/api/users", {"email": "n@example.org", "role": "viewer"}),
    ("POST", "/admin/api/providers", {"name": "up", "base_url": "http://127.0.0.1:9", "region": "eu-west-1",
                                      "models": ["m"]}),
]
ANY_SIGNED_IN = [("GET", "/admin/api/tenants", None), ("GET", "/admin/api/providers", None),
                 ("GET", "/admin/api/auth/me", None)]


@pytest.fixture
def seeded(client, app_ctx):
    return seed_users(app_ctx.sessions)


def _call(client, method, path, body, headers, ids):
    body = {k: (v.format(**ids) if isinstance(v, str) else v) for k, v in (body or {}).items()} or None
    return client.request(method, path, json=body, headers=headers)


@pytest.mark.parametrize("role", [r for r in Role if r != Role.ADMIN])
def test_non_admin_roles_are_refused_admin_routes(client, seeded, role):
    headers = bearer(client, f"{role.value}@example.org")
    for method, path, body in ADMIN_ONLY:
        response = _call(client, method, path, body, headers, seeded)
        assert response.status_code == 403, (method, path, response.text)
        assert response.json()["error"]["code"] == "forbidden"


def test_admin_may_use_admin_routes(client, seeded):
    headers = bearer(client, "admin@example.org")
    for method, path, body in ADMIN_ONLY:
        response = _call(client, method, path, body, headers, seeded)
        assert response.status_code in (200, 201), (method, path, response.text)


@pytest.mark.parametrize("role", list(Role))
def test_every_role_may_read_shared_views(client, seeded, role):
    headers = bearer(client, f"{role.value}@example.org")
    for method, path, body in ANY_SIGNED_IN:
        assert _call(client, method, path, body, headers, seeded).status_code == 200


def test_unauthenticated_calls_get_401(client, seeded):
    for method, path, body in ADMIN_ONLY + ANY_SIGNED_IN:
        response = _call(client, method, path, body, {}, seeded)
        assert response.status_code == 401, (method, path)
        assert response.json()["error"]["code"] == "not_signed_in"


def test_created_key_is_shown_once(client, seeded):
    headers = bearer(client, "admin@example.org")
    created = client.post("/admin/api/keys", json={"tenant_id": seeded["tenant_id"]}, headers=headers).json()
    assert created["key"].startswith("sk-slc-")
    listed = client.get("/admin/api/keys", headers=headers).json()
    assert all("key" not in k for k in listed)
    assert created["key"] not in str(listed)


def test_revoked_key_shows_as_revoked(client, seeded):
    headers = bearer(client, "admin@example.org")
    created = client.post("/admin/api/keys", json={"tenant_id": seeded["tenant_id"]}, headers=headers).json()
    revoked = client.post(f"/admin/api/keys/{created['id']}/revoke", headers=headers)
    assert revoked.json()["state"] == "revoked"


def test_tenant_admin_sees_and_changes_only_their_tenant(client, seeded):
    admin = bearer(client, "admin@example.org")
    other_key = client.post("/admin/api/keys", json={"tenant_id": seeded["other_tenant_id"]}, headers=admin).json()
    tenant_admin = bearer(client, "tenant-admin@example.org")
    keys = client.get("/admin/api/keys", headers=tenant_admin).json()
    assert all(k["tenant_id"] == seeded["tenant_id"] for k in keys)
    assert client.post(f"/admin/api/keys/{other_key['id']}/revoke", headers=tenant_admin).status_code == 404
    refused = client.post("/admin/api/keys", json={"tenant_id": seeded["other_tenant_id"]}, headers=tenant_admin)
    assert refused.status_code == 404
    tenants = client.get("/admin/api/tenants", headers=tenant_admin).json()
    assert [t["id"] for t in tenants] == [seeded["tenant_id"]]


def test_only_a_deployment_wide_admin_changes_providers_and_tenants_every_tenant_shares(client, seeded):
    admin, tenant_admin = bearer(client, "admin@example.org"), bearer(client, "tenant-admin@example.org")
    provider = {"name": "vendor-x", "kind": "openai", "region": "eu-west-1", "models": ["m"],
                "base_url": "http://127.0.0.1:9/v1"}
    assert client.post("/admin/api/providers", json=provider, headers=admin).status_code == 201
    attempts = [client.post("/admin/api/providers", json={**provider, "name": "vendor-y"}, headers=tenant_admin),
                client.patch("/admin/api/providers/vendor-x", json={"base_url": "http://attacker.test/v1"},
                             headers=tenant_admin),
                client.delete("/admin/api/providers/vendor-x", headers=tenant_admin),
                client.post("/admin/api/tenants", json={"name": "t-own"}, headers=tenant_admin)]
    assert [(r.status_code, r.json()["error"]["code"]) for r in attempts] == [(403, "forbidden")] * 4
    providers = {p["name"]: p for p in client.get("/admin/api/providers", headers=admin).json()}
    assert "vendor-y" not in providers and providers["vendor-x"]["base_url"] == "http://127.0.0.1:9/v1"
    assert client.post("/admin/api/tenants", json={"name": "t-global"}, headers=admin).status_code == 201


def test_a_provider_url_with_credentials_is_refused_and_an_old_one_is_never_shown(client, seeded, app_ctx):
    from sluice.gateway.providers.models import Provider

    admin = bearer(client, "admin@example.org")
    provider = {"name": "vendor-z", "kind": "openai", "region": "eu-west-1", "models": ["m"],
                "base_url": "http://user:s3cret@127.0.0.1:9/v1"}
    refused = client.post("/admin/api/providers", json=provider, headers=admin)
    assert refused.status_code == 400 and refused.json()["error"]["code"] == "invalid_base_url"
    assert "s3cret" not in refused.text
    client.post("/admin/api/providers", json={**provider, "base_url": "http://127.0.0.1:9/v1"}, headers=admin)
    with app_ctx.sessions() as session, session.begin():  # a row written before the rule existed
        session.query(Provider).filter_by(name="vendor-z").one().base_url = "http://user:s3cret@127.0.0.1:9/v1"
    listed = client.get("/admin/api/providers", headers=bearer(client, "auditor@example.org"))
    assert "s3cret" not in listed.text and "http://***@127.0.0.1:9/v1" in listed.text
    changed = client.patch("/admin/api/providers/vendor-z", json={"region": "eu-central-1"}, headers=admin)
    assert changed.status_code == 200 and "s3cret" not in changed.text  # it can still be changed
    again = client.patch("/admin/api/providers/vendor-z", json={"base_url": "http://u:p@127.0.0.1:10/v1"},
                         headers=admin)
    assert again.status_code == 400


def test_cookie_sessions_need_the_csrf_token_for_writes(client, seeded):
    login = client.post("/admin/api/auth/login", json={"email": "admin@example.org", "password": PASSWORD})
    csrf = login.json()["csrf_token"]
    assert "httponly" in login.headers["set-cookie"].lower()
    assert "samesite=strict" in login.headers["set-cookie"].lower()
    refused = client.post("/admin/api/tenants", json={"name": "t-csrf"})
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "csrf_failed"
    accepted = client.post("/admin/api/tenants", json={"name": "t-csrf"}, headers={"x-csrf-token": csrf})
    assert accepted.status_code == 201


def test_login_lockout_through_the_api(client, seeded):
    for _ in range(5):
        client.post("/admin/api/auth/login", json={"email": "viewer@example.org", "password": "wrong password!"})
    locked = client.post("/admin/api/auth/login", json={"email": "viewer@example.org", "password": PASSWORD})
    assert locked.status_code == 401 and locked.json()["error"]["code"] == "account_locked"


def test_logout_ends_the_session(client, seeded):
    headers = bearer(client, "viewer@example.org")
    assert client.post("/admin/api/auth/logout", headers=headers).status_code == 204
    assert client.get("/admin/api/auth/me", headers=headers).status_code == 401


@pytest.mark.parametrize("body", ["{not json", "[]", '{"email": 5}', '{"email": "a@b.c", "password": null}'])
def test_malformed_login_bodies_get_400_not_500(client, body):
    response = client.post("/admin/api/auth/login", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_request"


def test_provider_api_keys_are_never_returned(client, seeded):
    admin = bearer(client, "admin@example.org")
    body = {"name": "cloud", "base_url": "https://api.example.com/v1", "api_key": "sk-upstream-secret-value",
            "region": "eu-west-1", "models": ["gpt-x"]}
    created = client.post("/admin/api/providers", json=body, headers=admin)
    assert created.status_code == 201 and created.json()["has_api_key"] is True
    listed = client.get("/admin/api/providers", headers=admin)
    assert "sk-upstream-secret-value" not in created.text + listed.text


def test_invalid_provider_gets_a_field_error(client, seeded):
    admin = bearer(client, "admin@example.org")
    body = {"name": "bad", "base_url": "ftp://x", "region": "eu", "models": ["m"]}
    response = client.post("/admin/api/providers", json=body, headers=admin)
    assert response.status_code == 400 and response.json()["error"]["param"] == "base_url"
