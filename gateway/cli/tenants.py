"""``sluice tenants``."""

from __future__ import annotations

import typer

from sluice.gateway.cli.common import audit_cli, db_session, emit_json, settings_or_exit
from sluice.gateway.tenants.service import create_tenant, list_tenants

app = typer.Typer(help="Tenants.", no_args_is_help=True)


@app.command("create")
def create(name: str, display_name: str = typer.Option("", help="Human-readable name"),
           json_out: bool = typer.Option(False, "--json")) -> None:
    """Create a tenant."""
    settings = settings_or_exit()
    with db_session(settings) as session:
        tenant = create_tenant(session=session, name=name, display_name=display_name)
        audit_cli(session, action="tenant.created", target_type="tenant", target_id=tenant.id, tenant_id=tenant.id,
                  after={"name": tenant.name})
        if json_out:
            emit_json({"id": tenant.id, "name": tenant.name})
        else:
            typer.echo(f"created tenant {tenant.name} ({tenant.id})")


@app.command("list")
def list_(json_out: bool = typer.Option(False, "--json")) -> None:
    """List tenants."""
    settings = settings_or_exit()
    with db_session(settings) as session:
        rows = [{"id": t.id, "name": t.name, "disabled": t.disabled} for t in list_tenants(session=session)]
    if json_out:
        emit_json(rows)
    else:
        for row in rows:
            typer.echo(f"{row['name']:<30} {row['id']}{'  (disabled)' if row['disabled'] else ''}")
