"""Every route of the real app decides who is calling before it looks at what they sent.

An anonymous caller gets 401 on the admin API and the sign-in redirect on console pages, whatever
the path parameters, query string or body (never 400/422/500, which would tell them what a valid
request looks like); a signed-in user whose role may not use an admin route gets 403 before its
body is read; a cookie session without its CSRF token gets 403 before its body is read.
"""

from __future__ import annotations

import re

import pytest
from fastapi.routing import iter_route_contexts

from sluice.gateway.auth.gated import UngatedRoute, admin_router, route_gates
from sluice.gateway.users.roles import Role
from tests.gateway.admin_helpers import PASSWORD, bearer, seed_users

# Routes anyone may call. Everything else must refuse a caller without a session (or API key).
PUBLIC = {
    ("GET", "/healthz"), ("GET", "/readyz"), ("GET", "/metrics"),
    ("POST", "/admin/api/auth/login"), ("POST", "/admin/api/invitations/accept"),  # the link's token is the proof
    ("GET", "/console/sign-in"), ("POST", "/console/sign-in"), ("POST", "/console/sign-in/code"),
    ("GET", "/console/invitation/{token}"), ("POST", "/console/invitation/{token}"),
    ("GET", "/console/static/{name}"),
    ("GET", "/console/{rest:path}"), ("POST", "/console/{rest:path}"),  # the not-found page
    ("GET", "/console/sso/start"), ("GET", "/console/sso/callback"), ("GET", "/admin/api/auth/sso"),  # SSO
    ("GET", "/scim/v2/ServiceProviderConfig"), ("GET", "/scim/v2/Schemas"), ("GET", "/scim/v2/ResourceTypes"),
}

# Admin routes every signed-in role may use; all others admit only some roles.
OPEN_TO_EVERY_ROLE = {
    ("POST", "/admin/api/auth/logout"), ("GET", "/admin/api/auth/me"), ("POST", "/admin/api/auth/session-tokens"),
    ("POST", "/admin/api/auth/password"), ("POST", "/admin/api/auth/totp/enrol"),
    ("POST", "/admin/api/auth/totp/confirm"), ("POST", "/admin/api/auth/totp/recovery-codes"),
    ("GET", "/admin/api/tenants"), ("GET", "/admin/api/tenants/{tenant_id}"),
    ("GET", "/admin/api/providers"),
    ("GET", "/admin/api/policies/schema"), ("GET", "/admin/api/policies"), ("GET", "/admin/api/policies/effective"),
    ("GET", "/admin/api/policies/{policy_id}"), ("GET", "/admin/api/policies/{policy_id}/versions/{number}"),
    ("GET", "/admin/api/policies/{policy_id}/diff"), ("GET", "/admin/api/policies/{policy_id}/history"),
    ("GET", "/admin/api/evals/suites"), ("GET", "/admin/api/evals/suites/{ref}/probes"),
    ("POST", "/admin/api/evals/suites/validate"), ("GET", "/admin/api/evals/runs"),
    ("GET", "/admin/api/evals/runs/{run_id}"), ("GET", "/admin/api/evals/runs/{run_id}/report"),
    ("GET", "/admin/api/evals/runs/{run_id}/bundle"), ("GET", "/admin/api/evals/compare"),
    ("GET", "/openapi.json"),
}

PLAUSIBLE = {"seq": "1", "number": "1", "model": "sluice-demo"}  # anything else: an id-like string
JUNK_QUERY = "?limit=-1&first=x&second=x&version=x&before_seq=x&tree_size=-1&since=x&format=x&a=&b="
JSON = {"content-type": "application/json"}
BODIES = {
    "json of the wrong shape": {"content": b'{"bogus": 1}', "headers": JSON},
    "invalid json": {"content": b'{"bogus": ', "headers": JSON},
    "form without csrf token": {"data": {"bogus": "1"}},
}
PARAM = re.compile(r"\{([^}:]+)(?::[^}]+)?\}")


def routes(app):
    """(method, path template, route) for every route the app serves, at its full path."""
    for route in iter_route_contexts(app.routes):
        for method in sorted(route.methods or ()):
            yield method, route.path, route


def fill(path: str, *, junk: bool) -> str:
    return PARAM.sub(lambda m: "not-a-number" if junk else PLAUSIBLE.get(m.group(1), "x0123456789"), path)


def variants(path: str):
    """Plausible path values, then (where the path has parameters) values that fail their validation."""
    yield fill(path, junk=False)
    if PARAM.search(path):
        yield fill(path, junk=True)


def refusal_problem(path: str, response) -> str | None:
    """What is wrong with the answer to a caller without session or key; None when it is right."""
    if path.startswith("/admin/api/"):
        if response.status_code == 401 and response.json()["error"]["code"] == "not_signed_in":
            return None
        return f"{response.status_code} {response.text[:120]} (want 401 not_signed_in)"
    if path.startswith("/scim/v2/"):  # SCIM: its own bearer token, its own error format
        body = response.json() if response.headers.get("content-type", "").startswith("application/scim+json") else {}
        if response.status_code == 401 and body.get("status") == "401":
            return None
        return f"{response.status_code} {response.text[:120]} (want a SCIM 401)"
    if path == "/openapi.json" or path.startswith("/docs/"):
        if response.status_code == 401 and response.json()["error"]["code"] == "not_signed_in":
            return None
        return f"{response.status_code} {response.text[:120]} (want 401 not_signed_in)"
    if path == "/docs":
        if response.status_code == 303 and response.headers.get("location") == "/console/sign-in?next=/docs":
            return None
        return f"{response.status_code} (want 303 to the sign-in page)"
    if path == "/console" or path.startswith("/console/"):
        location = response.headers.get("location", "")
        if response.status_code == 303 and location.startswith("/console/sign-in?next="):
            return None
        return f"{response.status_code} {location or response.text[:120]} (want 303 to the sign-in page)"
    return f"{response.status_code}: neither an admin API nor a console route; list it in PUBLIC or protect it"


def test_every_route_refuses_a_caller_without_a_session_before_validating(client):
    problems = []
    for method, path, _ in routes(client.app):
        if (method, path) in PUBLIC or path.startswith("/v1/"):
            continue
        for url in variants(path):
            for name, body in BODIES.items():
                response = client.request(method, url + JUNK_QUERY, follow_redirects=False, **body)
                problem = refusal_problem(path, response)
                if problem:
                    problems.append(f"{method} {url} with {name}: {problem}")
    assert not problems, "\n".join(problems)


def test_api_key_routes_refuse_a_caller_without_a_key(client):
    for method, path, _ in routes(client.app):
        if not path.startswith("/v1/"):
            continue
        for url in variants(path):
            response = client.request(method, url, **BODIES["json of the wrong shape"])
            assert response.status_code == 401, (method, url, response.text)
            assert response.json()["error"]["code"] == "invalid_api_key"


def test_the_public_list_names_only_routes_that_exist(client):
    served = {(method, path) for method, path, _ in routes(client.app)}
    assert PUBLIC <= served, PUBLIC - served


def _admin_routes(app):
    for method, path, route in routes(app):
        if (path.startswith("/admin/api/") or path == "/openapi.json") and (method, path) not in PUBLIC:
            gates = route_gates(route.dependant)
            assert gates is not None, f"{method} {path} declares no signed-in principal"
            yield method, path, {role for role in Role if all(role in gate.allowed for gate in gates)}


def test_admin_routes_open_to_every_role_are_exactly_the_listed_ones(client):
    open_routes = {(method, path) for method, path, allowed in _admin_routes(client.app) if allowed == set(Role)}
    assert open_routes == OPEN_TO_EVERY_ROLE


@pytest.fixture
def role_headers(client, app_ctx):
    seed_users(app_ctx.sessions)
    return {role: bearer(client, f"{role.value}@example.org") for role in Role}


def test_a_role_that_may_not_use_an_admin_route_gets_403_before_validation(client, role_headers):
    problems = []
    for method, path, allowed in _admin_routes(client.app):
        for role in set(Role) - allowed:
            for url in variants(path):
                for name in ("json of the wrong shape", "invalid json"):
                    response = client.request(method, url + JUNK_QUERY, headers={**role_headers[role], **JSON},
                                              content=BODIES[name]["content"])
                    if response.status_code != 403 or response.json()["error"]["code"] != "forbidden":
                        problems.append(f"{role.value}: {method} {url} with {name}: {response.status_code} "
                                        f"{response.text[:120]}")
    assert not problems, "\n".join(problems)


def test_a_cookie_session_without_csrf_token_gets_403_before_validation(client, app_ctx):
    seed_users(app_ctx.sessions)
    login = client.post("/admin/api/auth/login", json={"email": "admin@example.org", "password": PASSWORD})
    assert login.status_code == 200, login.text
    problems = []
    for method, path, _ in _admin_routes(client.app):
        if method in ("GET", "HEAD"):
            continue
        for url in variants(path):
            response = client.request(method, url, **BODIES["invalid json"])
            if response.status_code != 403 or response.json()["error"]["code"] != "csrf_failed":
                problems.append(f"{method} {url}: {response.status_code} {response.text[:120]}")
    assert not problems, "\n".join(problems)


def test_an_admin_route_without_a_signed_in_principal_cannot_be_declared():
    router = admin_router(prefix="/admin/api/example", tags=["example"])
    with pytest.raises(UngatedRoute, match="/admin/api/example"):
        @router.get("")
        def index() -> dict:
            return {}
