"""``sluice scim token create|list|revoke``: the bearer tokens an identity provider provisions with."""

from __future__ import annotations

import typer

from sluice.gateway.cli.common import audit_cli, db_session, emit_json, settings_or_exit
from sluice.gateway.scim.tokens import create_token, list_tokens, revoke_token

app = typer.Typer(help="SCIM provisioning.", no_args_is_help=True)
token_app = typer.Typer(help="SCIM bearer tokens (shown once, stored hashed).", no_args_is_help=True)
app.add_typer(token_app, name="token")


@token_app.command("create")
def create(name: str = typer.Argument(..., help="What uses the token, e.g. okta-production"),
           json_out: bool = typer.Option(False, "--json")) -> None:
    """Create a token; it is printed once (give it to the identity provider's SCIM settings)."""
    settings = settings_or_exit()
    with db_session(settings) as session:
        issued = create_token(session=session, name=name, secret=settings.secret_bytes)
        audit_cli(session, action="scim_token.created", target_type="scim_token", target_id=issued.record.id,
                  after={"name": issued.record.name})
        token_id = issued.record.id
    if json_out:
        emit_json({"id": token_id, "name": name.strip(), "token": issued.token})
    else:
        typer.echo(f"created SCIM token {token_id}; it is shown only now:\n{issued.token}")


@token_app.command("list")
def list_(json_out: bool = typer.Option(False, "--json")) -> None:
    """List tokens (never their values)."""
    settings = settings_or_exit()
    with db_session(settings) as session:
        rows = [{"id": t.id, "name": t.name, "created_at": t.created_at, "last_used_at": t.last_used_at,
                 "revoked": t.revoked_at is not None} for t in list_tokens(session=session)]
    if json_out:
        emit_json(rows)
    else:
        for row in rows:
            state = "revoked" if row["revoked"] else f"last used {row['last_used_at'] or 'never'}"
            typer.echo(f"{row['id']}  {row['name']:<30} {state}")


@token_app.command("revoke")
def revoke(token_id: str) -> None:
    """Revoke a token: the identity provider's next call with it is refused."""
    settings = settings_or_exit()
    with db_session(settings) as session:
        record = revoke_token(session=session, token_id=token_id)
        audit_cli(session, action="scim_token.revoked", target_type="scim_token", target_id=record.id,
                  after={"name": record.name})
    typer.echo(f"revoked SCIM token {token_id}")
