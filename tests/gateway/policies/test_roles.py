"""Every policy route is authorized by role on the server: each role gets 403 where it must."""

from __future__ import annotations

import pytest

from sluice.gateway.users.roles import Role

BASE = "/admin/api/policies"

QUIET_POLICY = {
    "input": {name: {"enabled": False} for name in ("pii", "content", "words", "topics", "injection")},
    "output": {name: {"enabled": False} for name in ("pii", "content", "words", "refusal")},
}

READ = {Role.ADMIN, Role.POLICY_AUTHOR, Role.POLICY_APPROVER, Role.AUDITOR, Role.VIEWER}
WRITE = {Role.ADMIN, Role.POLICY_AUTHOR}
REVIEW = {Role.ADMIN, Role.POLICY_APPROVER}
SIMULATE = {Role.ADMIN, Role.POLICY_AUTHOR, Role.POLICY_APPROVER, Role.AUDITOR}

ROUTES = [
    ("GET", "", None, READ),
    ("GET", "/schema", None, READ),
    ("GET", "/effective", None, READ),
    ("GET", "/{id}", None, READ),
    ("GET", "/{id}/versions/1", None, READ),
    ("GET", "/{id}/diff", None, READ),
    ("GET", "/{id}/history", None, READ),
    ("POST", "", {"name": "another", "tenant_id": "{tenant}", "document": QUIET_POLICY}, WRITE),
    ("PUT", "/{id}/draft", {"document": QUIET_POLICY}, WRITE),
    ("DELETE", "/{id}/draft", None, WRITE),
    ("POST", "/{id}/submit", None, WRITE),
    ("POST", "/{id}/versions/1/approve", {"comment": "ok"}, REVIEW),
    ("POST", "/{id}/versions/1/reject", {"comment": "no"}, REVIEW),
    ("POST", "/{id}/versions/1/activate", None, REVIEW),
    ("POST", "/{id}/rollback", {"comment": "back"}, REVIEW),
    ("POST", "/{id}/simulate", {"text": "hello"}, SIMULATE),
]


@pytest.fixture
def policy(client, people, tenants):
    author = people.make(Role.POLICY_AUTHOR, tenants["acme"])
    created = client.post(BASE, json={"name": "quiet", "tenant_id": tenants["acme"], "document": QUIET_POLICY},
                          headers=author.headers)
    assert created.status_code == 201, created.text
    return {"id": created.json()["id"], "tenant": tenants["acme"]}


def _call(client, method, path, body, headers, ids):
    path = BASE + path.format(**ids)
    if isinstance(body, dict):
        body = {k: v.format(**ids) if isinstance(v, str) else v for k, v in body.items()}
    return client.request(method, path, json=body, headers=headers)


@pytest.mark.parametrize("role", list(Role))
def test_each_role_is_refused_exactly_the_routes_it_lacks(client, people, policy, role):
    actor = people.make(role)
    for method, path, body, allowed in ROUTES:
        response = _call(client, method, path, body, actor.headers, policy)
        if role in allowed:
            assert response.status_code != 403 or response.json()["error"]["code"] == "four_eyes_violation", \
                (role, method, path, response.text)
            assert response.status_code < 500, (role, method, path, response.text)
        else:
            assert response.status_code == 403, (role, method, path, response.text)
            assert response.json()["error"]["code"] == "forbidden"


def test_signed_out_callers_get_401_everywhere(client, policy):
    for method, path, body, _ in ROUTES:
        response = _call(client, method, path, body, {}, policy)
        assert response.status_code == 401, (method, path)
