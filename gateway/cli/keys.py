"""``sluice keys``: API keys are printed once, at creation or rotation."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import typer

from sluice.gateway.cli.common import audit_cli, db_session, emit_json, settings_or_exit
from sluice.gateway.database import utcnow
from sluice.gateway.keys.lifecycle import UNSET, KeyChanges, key_settings, rotate_key, update_key
from sluice.gateway.keys.presenters import audit_view, key_out, money_to_micros
from sluice.gateway.keys.service import create_key, get_key, list_keys, revoke_key
from sluice.gateway.limits.service import BudgetLimits, get_tenant_limits, set_tenant_budget
from sluice.gateway.tenants.service import get_tenant

app = typer.Typer(help="API keys.", no_args_is_help=True)


@app.command("create")
def create(
    tenant: str = typer.Option(..., "--tenant", help="Tenant name or id"),
    name: str = typer.Option("", help="What the key is for"),
    expires_days: int = typer.Option(None, help="Expire after this many days"),
    rpm: int = typer.Option(None, help="Requests per minute for this key"),
    tpm: int = typer.Option(None, help="Tokens per minute for this key"),
    models: str = typer.Option(None, help="Comma-separated model allow-list (default: every model)"),
    budget_period: str = typer.Option(None, help="daily or monthly"),
    budget_tokens: int = typer.Option(None, min=0, help="Tokens per period"),
    budget_cost: float = typer.Option(None, min=0, help="Money per period (price table currency)"),
    json_out: bool = typer.Option(False, "--json"),
) -> None:
    """Create a key; it is shown once and cannot be recovered."""
    settings = settings_or_exit()
    with db_session(settings) as session:
        issued = create_key(
            session=session, tenant=get_tenant(session=session, ref=tenant), secret=settings.secret_bytes,
            name=name, expires_in=timedelta(days=expires_days) if expires_days else None,
            created_by="cli", rpm_limit=rpm, tpm_limit=tpm,
            allowed_models=[m.strip() for m in models.split(",")] if models is not None else None,
            budget=BudgetLimits(period=budget_period, tokens=budget_tokens, cost_micros=money_to_micros(budget_cost)),
        )
        key_id, key = issued.record.id, issued.key
        audit_cli(session, action="key.created", target_type="api_key", target_id=key_id,
                  tenant_id=issued.record.tenant_id,
                  after={**audit_view(issued.record), **key_settings(issued.record)})
    if json_out:
        emit_json({"id": key_id, "key": key})
    else:
        typer.echo(f"key id: {key_id}\nkey:    {key}\n(store it now: it is not shown again)")


@app.command("list")
def list_(tenant: str = typer.Option(None, "--tenant"), json_out: bool = typer.Option(False, "--json")) -> None:
    """List keys with their state and settings (never a secret)."""
    settings = settings_or_exit()
    with db_session(settings) as session:
        tenant_id = get_tenant(session=session, ref=tenant).id if tenant else None
        now = utcnow()
        rows = [key_out(k, now) for k in list_keys(session=session, tenant_id=tenant_id)]
    if json_out:
        emit_json(rows)
    else:
        for r in rows:
            typer.echo(f"{r['id']}  {r['prefix']}…  {r['state']:<8} {r['name']}"
                       + (f"  (works until {r['retires_at']:%Y-%m-%d %H:%M} UTC)" if r['state'] == 'rotating' else ''))


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
def rotate(key_id: str, overlap_hours: float = typer.Option(None, "--overlap-hours", min=0, max=720,
                                                            help="Hours the old key keeps working (default "
                                                                 "SLUICE_KEY_ROTATION_OVERLAP_S)"),
           json_out: bool = typer.Option(False, "--json")) -> None:
    """Issue a successor with the same settings; the old key works until the overlap ends."""
    settings = settings_or_exit()
    overlap = timedelta(hours=overlap_hours) if overlap_hours is not None \
        else timedelta(seconds=settings.key_rotation_overlap_s)
    with db_session(settings) as session:
        old = get_key(session=session, key_id=key_id)
        before = audit_view(old)
        issued = rotate_key(session=session, record=old, secret=settings.secret_bytes, overlap=overlap,
                            created_by="cli")
        audit_cli(session, action="key.rotated", target_type="api_key", target_id=old.id, tenant_id=old.tenant_id,
                  before=before, after={**audit_view(old), "retires_at": old.retires_at.isoformat(),
                                        "replacement_id": issued.record.id, "replacement_prefix": issued.record.prefix})
        key_id, key, retires = issued.record.id, issued.key, old.retires_at
    if json_out:
        emit_json({"id": key_id, "key": key, "old_key_retires_at": retires.isoformat()})
    else:
        typer.echo(f"key id: {key_id}\nkey:    {key}\n(store it now: it is not shown again)\n"
                   f"the old key works until {retires:%Y-%m-%d %H:%M:%S} UTC")


def _optional(value: str | None, parse):
    """An option that may clear: absent leaves the value, "none" clears it."""
    if value is None:
        return UNSET
    return None if value.strip().lower() in ("none", "null", "") else parse(value)


def _utc(value: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter("expected an ISO date or time, e.g. 2027-01-31 or 2027-01-31T12:00:00Z") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


@app.command("edit")
def edit(
    key_id: str,
    name: str = typer.Option(None, help="New name"),
    expires: str = typer.Option(None, help="Expiry (ISO date/time, UTC) or 'none'"),
    rpm: str = typer.Option(None, help="Requests per minute, or 'none' for the deployment default"),
    tpm: str = typer.Option(None, help="Tokens per minute, or 'none' for the deployment default"),
    models: str = typer.Option(None, help="Comma-separated model allow-list, or 'none' for every model"),
    budget_period: str = typer.Option(None, help="daily or monthly"),
    budget_tokens: str = typer.Option(None, help="Tokens per period, or 'none'"),
    budget_cost: str = typer.Option(None, help="Money per period (price table currency), or 'none'"),
) -> None:
    """Change a key's name, expiry, limits, model allow-list or budget (audited before/after)."""
    settings = settings_or_exit()
    with db_session(settings) as session:
        record = get_key(session=session, key_id=key_id)
        before = key_settings(record)
        budget = UNSET
        if budget_period is not None or budget_tokens is not None or budget_cost is not None:
            tokens = _optional(budget_tokens, int)
            cost = _optional(budget_cost, float)
            budget = BudgetLimits(
                period=budget_period if budget_period is not None else record.budget_period,
                tokens=record.budget_tokens if tokens is UNSET else tokens,
                cost_micros=record.budget_cost_micros if cost is UNSET else money_to_micros(cost))
        update_key(session=session, record=record, changes=KeyChanges(
            name=UNSET if name is None else name, expires_at=_optional(expires, _utc),
            rpm_limit=_optional(rpm, int), tpm_limit=_optional(tpm, int),
            allowed_models=_optional(models, lambda v: [m.strip() for m in v.split(",")]), budget=budget))
        after = key_settings(record)
        audit_cli(session, action="key.changed", target_type="api_key", target_id=record.id,
                  tenant_id=record.tenant_id, before=before, after=after)
    emit_json(after)


@app.command("tenant-budget")
def tenant_budget(
    tenant: str = typer.Argument(..., help="Tenant name or id"),
    period: str = typer.Option(None, help="daily or monthly"),
    tokens: int = typer.Option(None, min=0, help="Tokens per period over all of the tenant's keys"),
    cost: float = typer.Option(None, min=0, help="Money per period (price table currency)"),
) -> None:
    """Set a tenant's budget; with no limits, remove it."""
    settings = settings_or_exit()
    with db_session(settings) as session:
        row = get_tenant(session=session, ref=tenant)
        before = get_tenant_limits(session=session, tenant=row)
        after = set_tenant_budget(session=session, tenant=row, updated_by="cli",
                                  limits=BudgetLimits(period=period, tokens=tokens, cost_micros=money_to_micros(cost)))
        audit_cli(session, action="tenant.budget_changed", target_type="tenant", target_id=row.id, tenant_id=row.id,
                  before=before.__dict__, after=after.__dict__)
    emit_json(after.__dict__)
