"""Fixtures of the audit tests: a fresh, empty audit log per test on SQLite and on the real PostgreSQL.

PostgreSQL logs live in a schema of their own per test (search_path), dropped afterwards, so runs by
other people on the same server never collide.
"""

from __future__ import annotations

import secrets

import pytest
from sqlalchemy import create_engine, text

from sluice.audit.signing import Signer
from sluice.audit.storage.models import install
from tests.conftest import BACKENDS, POSTGRES_URL


def sqlite_engine(path):
    from sluice.gateway.database import make_engine

    return make_engine(f"sqlite:///{path}")


def postgres_schema_url() -> tuple[str, str]:
    """A new schema on the test server and a URL whose connections use it."""
    schema = f"audit_t_{secrets.token_hex(5)}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    sep = "&" if "?" in POSTGRES_URL else "?"
    return f"{POSTGRES_URL}{sep}options=-csearch_path%3D{schema}", schema


def drop_schema(schema: str) -> None:
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture(params=BACKENDS)
def log_url(request, tmp_path):
    """URL of an empty, installed audit log."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'audit.db'}"
        schema = None
    else:
        url, schema = postgres_schema_url()
    engine = create_engine(url)
    with engine.begin() as conn:
        install(conn)
    engine.dispose()
    yield url
    if schema:
        drop_schema(schema)


@pytest.fixture
def log_engine(log_url):
    from sluice.gateway.database import make_engine

    engine = make_engine(log_url)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def signer() -> Signer:
    return Signer.generate("sluice.test/audit")
