"""Shared fixtures: settings, migrated databases (SQLite and the real PostgreSQL), rollback sessions.

Database tests run against both backends through the ``database_url`` fixture. Each test runs in
a transaction that is rolled back at the end (savepoints inside), so tests do not see each other.

The servers: a test that needs PostgreSQL or Redis carries the ``postgres`` or ``redis`` marker, so
``pytest -m "not postgres and not redis"`` runs without them. Using the ``postgres_url`` or
``redis_url`` fixture marks a test by itself; a fixture parameter that reaches a server carries the
marker in its ``pytest.param``. Any other test that connects to one of them fails (server_guard).
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
# A deployment's own servers never leak into the tests (settings and child processes read these):
# tests name the database, Redis and broker they use.
for _name in ("SLUICE_DATABASE_URL", "SLUICE_REDIS_URL", "SLUICE_BROKER_URL"):
    os.environ.pop(_name, None)

# The suite imports the project as ``sluice.*`` from the install and its own helpers as ``tests.*``.
# The checkout goes last on the path (child processes inherit it) so that its top-level folders
# never shadow an installed package of the same name (Hugging Face's ``kernels``).
_CHECKOUT = str(Path(__file__).resolve().parents[1])
if _CHECKOUT not in sys.path:
    sys.path.append(_CHECKOUT)

from tests.support.server_guard import Server, ServerGuard  # noqa: E402 - needs the checkout on the path

POSTGRES_URL = os.environ.get("SLUICE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("SLUICE_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
TEST_SECRET = "test-secret-" + "s" * 40
SERVER_FIXTURES = {"postgres_url": "postgres", "redis_url": "redis"}  # a test using one needs that server
GUARD = ServerGuard([Server.from_url("postgres", "PostgreSQL", POSTGRES_URL, 5432),
                     Server.from_url("redis", "Redis", REDIS_URL, 6379)])


def pytest_configure(config):
    GUARD.install()


@pytest.hookimpl(tryfirst=True)  # before -m deselects by marker
def pytest_collection_modifyitems(config, items):
    for item in items:
        for fixture, marker in SERVER_FIXTURES.items():
            if fixture in item.fixturenames:
                item.add_marker(marker)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    GUARD.enter(marker.name for marker in item.iter_markers())


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    try:
        return (yield)
    finally:
        if GUARD.violations:  # also those that the code under test caught and carried on from
            message = "\n".join(dict.fromkeys(GUARD.violations))
            raise pytest.fail.Exception(message, pytrace=False) from None


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item, nextitem):
    GUARD.leave()


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
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 10})
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


@pytest.fixture(scope="session")
def redis_url() -> str:
    """The test Redis server (database 0 of ``SLUICE_TEST_REDIS_URL``), checked to answer."""
    import redis

    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=5, socket_timeout=5)
    try:
        client.ping()
    except Exception as exc:  # the server must be there: .ci/run starts it
        pytest.fail(f"Redis at {REDIS_URL} is not reachable: {exc}")
    finally:
        client.close()
    return REDIS_URL


BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
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
