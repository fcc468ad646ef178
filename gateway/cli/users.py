"""``sluice users``."""

from __future__ import annotations

import getpass
import sys
from datetime import timedelta

import typer
from sqlalchemy import select

from sluice.gateway.cli.common import audit_cli, db_session, emit_json, settings_or_exit
from sluice.gateway.settings import Settings
from sluice.gateway.tenants.service import get_tenant
from sluice.gateway.users import lifecycle
from sluice.gateway.users.account_state import Change, change_account, get_user_by_email
from sluice.gateway.users.invitations import IssuedInvitation
from sluice.gateway.users.models import User
from sluice.gateway.users.roles import Role
from sluice.gateway.users.service import create_user, list_users

app = typer.Typer(help="Console and admin API users.", no_args_is_help=True)


def _audit() -> lifecycle.AuditContext:
    return lifecycle.AuditContext(actor=None, actor_label=f"cli:{getpass.getuser()}", via="cli")


def _link(settings: Settings, issued: IssuedInvitation) -> str:
    return issued.link(settings.public_url or f"http://{settings.host}:{settings.port}")


def _first_admin(session) -> bool:
    return session.scalar(select(User.id).where(User.role == Role.ADMIN.value).limit(1)) is None


def _print_invitation(settings: Settings, issued: IssuedInvitation, json_out: bool, verb: str) -> None:
    user = issued.user
    out = {"id": user.id, "email": user.email, "role": user.role, "tenant_id": user.tenant_id,
           "invitation_url": _link(settings, issued), "expires_at": issued.record.expires_at.isoformat()}
    if json_out:
        emit_json(out)
    else:
        typer.echo(f"{verb} {out['role']} {out['email']} ({out['id']})\n"
                   f"  hand this one-time link to its owner (valid until {out['expires_at']}):\n"
                   f"  {out['invitation_url']}")


@app.command("create")
def create(
    email: str,
    role: str = typer.Option(..., "--role", help="admin, policy_author, policy_approver, auditor or viewer"),
    tenant: str = typer.Option(None, "--tenant", help="Limit the user to one tenant"),
    password_stdin: bool = typer.Option(False, "--password-stdin", help="Set a password read from standard input "
                                        "instead of printing an invitation link; the user must change it at the "
                                        "first sign-in unless this creates the first administrator"),
    json_out: bool = typer.Option(False, "--json"),
) -> None:
    """Create a user and print a one-time invitation link with which its owner sets the password."""
    settings = settings_or_exit()
    if not password_stdin:
        with db_session(settings) as session:
            tenant_id = get_tenant(session=session, ref=tenant).id if tenant else None
            issued = lifecycle.invite(session=session, audit=_audit(), email=email, role=role, tenant_id=tenant_id,
                                      secret=settings.secret_bytes, ttl=timedelta(seconds=settings.invitation_ttl_s))
        _print_invitation(settings, issued, json_out, "invited")
        return
    password = sys.stdin.readline().rstrip("\r\n")
    with db_session(settings) as session:
        tenant_id = get_tenant(session=session, ref=tenant).id if tenant else None
        bootstrap = _first_admin(session) and role == Role.ADMIN.value
        user = create_user(session=session, email=email, password=password, role=role, tenant_id=tenant_id,
                           must_change_password=not bootstrap)
        out = {"id": user.id, "email": user.email, "role": user.role, "tenant_id": user.tenant_id,
               "must_change_password": user.must_change_password}
        audit_cli(session, action="user.created", target_type="user", target_id=user.id, tenant_id=tenant_id,
                  after={k: out[k] for k in ("email", "role", "tenant_id", "must_change_password")})
    if json_out:
        emit_json(out)
    else:
        forced = " (must change the password at the first sign-in)" if out["must_change_password"] else ""
        typer.echo(f"created {out['role']} {out['email']} ({out['id']}){forced}")


@app.command("list")
def list_(json_out: bool = typer.Option(False, "--json")) -> None:
    settings = settings_or_exit()
    with db_session(settings) as session:
        rows = [{"id": u.id, "email": u.email, "role": u.role, "tenant_id": u.tenant_id,
                 "has_password": u.has_password, "totp_enabled": u.totp_enabled}
                for u in list_users(session=session)]
    if json_out:
        emit_json(rows)
    else:
        for r in rows:
            state = "" if r["has_password"] else "  (invited)"
            typer.echo(f"{r['email']:<40} {r['role']:<16} {r['tenant_id'] or '(all tenants)'}{state}")


@app.command("reset")
def reset(email: str, json_out: bool = typer.Option(False, "--json")) -> None:
    """End an account's password and sessions, and print a new one-time link for its owner."""
    settings = settings_or_exit()
    with db_session(settings) as session:
        user = get_user_by_email(session=session, email=email)
        issued = lifecycle.reset(session=session, audit=_audit(), user=user, secret=settings.secret_bytes,
                                 ttl=timedelta(seconds=settings.invitation_ttl_s))
    _print_invitation(settings, issued, json_out, "reset")


@app.command("set-role")
def set_role(email: str, role: str) -> None:
    """Change an account's role (audited)."""
    settings = settings_or_exit()
    with db_session(settings) as session:
        user = get_user_by_email(session=session, email=email)
        done = lifecycle.set_role(session=session, audit=_audit(), user=user, role=role)
    typer.echo(f"{email}: {done.before.value} -> {done.after.value}" if done.changed
               else f"{email} already has the role {done.after.value}")


@app.command("reset-totp")
def reset_totp(email: str) -> None:
    """Remove an account's TOTP second factor and recovery codes (its owner lost the device)."""
    settings = settings_or_exit()
    with db_session(settings) as session:
        user = get_user_by_email(session=session, email=email)
        had = lifecycle.reset_second_factor(session=session, audit=_audit(), user=user)
    typer.echo(f"second factor of {email} removed" if had else f"{email} had no second factor")


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
