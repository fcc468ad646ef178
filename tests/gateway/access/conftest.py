"""A migrated SQLite database with a tenant ``acme``, users of every role and one API key, and the
gateway serving it with uvicorn (a real HTTP server)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from sluice.gateway.app import create_app
from sluice.gateway.database import make_engine, session_factory, transaction
from sluice.gateway.keys.service import create_key
from sluice.gateway.migrate import upgrade
from sluice.gateway.tenants.service import create_tenant
from sluice.gateway.users.roles import Role
from sluice.gateway.users.service import create_user
from tests.conftest import TEST_SECRET, make_settings
from tests.support.servers import ServerThread

PASSWORD = "a long enough password"


@dataclass
class Deployment:
    url: str  # the database
    data_dir: object
    key: str  # an active API key of tenant acme
    key_id: str

    def serve(self, **settings) -> ServerThread:
        values = {"database_url": self.url, "data_dir": self.data_dir, **settings}
        return ServerThread(create_app(make_settings(**values)))

    def sessions(self):
        return session_factory(make_engine(self.url))


@pytest.fixture
def deployment(tmp_path) -> Deployment:
    url = f"sqlite:///{tmp_path / 'sluice.db'}"
    engine = make_engine(url)
    upgrade(engine)
    with transaction(session_factory(engine)) as session:
        tenant = create_tenant(session=session, name="acme")
        for role in Role:
            create_user(session=session, email=f"{role.value}@example.org", password=PASSWORD, role=role)
        create_user(session=session, email="tenant-admin@example.org", password=PASSWORD, role=Role.ADMIN,
                    tenant_id=tenant.id)
        issued = create_key(session=session, tenant=tenant, secret=TEST_SECRET.encode(), name="app")
    engine.dispose()
    return Deployment(url=url, data_dir=tmp_path, key=issued.key, key_id=issued.record.id)


@pytest.fixture
def admin_events(deployment) -> Callable[[str], list[dict]]:
    """The administrative audit events of one action, oldest first, as stored."""
    from sluice.audit.storage.models import EventRow

    def read(action: str) -> list[dict]:
        with deployment.sessions()() as session:
            rows = session.scalars(select(EventRow.entry).where(EventRow.action == action).order_by(EventRow.seq))
            return [json.loads(bytes(entry)) for entry in rows]

    return read
