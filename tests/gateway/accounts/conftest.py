"""An app over the access tests' migrated SQLite deployment (users of every role), driven through the
admin API with the official test client, plus helpers for invitations and sign-ins."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from sluice.gateway.app import create_app
from tests.conftest import make_settings
from tests.gateway.access.conftest import PASSWORD, admin_events, deployment  # noqa: F401  (fixtures)

NEW_PASSWORD = "a different long password"


def make_client(deployment, **settings) -> TestClient:  # noqa: F811
    app = create_app(make_settings(database_url=deployment.url, data_dir=deployment.data_dir, **settings))
    return TestClient(app)


@pytest.fixture
def client(deployment):  # noqa: F811
    with make_client(deployment, login_max_failures=3) as c:
        yield c


def login(client, email: str, password: str = PASSWORD, **extra):
    response = client.post("/admin/api/auth/login", json={"email": email, "password": password, **extra})
    client.cookies.clear()
    return response


def bearer(client, email: str, password: str = PASSWORD, **extra) -> dict:
    response = login(client, email, password, **extra)
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['token']}"}


def token_of(invitation: dict) -> str:
    return invitation["invitation_url"].rsplit("/", 1)[1]


def invite(client, admin: dict, email: str, role: str = "viewer", **extra) -> dict:
    response = client.post("/admin/api/users", json={"email": email, "role": role, **extra}, headers=admin)
    assert response.status_code == 201, response.text
    return response.json()


def accept(client, invitation: dict, password: str = PASSWORD):
    return client.post("/admin/api/invitations/accept", json={"token": token_of(invitation), "password": password})


def user_id(client, admin: dict, email: str) -> str:
    return next(u["id"] for u in client.get("/admin/api/users", headers=admin).json() if u["email"] == email)
