"""A gateway with single sign-on against a real OpenID Connect provider process (``oidc-provider-mock``),
on both database backends, and the steps of a sign-in as a browser would take them."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

from tests.conftest import make_settings
from tests.support.oidc_idp import TestIdp

CLIENT_ID = "sluice-console"
ROLE_MAP = [{"group": "sluice-admins", "role": "admin"},
            {"group": "acme-approvers", "role": "policy_approver", "tenant": "acme"},
            {"group": "ghost-auditors", "role": "auditor", "tenant": "ghost"}]


@pytest.fixture(scope="session")
def idp():
    provider = TestIdp().start()
    yield provider
    provider.stop()


@dataclass
class SsoSite:
    client: TestClient
    ctx: object
    idp: TestIdp
    acme_id: str

    def start(self, client: TestClient | None = None, next_url: str = "/console/audit") -> str:
        """Press the SSO button: the provider's authorization URL."""
        response = (client or self.client).get(f"/console/sso/start?next={next_url}", follow_redirects=False)
        assert response.status_code == 303, response.text
        location = response.headers["location"]
        assert location.startswith(f"{self.idp.issuer}/oauth2/authorize?")
        return location

    def back(self, callback_url: str, client: TestClient | None = None):
        """Follow the provider's redirect to the gateway's callback."""
        parts = urlsplit(callback_url)
        assert parts.path == "/console/sso/callback", callback_url
        return (client or self.client).get(f"{parts.path}?{parts.query}", follow_redirects=False)

    def sign_in(self, sub: str, client: TestClient | None = None):
        return self.back(self.idp.authorize(self.start(client), sub), client)

    def me(self, client: TestClient | None = None):
        return (client or self.client).get("/admin/api/auth/me")

    def audit(self) -> list[tuple[str, bytes]]:
        """The administrative audit events so far: (action, the stored entry), oldest first."""
        from sqlalchemy import select

        from sluice.audit.storage.models import EventRow

        with self.ctx.sessions() as session:
            rows = session.execute(select(EventRow.action, EventRow.entry).where(EventRow.kind == "admin")
                                   .order_by(EventRow.seq)).all()
        return [(action, bytes(entry or b"")) for action, entry in rows]

    def actions(self) -> list[str]:
        return [action for action, _ in self.audit()]


@pytest.fixture
def sso_settings(database_url, idp):
    def make(**overrides):
        values = dict(database_url=database_url, sso_issuer=idp.issuer, sso_client_id=CLIENT_ID,
                      sso_client_secret="console-secret", sso_role_map=ROLE_MAP,
                      sso_scopes=["openid", "email", "profile"])
        return make_settings(**{**values, **overrides})

    return make


@pytest.fixture
def sso_site_factory(db_engine, db_sessions, idp, sso_settings):
    from sluice.gateway.app import create_app
    from sluice.gateway.bootstrap import build_services
    from sluice.gateway.database import transaction
    from sluice.gateway.tenants.service import create_tenant

    clients = []
    with transaction(db_sessions) as session:
        acme_id = create_tenant(session=session, name="acme", display_name="Acme").id

    def make(**overrides) -> SsoSite:
        settings = sso_settings(**overrides)
        ctx = build_services(settings, engine=db_engine, sessions=db_sessions)
        client = TestClient(create_app(settings, services=ctx))
        client.__enter__()
        clients.append(client)
        return SsoSite(client=client, ctx=ctx, idp=idp, acme_id=acme_id)

    yield make
    for client in clients:
        client.__exit__(None, None, None)


@pytest.fixture
def sso_site(sso_site_factory) -> SsoSite:
    return sso_site_factory()
