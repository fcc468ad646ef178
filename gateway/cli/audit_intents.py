"""``sluice audit interrupted``: streams that began (their intent is in the log) and whose completion
was never recorded — the gateway was killed or the log was lost mid-stream."""

from __future__ import annotations

import typer

from sluice.gateway.cli.common import emit_json, settings_or_exit


def interrupted(
    tenant: str = typer.Option(None, "--tenant", help="Only this tenant's (name or id)"),
    older_than: float = typer.Option(60.0, "--older-than", min=0,
                                     help="Only streams that started at least this many seconds ago"),
    limit: int = typer.Option(100, "--limit", min=1, max=10_000, help="At most this many, newest first"),
    json_out: bool = typer.Option(False, "--json", help="One JSON list of {seq, event}"),
) -> None:
    """List intent events that no completion names, newest first."""
    from sluice.audit import service
    from sluice.gateway.cli.common import db_session
    from sluice.gateway.tasks.runtime import configure_audit
    from sluice.gateway.tenants.service import get_tenant

    settings = settings_or_exit()
    tenant_id = None
    if tenant is not None:
        with db_session(settings) as session:
            tenant_id = get_tenant(session=session, ref=tenant).id
    runtime = configure_audit(settings)
    with runtime.engine.connect() as conn:
        found = service.interrupted(conn, tenant_id=tenant_id, older_than_s=older_than, limit=limit)
    if json_out:
        emit_json(found)
        return
    for item in found:
        event = item["event"]
        typer.echo(f"{item['seq']}\t{event.get('time')}\t{event.get('request_id')}\t{event.get('tenant_id')}\t"
                   f"{event.get('model_requested')}\t{event.get('provider')}")
    typer.echo(f"{len(found)} interrupted stream(s)", err=True)


def register(app: typer.Typer) -> None:
    app.command("interrupted")(interrupted)
