"""``sluice sso check``: is single sign-on set up right? The provider answers, its keys load, and
every tenant the role map names exists. Exit 1 with what to fix otherwise."""

from __future__ import annotations

import typer
from sqlalchemy import select

from sluice.gateway.bootstrap import build_oidc_provider
from sluice.gateway.cli.common import db_session, emit_json, settings_or_exit
from sluice.gateway.identity.access_map import parse_rules
from sluice.gateway.identity.errors import AccessRefused
from sluice.gateway.tenants.models import Tenant

app = typer.Typer(help="Single sign-on (OpenID Connect).", no_args_is_help=True)


@app.command("check")
def check(json_out: bool = typer.Option(False, "--json")) -> None:
    """Fetch the provider's discovery document and keys, and check the role map's tenants."""
    settings = settings_or_exit()
    provider = build_oidc_provider(settings)
    if provider is None:
        typer.echo("sluice: single sign-on is off: set SLUICE_SSO_ISSUER and SLUICE_SSO_CLIENT_ID", err=True)
        raise typer.Exit(1)
    problems: list[str] = []
    report: dict = {"issuer": provider.issuer, "client_id": provider.client_id, "sso_only": settings.sso_only,
                    "break_glass": bool(settings.sso_break_glass_email)}
    try:
        metadata = provider.metadata()
        report.update(authorization_endpoint=metadata.authorization_endpoint,
                      token_endpoint=metadata.token_endpoint, jwks_uri=metadata.jwks_uri)
        report["signing_keys"] = provider.refresh_keys()
        if not report["signing_keys"]:
            problems.append("the provider publishes no signing key this gateway can use")
    except AccessRefused as exc:
        problems.append(exc.message)
    rules = parse_rules(settings.sso_role_map)
    report["rules"] = len(rules)
    wanted = {rule.tenant for rule in rules if rule.tenant}
    with db_session(settings) as session:
        known = set(session.scalars(select(Tenant.name).where(Tenant.name.in_(wanted)))) if wanted else set()
    problems += [f"the role map names tenant {name!r}, which does not exist (sluice tenants create {name})"
                 for name in sorted(wanted - known)]
    if not rules:
        problems.append("the role map is empty: every SSO sign-in will be refused (SLUICE_SSO_ROLE_MAP)")
    if settings.sso_only and not settings.sso_break_glass_email:
        problems.append("SSO-only mode without SLUICE_SSO_BREAK_GLASS_EMAIL: nobody can sign in while the "
                        "provider is down")
    report["problems"] = problems
    if json_out:
        emit_json(report)
    else:
        for key, value in report.items():
            if key != "problems":
                typer.echo(f"{key:<24} {value}")
        for problem in problems:
            typer.echo(f"problem: {problem}", err=True)
    raise typer.Exit(1 if problems else 0)
