"""``sluice inference serve``: run the built-in engine as a stand-alone OpenAI-compatible server."""

from __future__ import annotations

from pathlib import Path

import typer

app = typer.Typer(help="The built-in inference engine as its own server.", no_args_is_help=True)


@app.command("serve")
def serve(
    model: Path = typer.Option(..., "--model", help="Model directory (config.json, tokenizer, safetensors)"),
    host: str = typer.Option("127.0.0.1", "--host"),
    port: int = typer.Option(8000, "--port"),
    device: str = typer.Option("cpu", "--device", help="cpu or cuda"),
    dtype: str = typer.Option("auto", "--dtype", help="auto, float32, bfloat16 or float16"),
    served_model_name: str = typer.Option(None, "--served-model-name", help="Model name on the API "
                                                                            "(default: the directory name)"),
) -> None:
    """Serve /v1/chat/completions, /v1/completions and /v1/models from the built-in engine."""
    import uvicorn

    from sluice.gateway.engine_server import create_engine_app

    if not (model / "config.json").is_file():
        typer.echo(f"sluice: no model in {model} (config.json missing); try `sluice model init-demo {model}`",
                   err=True)
        raise typer.Exit(2)
    uvicorn.run(create_engine_app(model, served_name=served_model_name, device=device, dtype=dtype),
                host=host, port=port, log_level="info", access_log=False)
