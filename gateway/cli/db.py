"""``sluice db``: schema migrations."""

from __future__ import annotations

import typer

from sluice.gateway.cli.common import settings_or_exit
from sluice.gateway.database import make_engine
from sluice.gateway.migrate import current_heads, upgrade as run_upgrade

app = typer.Typer(help="Database schema.", no_args_is_help=True)


@app.command()
def upgrade() -> None:
    """Create or update every table to the newest revision (safe to run repeatedly)."""
    settings = settings_or_exit()
    if settings.is_sqlite:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.database_url)
    try:
        run_upgrade(engine)
        typer.echo("database at revisions: " + ", ".join(sorted(current_heads(engine))))
    except Exception as exc:  # connection refused, permissions, ...: one clear line, no traceback
        typer.echo(f"sluice: database upgrade failed: {type(exc).__name__}: {str(exc).splitlines()[0]}", err=True)
        raise typer.Exit(1) from None
    finally:
        engine.dispose()
