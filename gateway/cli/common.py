"""What every CLI command shares: settings with clear errors, a database session, JSON output."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import typer
from sqlalchemy.orm import Session

from sluice.gateway.database import make_engine, session_factory
from sluice.gateway.errors import SluiceError
from sluice.gateway.settings import Settings, SettingsError, load_settings


def settings_or_exit() -> Settings:
    try:
        return load_settings()
    except SettingsError as exc:
        typer.echo(f"sluice: {exc}", err=True)
        raise typer.Exit(2) from None


@contextmanager
def db_session(settings: Settings) -> Iterator[Session]:
    """A transaction for one command; a SluiceError becomes a one-line message and exit code 1."""
    engine = make_engine(settings.database_url)
    try:
        with session_factory(engine)() as session:
            with session.begin():
                yield session
    except SluiceError as exc:
        typer.echo(f"sluice: {exc.code}: {exc.message}", err=True)
        raise typer.Exit(1) from None
    finally:
        engine.dispose()


def audit_cli(session: Session, *, action: str, target_type: str, target_id: str | None,
              tenant_id: str | None = None, before: dict | None = None, after: dict | None = None) -> None:
    """Record an operator's CLI action in the audit log, in the same transaction as the change."""
    import getpass

    from sluice.gateway.admin_audit import record_admin_action

    record_admin_action(session=session, actor=None, actor_label=f"cli:{getpass.getuser()}", action=action,
                        target_type=target_type, target_id=target_id, tenant_id=tenant_id, before=before,
                        after=after)


def emit_json(value) -> None:
    sys.stdout.write(json.dumps(value, default=str) + "\n")
