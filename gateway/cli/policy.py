"""``sluice policy``: policy documents on disk, checked offline with the limits the admin API applies."""

from __future__ import annotations

from pathlib import Path

import typer

from sluice.gateway.cli import policy_scan
from sluice.gateway.cli.common import emit_json
from sluice.gateway.cli.policy_files import read_policy_file
from sluice.policy import PolicyValidationError, load_policy

app = typer.Typer(help="Policy documents.", no_args_is_help=True)
app.command("scan")(policy_scan.scan)


@app.command("check")
def check(file: Path = typer.Argument(..., exists=True, dir_okay=False, readable=True, help="YAML or JSON policy"),
          json_out: bool = typer.Option(False, "--json")) -> None:
    """Validate a policy document: exit 0 when valid, 1 with the problems (and their field paths) when not."""
    try:
        policy = load_policy(read_policy_file(file))
    except PolicyValidationError as exc:
        if json_out:
            emit_json({"valid": False, "code": exc.code, "message": exc.message,
                       "errors": [e.to_dict() for e in exc.errors]})
        else:
            typer.echo(f"sluice: {exc.code}: {exc.message}", err=True)
        raise typer.Exit(1) from None
    if json_out:
        emit_json({"valid": True, "name": policy.name})
    else:
        typer.echo(f"valid policy: {policy.name}")
