"""Alembic environment: one metadata per domain, one version branch per domain."""

from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool

from sluice.gateway.database import Base as GatewayBase
import sluice.gateway.models  # noqa: F401  (registers every gateway table on GatewayBase)
import sluice.gateway.policies.models  # noqa: F401  (policy tables, also on GatewayBase)

TARGET_METADATA = [GatewayBase.metadata]

# Other domains register their own metadata here.
try:
    from sluice.audit.storage.models import AuditBase

    TARGET_METADATA.append(AuditBase.metadata)
except ImportError:
    pass

config = context.config


def run_migrations_offline() -> None:
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=TARGET_METADATA,
                      literal_binds=True, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connectable = config.attributes.get("connection")
    if connectable is not None:
        _run(connectable)
        return
    engine = engine_from_config(config.get_section(config.config_ini_section, {}), prefix="sqlalchemy.",
                                poolclass=pool.NullPool)
    with engine.connect() as connection:
        _run(connection)


def _run(connection) -> None:
    context.configure(connection=connection, target_metadata=TARGET_METADATA, render_as_batch=True,
                      compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
