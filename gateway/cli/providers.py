"""``sluice providers``: register OpenAI-compatible upstreams (and the built-in engine)."""

from __future__ import annotations

import typer

from sluice.gateway.cli.common import audit_cli, db_session, emit_json, settings_or_exit
from sluice.gateway.providers.service import create_provider, delete_provider, get_provider, list_providers, snapshot, update_provider

app = typer.Typer(help="Model providers.", no_args_is_help=True)


@app.command("add")
def add(
    name: str,
    region: str = typer.Option(..., "--region"),
    model: list[str] = typer.Option(..., "--model", help="A model this provider serves (repeat)"),
    kind: str = typer.Option("openai", "--kind", help="openai or builtin"),
    base_url: str = typer.Option(None, "--base-url"),
    api_key_env: str = typer.Option(None, "--api-key-env", help="Read the upstream API key from this variable"),
    priority: int = typer.Option(100, "--priority", help="Lower is tried first"),
    json_out: bool = typer.Option(False, "--json"),
) -> None:
    """Register a provider."""
    import os

    settings = settings_or_exit()
    api_key = os.environ.get(api_key_env) if api_key_env else None
    if api_key_env and not api_key:
        typer.echo(f"sluice: variable {api_key_env} is not set", err=True)
        raise typer.Exit(2)
    with db_session(settings) as session:
        provider = create_provider(session=session, secret=settings.secret_bytes, name=name, kind=kind,
                                   region=region, models=model, api_key=api_key, base_url=base_url,
                                   priority=priority)
        out = snapshot(provider)
        audit_cli(session, action="provider.created", target_type="provider", target_id=provider.id, after=out)
    emit_json(out) if json_out else typer.echo(f"added provider {out['name']} ({out['id']}) in {out['region']}")


@app.command("list")
def list_(json_out: bool = typer.Option(False, "--json")) -> None:
    settings = settings_or_exit()
    with db_session(settings) as session:
        rows = [snapshot(p) for p in list_providers(session=session)]
    if json_out:
        emit_json(rows)
    else:
        for r in rows:
            state = "enabled" if r["enabled"] else "disabled"
            typer.echo(f"{r['name']:<20} {r['kind']:<8} {r['region']:<14} p{r['priority']:<4} {state:<9} {', '.join(r['models'])}")


@app.command("set")
def set_(name: str, enabled: bool = typer.Option(None, "--enabled/--disabled"),
         priority: int = typer.Option(None, "--priority"), region: str = typer.Option(None, "--region")) -> None:
    """Change a provider."""
    settings = settings_or_exit()
    changes = {k: v for k, v in {"enabled": enabled, "priority": priority, "region": region}.items() if v is not None}
    with db_session(settings) as session:
        provider = get_provider(session=session, ref=name)
        before = snapshot(provider)
        update_provider(session=session, provider=provider, secret=settings.secret_bytes, changes=changes)
        audit_cli(session, action="provider.changed", target_type="provider", target_id=provider.id, before=before,
                  after=snapshot(provider))
    typer.echo(f"updated {name}")


@app.command("remove")
def remove(name: str) -> None:
    settings = settings_or_exit()
    with db_session(settings) as session:
        provider = get_provider(session=session, ref=name)
        before = snapshot(provider)
        delete_provider(session=session, provider=provider)
        audit_cli(session, action="provider.deleted", target_type="provider", target_id=before["id"], before=before)
    typer.echo(f"removed {name}")
