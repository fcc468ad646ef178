"""The same migrations run on SQLite and PostgreSQL, and running them again changes nothing."""

from sqlalchemy import inspect

from sluice.gateway.database import make_engine
from sluice.gateway.migrate import current_heads, upgrade


def test_upgrade_is_idempotent_and_creates_every_table(database_url):
    engine = make_engine(database_url)
    try:
        before = current_heads(engine)
        upgrade(engine)  # the fixture already ran it once
        assert current_heads(engine) == before
        tables = set(inspect(engine).get_table_names())
        assert {"tenants", "api_keys", "users", "user_sessions", "providers"} <= tables
    finally:
        engine.dispose()


def _table_of(diff) -> str | None:
    """The table an autogenerate difference is about."""
    item = diff[0] if isinstance(diff, list) else diff
    for obj in item[1:]:
        table = getattr(obj, "table", None)
        if table is not None:
            return table.name
        if hasattr(obj, "name") and hasattr(obj, "columns") and hasattr(obj, "metadata"):
            return obj.name
        if isinstance(obj, str):
            return obj
    return None


def test_models_match_the_migrations(database_url):
    """Autogenerate finds nothing to do: every model change of every domain has a migration."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    import sluice.gateway.models  # noqa: F401  (registers every gateway table)
    from sluice.audit.storage.models import AuditBase
    from sluice.gateway.database import Base

    engine = make_engine(database_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": False})
            for metadata in (Base.metadata, AuditBase.metadata):
                own = set(metadata.tables)
                diff = [d for d in compare_metadata(context, metadata) if _table_of(d) in own]
                assert diff == [], diff
    finally:
        engine.dispose()


def test_the_migrated_audit_log_takes_the_longest_model_name_the_api_accepts(database_url):
    from datetime import datetime, timezone

    from sluice.audit.events import request_event
    from sluice.audit.storage.log import append_events

    engine = make_engine(database_url)
    try:
        event = request_event(time=datetime.now(timezone.utc), model_requested="m" * 256, model_served="m" * 256,
                              outcome="error", status_code=404, error_code="model_not_found")
        with engine.begin() as connection:
            (appended,) = append_events(connection, [event])
        assert appended.event_id == event.id
    finally:
        engine.dispose()
