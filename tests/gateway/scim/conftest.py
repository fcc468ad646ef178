"""A real gateway server (uvicorn on a free port) on each database backend, a SCIM token for it, and
SCIM clients: PyPI's ``scim2-client`` and a plain HTTP client sending what Okta and Entra ID send."""

from __future__ import annotations

from dataclasses import dataclass

import httpx
import pytest

from tests.conftest import make_settings
from tests.support.servers import ServerThread

ROLE_MAP = [{"group": "sluice-admins", "role": "admin"},
            {"group": "scim-acme-approvers", "role": "policy_approver", "tenant": "scim-acme"}]
GLASS = "glass@acme.test"


@dataclass
class ScimSite:
    url: str
    token: str
    ctx: object

    @property
    def base(self) -> str:
        return f"{self.url}/scim/v2"

    def http(self, token: str | None = None) -> httpx.Client:
        """What an identity provider's SCIM connector sends: JSON with a bearer token."""
        return httpx.Client(base_url=self.base, timeout=10, headers={
            "authorization": f"Bearer {token or self.token}", "content-type": "application/scim+json"})

    def session_for(self, email: str) -> str:
        """Sign the user in (as SSO would) and return the session token."""
        from datetime import timedelta

        from sluice.gateway.database import transaction
        from sluice.gateway.identity.accounts import find_by_email
        from sluice.gateway.users.service import open_session

        with transaction(self.ctx.sessions) as session:
            user = find_by_email(session=session, email=email)
            return open_session(session=session, user=user, secret=self.ctx.settings.secret_bytes,
                                ttl=timedelta(hours=1)).token

    def me(self, session_token: str) -> httpx.Response:
        return httpx.get(f"{self.url}/admin/api/auth/me", headers={"authorization": f"Bearer {session_token}"})

    def user(self, email: str):
        from sluice.gateway.identity.accounts import find_by_email

        with self.ctx.sessions() as session:
            return find_by_email(session=session, email=email)


@pytest.fixture(scope="session", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def scim_site(request, tmp_path_factory):
    from sluice.gateway.app import create_app
    from sluice.gateway.database import transaction
    from sluice.gateway.scim.tokens import create_token
    from sluice.gateway.tenants.service import create_tenant
    from sluice.gateway.users.service import create_user

    url = request.getfixturevalue(f"{request.param}_url")
    settings = make_settings(database_url=url, data_dir=tmp_path_factory.mktemp("scim"), sso_role_map=ROLE_MAP,
                             sso_break_glass_email=GLASS)
    app = create_app(settings)
    ctx = app.state.services
    with transaction(ctx.sessions) as session:
        create_tenant(session=session, name="scim-acme", display_name="Acme (SCIM tests)")
        create_user(session=session, email=GLASS, password="a-long-enough-password", role="admin")
        token = create_token(session=session, name="okta-test", secret=settings.secret_bytes).token
    server = ServerThread(app).start()
    yield ScimSite(url=server.url, token=token, ctx=ctx)
    server.stop()
