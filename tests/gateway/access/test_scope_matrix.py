"""Every route of the admin API, the audit API and the console, tried by every role at every scope
on objects of its own tenant, of another tenant and of the deployment: no caller is let through
where ``scope_table`` says no, none is refused where it says yes, nothing answers 5xx, and nothing a
tenant-limited user is shown names another tenant's objects.

The routes come from the application's router at test time, so a route added without a row in
``scope_table`` fails :func:`test_every_route_has_a_declared_expectation`.
"""

from __future__ import annotations

import itertools
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pytest
from fastapi.routing import iter_route_contexts
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from sluice.gateway.app import create_app
from sluice.gateway.database import make_engine, session_factory
from tests.conftest import _migrate as migrate
from tests.conftest import POSTGRES_URL, make_settings
from tests.gateway.access.scope_table import OWNERS, TABLE, Rule, Scope
from tests.gateway.access.scope_world import A, B, MODEL, PASSWORD, Caller, Target, World
from tests.support.emulator import EmulatorConfig, serve

PREFIXES = ("/admin/api/", "/console", "/docs", "/openapi.json")
PARAM = re.compile(r"\{([^}:]+)(?::[^}]+)?\}")
FIXED = {"/console/static/{name}": "console.css", "/docs/assets/{name}": "swagger-ui.css",
         "/console/{rest:path}": "no-such-page"}  # parameters that name no object
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
COUNTER = itertools.count()


def served_routes(app) -> list[str]:
    """``METHOD /path`` of every admin API, audit API, console and API-docs route the app serves."""
    found = []
    for route in iter_route_contexts(app.routes):
        if route.path.startswith(PREFIXES):
            found += [f"{method} {route.path}" for method in sorted(route.methods or ())]
    return found


@contextmanager
def database(backend: str, tmp) -> Iterator[str]:
    """A migrated database of its own: a SQLite file, or a new PostgreSQL database dropped afterwards."""
    if backend == "sqlite":
        url = f"sqlite:///{tmp / 'scopes.db'}"
        migrate(url)
        yield url
        return
    server = make_url(POSTGRES_URL)
    name = f"sluice_scopes_{secrets.token_hex(4)}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = server.set(database=name).render_as_string(hide_password=False)
    migrate(url)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def world(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("scopes")
    with database(request.param, tmp) as url:
        engine = make_engine(url)
        _, upstream = serve(EmulatorConfig(models=[MODEL]))
        settings = make_settings(database_url=url, data_dir=tmp, default_rpm=0)
        app = create_app(settings)
        with TestClient(app) as client:
            world = World(session_factory(engine), settings.secret_bytes, upstream.url)
            world.app, world.client = app, client
            for kind, owners in OWNERS.items():  # every list has tenant B's objects in it, to be kept from A
                for owner in owners:
                    world.target(kind, owner)
            world.sessions_of = {caller: sign_in(client, caller) for caller in world.callers}
            yield world
        upstream.stop()
        engine.dispose()


def sign_in(client: TestClient, caller: Caller) -> tuple[str, str]:
    """A new session of the caller: (session token, the console's CSRF token for it)."""
    response = client.post("/admin/api/auth/login", json={"email": caller.email, "password": PASSWORD})
    assert response.status_code == 200, response.text
    token = response.json()["token"]
    client.cookies.clear()
    client.cookies.set("sluice_session", token)
    page = client.get("/console/audit/nowhere")  # the not-found page: the lightest page with the token
    client.cookies.clear()
    return token, CSRF.search(page.text).group(1)


@dataclass
class Attempt:
    caller: Caller
    owner: str | None
    route: str
    status: int
    text: str

    def __str__(self) -> str:
        on = f" on {self.owner}'s object" if self.owner else ""
        return f"{self.caller.label} {self.route}{on}: {self.status} {self.text[:160]!r}"


def _fill(path: str, target: Target | None) -> str:
    def value(match: re.Match) -> str:
        name = match.group(1)
        if path in FIXED:
            return FIXED[path]
        if name == "number":
            return target.extra["number"]
        return target.id

    return PARAM.sub(value, path)


def _unique(value):
    if isinstance(value, str):
        return value.replace("{n}", str(next(COUNTER)))
    if isinstance(value, dict):
        return {k: _unique(v) for k, v in value.items()}
    return value


def attempt(world: World, caller: Caller, route: str, rule: Rule, owner: str | None) -> Attempt:
    method, path = route.split(" ", 1)
    target = world.target(rule.target, owner, fresh=rule.fresh) if rule.target else None
    url = _fill(path, target) + (f"?{rule.query(target)}" if rule.query else "")
    body = _unique(rule.body(target)) if rule.body else None
    client = world.client
    token, csrf = sign_in(client, caller) if rule.ends_session else world.sessions_of[caller]
    if path.startswith("/console"):
        client.cookies.set("sluice_session", token)
        form = {**(body or {}), "csrf_token": csrf}
        response = client.request(method, url, data=form if method == "POST" else None, follow_redirects=False)
    else:
        response = client.request(method, url, json=body if method != "GET" else None,
                                  headers={"Authorization": f"Bearer {token}"}, follow_redirects=False)
    client.cookies.clear()
    return Attempt(caller, owner, route, response.status_code, response.text)


def refused(attempt: Attempt) -> bool:
    """403 (not allowed); 404 for an object that exists but is not the caller's to see; or a form or
    body naming a tenant that is not the caller's, answered as such."""
    if attempt.status in (403, 404):
        return True
    return attempt.status == 400 and ('"code":"tenant_not_found"' in attempt.text
                                      or "Choose one of your tenants" in attempt.text)


def test_every_route_has_a_declared_expectation(world):
    served = set(served_routes(world.app))
    undeclared = sorted(served - TABLE.keys())
    assert not undeclared, "declare who may use these routes in tests/gateway/access/scope_table.py:\n" + \
        "\n".join(undeclared)
    assert not TABLE.keys() - served, f"scope_table names routes the app does not serve: {TABLE.keys() - served}"


@pytest.mark.parametrize("route", [r for r, rule in TABLE.items() if rule.scope is not Scope.PUBLIC])
def test_each_role_at_each_scope_gets_exactly_what_the_table_allows(world, route):
    rule = TABLE[route]
    unexpected_allows, unexpected_refusals, errors, leaks = [], [], [], []
    for caller, owner in itertools.product(world.callers, rule.owners()):
        done = attempt(world, caller, route, rule, owner)
        expected = rule.admits(caller.role, caller.tenant, owner)
        if done.status >= 500 or done.status == 401:
            errors.append(done)
        elif refused(done) and expected:
            unexpected_refusals.append(done)
        elif not refused(done) and not expected:
            unexpected_allows.append(done)
        if caller.tenant == A and done.status < 400:
            named = sorted(s for s in world.secrets_of(B) if s in done.text)
            if named:
                leaks.append(f"{done} shows tenant B's {named}")
    report = [("unexpected allows", unexpected_allows), ("5xx or lost sessions", errors),
              ("unexpected refusals", unexpected_refusals), ("tenant B shown to tenant A", leaks)]
    problems = "\n\n".join(f"{name} ({len(found)}):\n" + "\n".join(map(str, found)) for name, found in report if found)
    assert not problems, problems


@pytest.mark.parametrize("route", ["PATCH /admin/api/providers/{ref}", "POST /console/providers/{ref}/toggle",
                                   "POST /console/providers/{ref}/delete"])
def test_a_tenant_limited_admin_cannot_take_over_a_provider(world, route):
    admin_of_a = next(c for c in world.callers if c.role == "admin" and c.tenant == A)
    done = attempt(world, admin_of_a, route, TABLE[route], "deployment")
    assert done.status == 403, str(done)
    assert "deployment-wide administrator" in done.text
