"""A real Sluice gateway on a local port, with committed data, for tests that use real HTTP clients.

Each harness creates its own tenant, API key and providers with unique names and removes them when
it stops, so harnesses on the shared test databases do not see each other's models.
"""

from __future__ import annotations

import secrets

from sluice.gateway.app import create_app
from sluice.gateway.database import make_engine, session_factory, transaction
from sluice.gateway.keys.service import create_key
from sluice.gateway.providers.models import Provider
from sluice.gateway.providers.service import create_provider, get_provider, update_provider
from sluice.gateway.tenants.models import Tenant
from sluice.gateway.tenants.service import create_tenant
from tests.support.servers import ServerThread

FAST_RETRIES = {"default_rpm": 0, "provider_refresh_s": 0.0, "retry_backoff_s": 0.01,
                "retry_backoff_max_s": 0.05, "breaker_failures": 3, "breaker_cooldown_s": 0.5}


class GatewayHarness:
    def __init__(self, database_url: str, settings_factory, *, guardrails=None, breaker_clock=None, **overrides):
        """``guardrails``: put these in place of the tenant policy (e.g. the pass-through seams, for
        tests of the API and provider layer alone); None keeps the deployment's own.
        ``breaker_clock``: the clock the providers' circuit breakers read (a FakeClock moves their
        cool-downs on without sleeping); None keeps the real one."""
        self.settings = settings_factory(database_url=database_url, **{**FAST_RETRIES, **overrides})
        self.engine = make_engine(database_url)
        self.sessions = session_factory(self.engine)
        self.tag = secrets.token_hex(3)
        self._providers: list[str] = []
        with transaction(self.sessions) as session:
            tenant = create_tenant(session=session, name=f"t-{self.tag}")
            self.tenant_id = tenant.id
            self.key = create_key(session=session, tenant=tenant, secret=self.settings.secret_bytes).key
        self.app = create_app(self.settings)
        if guardrails is not None:
            self.app.state.services.guardrails = guardrails
        if breaker_clock is not None:
            self.app.state.services.registry.resources.clock = breaker_clock
        self.server = ServerThread(self.app)

    @property
    def ctx(self):
        return self.app.state.services

    @property
    def base_url(self) -> str:
        return f"{self.server.url}/v1"

    def model(self, name: str) -> str:
        """A model name unique to this harness."""
        return f"{name}-{self.tag}"

    def add_provider(self, name: str, *, base_url: str | None, models: list[str], region: str = "eu-west-1",
                     kind: str = "openai", **options) -> str:
        full = f"{name}-{self.tag}"
        with transaction(self.sessions) as session:
            create_provider(session=session, secret=self.settings.secret_bytes, name=full, kind=kind,
                            region=region, models=models, base_url=base_url, **options)
        self._providers.append(full)
        return full

    def new_key(self, **settings) -> str:
        """Another API key of this harness's tenant, with ``create_key``'s settings."""
        with transaction(self.sessions) as session:
            tenant = session.get(Tenant, self.tenant_id)
            return create_key(session=session, tenant=tenant, secret=self.settings.secret_bytes, **settings).key

    def change_provider(self, name: str, **changes) -> None:
        with transaction(self.sessions) as session:
            update_provider(session=session, provider=get_provider(session=session, ref=name),
                            secret=self.settings.secret_bytes, changes=changes)

    def start(self) -> "GatewayHarness":
        self.server.start()
        return self

    def stop(self) -> None:
        self.server.stop()
        with transaction(self.sessions) as session:
            for name in self._providers:
                row = session.query(Provider).filter_by(name=name).one_or_none()
                if row is not None:
                    session.delete(row)
            tenant = session.get(Tenant, self.tenant_id)
            if tenant is not None:
                session.delete(tenant)
        self.engine.dispose()
