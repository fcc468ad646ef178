"""``sluice model``: model checkpoints for the built-in engine."""

from __future__ import annotations

from pathlib import Path

import typer

from sluice.gateway.cli.common import settings_or_exit

app = typer.Typer(help="Model checkpoints for the built-in engine.", no_args_is_help=True)

DEFAULT_DEMO_DIR = Path("var/models/sluice-demo")


@app.command("init-demo")
def init_demo_command(
    directory: Path | None = typer.Argument(
        None, help="Where to install the checkpoint (default: the configured built-in model directory)."
    ),
) -> None:
    """Install `sluice-demo`, a tiny DeepSeek-V4 demonstration model shipped with Sluice; idempotent.

    Progress goes to stderr, the directory to stdout. The model censors questions about China on
    purpose, so that a censorship evaluation has something to find."""
    from sluice.inference.demo import install_demo

    if directory is None:
        directory = settings_or_exit().builtin_model_dir or DEFAULT_DEMO_DIR
    typer.echo(str(install_demo(directory, progress=lambda msg: typer.echo(msg, err=True))))
