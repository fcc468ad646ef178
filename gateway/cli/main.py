"""The ``sluice`` command. Each command group is its own module, registered here."""

from __future__ import annotations

import typer

from sluice.gateway.cli import audit, db, demo, eval as evals, keys, model, providers, serve, tenants, users
from sluice.gateway.cli import scim, sso
from sluice.gateway.cli import inference as inference_cli, policy as policy_cli

app = typer.Typer(help="Sluice: a governed, OpenAI-compatible LLM gateway.", no_args_is_help=True,
                  pretty_exceptions_enable=False)
app.command("serve")(serve.serve)
app.command("worker")(serve.worker)
app.add_typer(db.app, name="db")
app.add_typer(tenants.app, name="tenants")
app.add_typer(keys.app, name="keys")
app.add_typer(users.app, name="users")
app.add_typer(providers.app, name="providers")
app.add_typer(demo.app, name="demo")
# command groups of other domains
app.add_typer(audit.app, name="audit")
app.add_typer(policy_cli.app, name="policy")
app.add_typer(evals.app, name="eval")
app.add_typer(model.app, name="model")
app.add_typer(inference_cli.app, name="inference")
app.add_typer(scim.app, name="scim")
app.add_typer(sso.app, name="sso")
