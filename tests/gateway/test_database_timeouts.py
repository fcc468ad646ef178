"""The gateway's database connections carry the configured timeouts, so no call waits unbounded."""

from __future__ import annotations

from sqlalchemy import text

from sluice.gateway.database import engine_from_settings
from tests.conftest import make_settings


def test_postgres_connections_have_the_statement_and_lock_timeouts_of_the_settings(postgres_url):
    engine = engine_from_settings(make_settings(database_url=postgres_url, db_statement_timeout_s=7,
                                                db_lock_timeout_s=3))
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SHOW statement_timeout")).scalar() == "7s"
            assert conn.execute(text("SHOW lock_timeout")).scalar() == "3s"
    finally:
        engine.dispose()


def test_sqlite_waits_for_a_lock_as_long_as_the_settings_say(tmp_path):
    engine = engine_from_settings(make_settings(database_url=f"sqlite:///{tmp_path / 'db.sqlite'}",
                                                db_lock_timeout_s=1.5))
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 1500
    finally:
        engine.dispose()
