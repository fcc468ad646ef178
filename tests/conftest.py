"""Shared fixtures: settings, migrated databases (SQLite and the real PostgreSQL), rollback sessions.

Database tests run against both backends through the ``database_url`` fixture. Each test runs in
a transaction that is rolled back at the end (savepoints inside), so tests do not see each other.
"""

from __future__ import annotations

import os
import secrets
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

# The suite imports the project as ``sluice.*`` from the install and its own helpers as ``tests.*``.
# The checkout goes last on the path (child processes inherit it) so that its top-level folders
# never shadow an installed package of the same name (Hugging Face's ``kernels``).
_CHECKOUT = str(Path(__file__).resolve().parents[1])
if _CHECKOUT not in sys.path:
    sys.path.append(_CHECKOUT)

POSTGRES_URL = os.environ.get("SLUICE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("SLUICE_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
TEST_SECRET = "test-secret-" + "s" * 40


def make_settings(**overrides):
    from sluice.gateway.settings import load_settings

    values = {"secret_key": TEST_SECRET, "env": "test", "database_url": "sqlite://", "json_logs": False,
              "builtin_model_dir": None}
    values.update(overrides)
    return load_settings(**values)


@pytest.fixture
def settings_factory():
    return make_settings


def _migrate(url: str) -> None:
    from sluice.gateway.database import make_engine
    from sluice.gateway.migrate import upgrade

    engine = make_engine(url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def sqlite_url(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'sluice.db'}"
    _migrate(url)
    return url


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test run, migrated, dropped afterwards."""
    admin_url = make_url(POSTGRES_URL)
    name = f"sluice_test_{secrets.token_hex(4)}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # the server must be there: .ci/run starts it
        pytest.fail(f"PostgreSQL at {POSTGRES_URL} is not reachable: {exc}")
    url = admin_url.set(database=name).render_as_string(hide_password=False)
    _migrate(url)
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request) -> str:
    return request.getfixturevalue(f"{request.param}_url")


@pytest.fixture
def db_engine(database_url):
    from sluice.gateway.database import make_engine

    engine = make_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def db_sessions(db_engine) -> Iterator[sessionmaker[Session]]:
    """A session factory whose sessions all live inside one outer transaction, rolled back at the end."""
    connection = db_engine.connect()
    outer = connection.begin()
    factory = sessionmaker(bind=connection, expire_on_commit=False, join_transaction_mode="create_savepoint")
    yield factory
    outer.rollback()
    connection.close()


@pytest.fixture
def db_session(db_sessions) -> Iterator[Session]:
    with db_sessions() as session:
        yield session


@pytest.fixture
def app_ctx(database_url, db_engine, db_sessions):
    from sluice.gateway.bootstrap import build_services

    settings = make_settings(database_url=database_url)
    return build_services(settings, engine=db_engine, sessions=db_sessions)


@pytest.fixture
def client(app_ctx):
    from fastapi.testclient import TestClient

    from sluice.gateway.app import create_app

    app = create_app(app_ctx.settings, services=app_ctx)
    with TestClient(app) as test_client:
        yield test_client
