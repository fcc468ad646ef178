"""``sluice keys``: API keys are printed once, at creation or rotation."""

from __future__ import annotations

from datetime import timedelta

import typer

from sluice.gateway.cli.common import audit_cli, db_session, emit_json, settings_or_exit
from sluice.gateway.database import utcnow
from sluice.gateway.keys.service import create_key, get_key, list_keys, revoke_key, rotate_key
from sluice.gateway.tenants.service import get_tenant

app = typer.Typer(help="API keys.", no_args_is_help=True)


@app.command("create")
def create(
    tenant: str = typer.Option(..., "--tenant", help="Tenant name or id"),
    name: str = typer.Option("", help="What the key is for"),
    expires_days: int = typer.Option(None, help="Expire after this many days"),
    rpm: int = typer.Option(None, help="Requests per minute for this key"),
    tpm: int = typer.Option(None, help="Tokens per minute for this key"),
    json_out: bool = typer.Option(False, "--json"),
) -> None:
    """Create a key; it is shown once and cannot be recovered."""
    settings = settings_or_exit()
    with db_session(settings) as session:
        issued = create_key(
            session=session, tenant=get_tenant(session=session, ref=tenant), secret=settings.secret_bytes,
            name=name, expires_in=timedelta(days=expires_days) if expires_days else None,
            created_by="cli", rpm_limit=rpm, tpm_limit=tpm,
        )
        key_id, key = issued.record.id, issued.key
        audit_cli(session, action="key.created", target_type="api_key", target_id=key_id,
                  tenant_id=issued.record.tenant_id, after={"prefix": issued.record.prefix, "name": name})
    if json_out:
        emit_json({"id": key_id, "key": key})
    else:
        typer.echo(f"key id: {key_id}\nkey:    {key}\n(store it now: it is not shown again)")


@app.command("list")
def list_(tenant: str = typer.Option(None, "--tenant"), json_out: bool = typer.Option(False, "--json")) -> None:
    """List keys (prefix and state only)."""
    settings = settings_or_exit()
    with db_session(settings) as session:
        tenant_id = get_tenant(session=session, ref=tenant).id if tenant else None
        now = utcnow()
        rows = [{"id": k.id, "tenant_id": k.tenant_id, "name": k.name, "prefix": k.prefix, "state": k.state(now),
                 "expires_at": k.expires_at} for k in list_keys(session=session, tenant_id=tenant_id)]
    if json_out:
        emit_json(rows)
    else:
        for r in rows:
            typer.echo(f"{r['id']}  {r['prefix']}…  {r['state']:<8} {r['name']}")


@app.command("revoke")
def revoke(key_id: str) -> None:
    """Revoke a key at once."""
    settings = settings_or_exit()
    with db_session(settings) as session:
        record = revoke_key(session=session, record=get_key(session=session, key_id=key_id))
        audit_cli(session, action="key.revoked", target_type="api_key", target_id=key_id, tenant_id=record.tenant_id,
                  after={"prefix": record.prefix, "state": "revoked"})
    typer.echo(f"revoked {key_id}")


@app.command("rotate")
def rotate(key_id: str, json_out: bool = typer.Option(False, "--json")) -> None:
    """Issue a replacement key and revoke the old one."""
    settings = settings_or_exit()
    with db_session(settings) as session:
        old = get_key(session=session, key_id=key_id)
        issued = rotate_key(session=session, record=old, secret=settings.secret_bytes, created_by="cli")
        audit_cli(session, action="key.rotated", target_type="api_key", target_id=old.id, tenant_id=old.tenant_id,
                  after={"replacement_id": issued.record.id, "prefix": issued.record.prefix})
        key_id, key = issued.record.id, issued.key
    if json_out:
        emit_json({"id": key_id, "key": key})
    else:
        typer.echo(f"key id: {key_id}\nkey:    {key}\n(store it now: it is not shown again)")
