"""``sluice users``."""

from __future__ import annotations

import sys

import typer

from sluice.gateway.cli.common import audit_cli, db_session, emit_json, settings_or_exit
from sluice.gateway.tenants.service import get_tenant
from sluice.gateway.users.account_state import Change, change_account, get_user_by_email
from sluice.gateway.users.service import create_user, list_users

app = typer.Typer(help="Console and admin API users.", no_args_is_help=True)


@app.command("create")
def create(
    email: str,
    role: str = typer.Option(..., "--role", help="admin, policy_author, policy_approver, auditor or viewer"),
    tenant: str = typer.Option(None, "--tenant", help="Limit the user to one tenant"),
    password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the password from standard input"),
    json_out: bool = typer.Option(False, "--json"),
) -> None:
    """Create a user. The password is read from stdin (never from the command line)."""
    if not password_stdin:
        password = typer.prompt("password", hide_input=True, confirmation_prompt=True)
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    settings = settings_or_exit()
    with db_session(settings) as session:
        tenant_id = get_tenant(session=session, ref=tenant).id if tenant else None
        user = create_user(session=session, email=email, password=password, role=role, tenant_id=tenant_id)
        out = {"id": user.id, "email": user.email, "role": user.role, "tenant_id": user.tenant_id}
        audit_cli(session, action="user.created", target_type="user", target_id=user.id, tenant_id=tenant_id,
                  after={k: out[k] for k in ("email", "role", "tenant_id")})
    if json_out:
        emit_json(out)
    else:
        typer.echo(f"created {out['role']} {out['email']} ({out['id']})")


@app.command("list")
def list_(json_out: bool = typer.Option(False, "--json")) -> None:
    settings = settings_or_exit()
    with db_session(settings) as session:
        rows = [{"id": u.id, "email": u.email, "role": u.role, "tenant_id": u.tenant_id}
                for u in list_users(session=session)]
    if json_out:
        emit_json(rows)
    else:
        for r in rows:
            typer.echo(f"{r['email']:<40} {r['role']:<16} {r['tenant_id'] or '(all tenants)'}")


def _change(email: str, change: Change) -> None:
    settings = settings_or_exit()
    with db_session(settings) as session:
        user = get_user_by_email(session=session, email=email)
        done = change_account(session=session, user=user, change=change, secret=settings.secret_bytes)
        audit_cli(session, action=done.audit_action, target_type="user", target_id=user.id,
                  tenant_id=user.tenant_id, before=done.before, after=done.after)
    typer.echo(f"{done.audit_action.removeprefix('user.')} {user.email} ({user.id})")


@app.command("unlock")
def unlock(email: str) -> None:
    """End an account's sign-in lock-out and forget its failed sign-ins."""
    _change(email, "unlock")


@app.command("disable")
def disable(email: str) -> None:
    """Disable an account: it can no longer sign in, and its sessions stop working."""
    _change(email, "disable")


@app.command("enable")
def enable(email: str) -> None:
    """Enable a disabled account again."""
    _change(email, "enable")
