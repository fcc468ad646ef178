"""``sluice serve`` and ``sluice worker``."""

from __future__ import annotations

import signal

import typer

from sluice.gateway.cli.common import settings_or_exit


def serve(
    host: str = typer.Option(None, help="Bind address (default SLUICE_HOST)"),
    port: int = typer.Option(None, help="Port (default SLUICE_PORT)"),
    workers: int = typer.Option(1, help="Worker processes"),
) -> None:
    """Serve the gateway: /v1 API, admin API, console, metrics."""
    import uvicorn

    settings = settings_or_exit()
    # uvicorn re-raises SIGTERM to the handler it found once it has drained: exit 0, the stop was asked for
    signal.signal(signal.SIGTERM, _stopped)
    uvicorn.run(
        "sluice.gateway.app:app_from_environment",
        factory=True,
        host=host or settings.host,
        port=port or settings.port,
        workers=workers,
        log_config=None,
        proxy_headers=True,
        timeout_graceful_shutdown=int(settings.graceful_shutdown_s),
    )


def _stopped(sig, frame) -> None:
    raise SystemExit(0)


def worker(
    beat: bool = typer.Option(False, "--beat", help="Also run the periodic scheduler"),
    concurrency: int = typer.Option(2, help="Worker processes"),
) -> None:
    """Run a Celery worker for background jobs (exports, checkpoints, retention, evaluations)."""
    from sluice.gateway.bootstrap import build_services, open_services
    from sluice.gateway.tasks.runtime import install_worker_hooks

    settings = settings_or_exit()
    if settings.broker_url is None:
        typer.echo("sluice: SLUICE_BROKER_URL is not set; without a broker tasks run inside `sluice serve`", err=True)
        raise typer.Exit(2)
    celery = build_services(settings).celery
    install_worker_hooks(settings, services=open_services)
    argv = ["worker", "--loglevel", settings.log_level.lower(), "--concurrency", str(concurrency)]
    if beat:
        argv.append("--beat")
    celery.worker_main(argv)
