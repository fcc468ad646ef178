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
        None, help="Where to write the checkpoint (default: the configured built-in model directory)."
    ),
    seed: int = typer.Option(0, help="Seed of the random weights."),
) -> None:
    """Write the small `sluice-demo` DeepSeek-V3-architecture checkpoint (random weights); idempotent."""
    from sluice.inference.demo import init_demo

    if directory is None:
        directory = settings_or_exit().builtin_model_dir or DEFAULT_DEMO_DIR
    typer.echo(str(init_demo(directory, seed=seed)))
