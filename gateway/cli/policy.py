"""``sluice policy``: policy documents on disk, checked offline with the limits the admin API applies."""

from __future__ import annotations

from pathlib import Path

import typer

from sluice.gateway.cli.common import emit_json
from sluice.policy import PolicyValidationError, load_policy
from sluice.policy.document_text import MAX_BYTES, too_large

app = typer.Typer(help="Policy documents.", no_args_is_help=True)


def _read(path: Path) -> str:
    """The file's text; one larger than a policy may be is refused without reading it whole."""
    with path.open("rb") as file:
        data = file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise too_large()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise PolicyValidationError(message="invalid policy: the file is not UTF-8 text") from None


@app.command("check")
def check(file: Path = typer.Argument(..., exists=True, dir_okay=False, readable=True, help="YAML or JSON policy"),
          json_out: bool = typer.Option(False, "--json")) -> None:
    """Validate a policy document: exit 0 when valid, 1 with the problems (and their field paths) when not."""
    try:
        policy = load_policy(_read(file))
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
