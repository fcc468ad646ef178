"""The ``sluice`` command as operators use it: a real process, real databases."""

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import TEST_SECRET


def sluice(args, *, database_url, cwd, stdin=None, check=True):
    env = {**os.environ, "SLUICE_SECRET_KEY": TEST_SECRET, "SLUICE_DATABASE_URL": database_url}
    env.pop("SLUICE_SECRET_KEY_FILE", None)
    result = subprocess.run([sys.executable, "-P", "-m", "sluice.gateway.cli", *args], env=env, cwd=cwd, input=stdin,
                            capture_output=True, text=True, timeout=120)
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture
def fresh_sqlite(tmp_path):
    return f"sqlite:///{tmp_path / 'cli.db'}"


def test_operator_flow_on_a_fresh_database(fresh_sqlite, tmp_path):
    first = sluice(["db", "upgrade"], database_url=fresh_sqlite, cwd=tmp_path)
    again = sluice(["db", "upgrade"], database_url=fresh_sqlite, cwd=tmp_path)
    assert first.stdout == again.stdout
    sluice(["tenants", "create", "acme"], database_url=fresh_sqlite, cwd=tmp_path)
    created = json.loads(sluice(["keys", "create", "--tenant", "acme", "--json"], database_url=fresh_sqlite,
                                cwd=tmp_path).stdout)
    assert set(created) == {"id", "key"} and created["key"].startswith("sk-slc-")
    listed = sluice(["keys", "list", "--json"], database_url=fresh_sqlite, cwd=tmp_path).stdout
    assert created["key"] not in listed and created["id"] in listed
    user = sluice(["users", "create", "ops@example.org", "--role", "auditor", "--password-stdin", "--json"],
                  database_url=fresh_sqlite, cwd=tmp_path, stdin="a long enough password\n")
    assert json.loads(user.stdout)["role"] == "auditor"
    sluice(["keys", "revoke", created["id"]], database_url=fresh_sqlite, cwd=tmp_path)
    assert _admin_actions(fresh_sqlite) == ["tenant.created", "key.created", "user.created", "key.revoked"]


def _admin_actions(url: str) -> list[str]:
    """Operators' CLI changes are audit events like console and API changes."""
    from sqlalchemy import create_engine, select

    from sluice.audit.storage.models import EventRow

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return list(conn.scalars(select(EventRow.action).where(EventRow.kind == "admin").order_by(EventRow.seq)))
    finally:
        engine.dispose()


def test_errors_are_one_line_with_a_code(fresh_sqlite, tmp_path):
    sluice(["db", "upgrade"], database_url=fresh_sqlite, cwd=tmp_path)
    missing = sluice(["keys", "create", "--tenant", "nope"], database_url=fresh_sqlite, cwd=tmp_path, check=False)
    assert missing.returncode == 1 and "tenant_not_found" in missing.stderr and "Traceback" not in missing.stderr
    weak = sluice(["users", "create", "a@example.org", "--role", "viewer", "--password-stdin"],
                  database_url=fresh_sqlite, cwd=tmp_path, stdin="short\n", check=False)
    assert weak.returncode == 1 and "weak_password" in weak.stderr


def test_upgrade_against_postgres_is_idempotent(postgres_url, tmp_path):
    first = sluice(["db", "upgrade"], database_url=postgres_url, cwd=tmp_path)
    assert first.stdout.startswith("database at revisions: ")
    assert sluice(["db", "upgrade"], database_url=postgres_url, cwd=tmp_path).stdout == first.stdout


def test_unreachable_database_is_reported_cleanly(tmp_path):
    result = sluice(["db", "upgrade"], database_url="postgresql+psycopg://nobody@127.0.0.1:1/none", cwd=tmp_path,
                    check=False)
    assert result.returncode == 1 and "database upgrade failed" in result.stderr
    assert "Traceback" not in result.stderr
