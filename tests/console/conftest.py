"""Console fixtures: one migrated database and app per test run, a user of every role, and
clients signed in through the real sign-in form."""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from sluice.gateway.users.roles import Role

PASSWORD = "console-test-password"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_of(html: str) -> str:
    match = CSRF.search(html)
    assert match, "page has no CSRF field"
    return match.group(1)


class Console:
    """A browser-like client signed in to the console as one user."""

    def __init__(self, client: TestClient, email: str):
        self.client = client
        self.email = email
        self.csrf = ""

    def sign_in(self, password: str = PASSWORD, follow: bool = False):
        page = self.client.get("/console/sign-in")
        response = self.client.post("/console/sign-in", data={"email": self.email, "password": password,
                                                               "csrf_token": csrf_of(page.text)},
                                    follow_redirects=follow)
        if response.status_code == 303:
            self.csrf = csrf_of(self.client.get("/console").text)
        return response

    def get(self, path: str, **kw):
        return self.client.get(path, follow_redirects=False, **kw)

    def post(self, path: str, data: dict | None = None, *, csrf: bool = True):
        body = dict(data or {})
        if csrf:
            body.setdefault("csrf_token", self.csrf)
        return self.client.post(path, data=body, follow_redirects=False)


@pytest.fixture(scope="session")
def console_db(tmp_path_factory) -> str:
    from sluice.gateway.database import make_engine
    from sluice.gateway.migrate import upgrade

    url = f"sqlite:///{tmp_path_factory.mktemp('console') / 'console.db'}"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    return url


@pytest.fixture(scope="session")
def console_app(console_db, tmp_path_factory):
    from sluice.gateway.app import create_app
    from tests.conftest import make_settings

    data_dir = tmp_path_factory.mktemp("console-data")
    settings = make_settings(database_url=console_db, data_dir=data_dir, login_max_failures=3)
    return create_app(settings)


@pytest.fixture(scope="session")
def seeded(console_app) -> dict[str, str]:
    """A tenant ``acme``, one user per role (deployment-wide) and an admin limited to ``acme``
    (``tenant_admin``); returns role -> e-mail."""
    from sluice.gateway.database import transaction
    from sluice.gateway.tenants.service import create_tenant
    from sluice.gateway.users.service import create_user

    emails = {}
    with transaction(console_app.state.services.sessions) as session:
        acme = create_tenant(session=session, name="acme", display_name="Acme Insurance")
        for role in Role:
            emails[role.value] = f"{role.value.replace('_', '-')}@console.test"
            create_user(session=session, email=emails[role.value], password=PASSWORD, role=role)
        emails["approver2"] = "approver-two@console.test"
        create_user(session=session, email=emails["approver2"], password=PASSWORD, role=Role.POLICY_APPROVER)
        emails["tenant_admin"] = "acme-admin@console.test"
        create_user(session=session, email=emails["tenant_admin"], password=PASSWORD, role=Role.ADMIN,
                    tenant_id=acme.id)
    return emails


@pytest.fixture
def anonymous(console_app):
    with TestClient(console_app) as client:
        yield Console(client, "")


@pytest.fixture(scope="session")
def session_tokens() -> dict[str, str]:
    """Session cookies per role, reused across tests while they stay valid (sign-in hashes are slow)."""
    return {}


@pytest.fixture
def signed_in(console_app, seeded, session_tokens) -> Callable[[str], Console]:
    """``signed_in("auditor")`` -> a Console signed in as that role's user."""
    clients: list[TestClient] = []

    def make(role: str) -> Console:
        client = TestClient(console_app)
        client.__enter__()
        clients.append(client)
        console = Console(client, seeded[role])
        if role in session_tokens:
            client.cookies.set("sluice_session", session_tokens[role])
            page = client.get("/console", follow_redirects=False)
            if page.status_code == 200:
                console.csrf = csrf_of(page.text)
                return console
            client.cookies.clear()
        response = console.sign_in()
        assert response.status_code == 303, response.text
        session_tokens[role] = client.cookies.get("sluice_session")
        return console

    yield make
    for client in clients:
        client.__exit__(None, None, None)


@pytest.fixture
def new_user(console_app):
    """A fresh user (for tests that lock or disable accounts)."""
    from sluice.gateway.database import transaction
    from sluice.gateway.users.service import create_user

    def make(role: Role = Role.VIEWER) -> str:
        email = f"u{secrets.token_hex(4)}@console.test"
        with transaction(console_app.state.services.sessions) as session:
            create_user(session=session, email=email, password=PASSWORD, role=role)
        return email

    return make


@pytest.fixture
def audit_actions(console_app) -> Callable[[], list[str]]:
    """The actions of the administrative audit events recorded so far, oldest first."""
    from sqlalchemy import select

    from sluice.audit.storage.models import EventRow

    def read() -> list[str]:
        with console_app.state.services.sessions() as session:
            return list(session.scalars(select(EventRow.action).where(EventRow.kind == "admin")
                                        .order_by(EventRow.seq)))

    return read


@pytest.fixture
def admin_events(console_app) -> Callable[[str], list[dict]]:
    """The administrative audit events of one action, oldest first, as stored."""
    import json

    from sqlalchemy import select

    from sluice.audit.storage.models import EventRow

    def read(action: str) -> list[dict]:
        with console_app.state.services.sessions() as session:
            rows = session.scalars(select(EventRow.entry).where(EventRow.action == action).order_by(EventRow.seq))
            return [json.loads(bytes(entry)) for entry in rows]

    return read


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A real Sluice server (with an emulated upstream) for the browser tests of one module."""
    from tests.console import browser

    site = browser.start_site(tmp_path_factory.mktemp("browser"))
    yield site
    for stop in site.stops:
        stop()
