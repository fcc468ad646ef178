"""``sluice eval``: probe suites, runs and signed reports from the command line."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import typer

from sluice.gateway.cli.common import db_session, emit_json, settings_or_exit

app = typer.Typer(help="Adoption evaluations: probe a model through a policy.", no_args_is_help=True)


@app.command("suites")
def list_suites(json_out: bool = typer.Option(False, "--json")) -> None:
    """List probe suites (installs or refreshes the built-in ones first)."""
    from sluice.gateway.evals.suites import install_builtin_suites, list_suites as query

    settings = settings_or_exit()
    with db_session(settings) as session:
        install_builtin_suites(session=session)
        rows = [{"name": s.name, "version": s.version, "probes": s.probe_count, "builtin": s.builtin,
                 "license": s.license, "id": s.id} for s in query(session=session, tenant_id=None)]
    if json_out:
        emit_json(rows)
        return
    for r in rows:
        typer.echo(f"{r['name'] + '@' + str(r['version']):<32} {r['probes']:>5} probes  "
                   f"{'built-in' if r['builtin'] else 'imported':<9} {r['license']}")


@app.command("import")
def import_suite(file: Path, name: str = typer.Option(..., "--name"), tenant: str = typer.Option(..., "--tenant"),
                 fmt: str = typer.Option(None, "--format", help="jsonl or csv (default: from the file name)")) -> None:
    """Import a suite file as the next version of NAME; every bad line is reported, nothing is stored."""
    from sluice.gateway.evals.suites import import_suite as do_import
    from sluice.gateway.tenants.service import get_tenant

    settings = settings_or_exit()
    fmt = fmt or ("csv" if file.suffix.lower() == ".csv" else "jsonl")
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        typer.echo(f"sluice: cannot read {file}: {exc}", err=True)
        raise typer.Exit(2) from None
    with db_session(settings) as session:
        suite = do_import(session=session, name=name, text=text, fmt=fmt,
                          tenant_id=get_tenant(session=session, ref=tenant).id, created_by="cli")
        typer.echo(f"imported {suite.name}@{suite.version} ({suite.probe_count} probes)")


@app.command("run")
def run(
    suite: str = typer.Option(..., "--suite", help="name, name@version or id"),
    provider: str = typer.Option(..., "--provider"),
    tenant: str = typer.Option(..., "--tenant"),
    model: str = typer.Option(None, "--model"),
    policy: str = typer.Option(None, "--policy", help="policy version id (default: the tenant's active policy)"),
    concurrency: int = typer.Option(4, "--concurrency"),
    rate: int = typer.Option(0, "--rate", help="probes per minute, 0 = no limit"),
    max_tokens: int = typer.Option(256, "--max-tokens"),
    detach: bool = typer.Option(False, "--detach", help="With a broker: queue it and return at once"),
) -> None:
    """Run a suite against a provider/model through a policy; shows progress until it ends."""
    from sluice.gateway.evals import runs
    from sluice.gateway.evals.policy_pin import describe_policy_version
    from sluice.gateway.evals.suites import get_suite, install_builtin_suites
    from sluice.gateway.tenants.service import get_tenant

    settings = settings_or_exit()
    with db_session(settings) as session:
        install_builtin_suites(session=session)
        tenant_id = get_tenant(session=session, ref=tenant).id
        found = get_suite(session=session, ref=suite, tenant_id=tenant_id)
        label = describe_policy_version(session=session, version_id=policy, tenant_id=tenant_id) if policy else ""
        record = runs.create_run(session=session, suite=found, tenant_id=tenant_id, provider=provider, model=model,
                                 policy_ref=policy, policy_label=label, created_by="cli", concurrency=concurrency,
                                 rate_per_minute=rate, max_tokens=max_tokens)
        run_id, total = record.id, record.total
    typer.echo(f"run {run_id}: {total} probes")
    from sluice.gateway.bootstrap import build_services, open_services
    from sluice.gateway.evals.tasks import run_evaluation, run_in_context

    if settings.broker_url:
        build_services(settings).celery.send_task(run_evaluation.name, args=[run_id])
        if not detach:
            _follow(settings, run_id, total)
        return

    async def run_here() -> str:
        async with open_services(settings) as services:
            return await run_in_context(services, run_id)

    status = asyncio.run(_with_progress(settings, run_id, total, run_here()))
    typer.echo(f"run {run_id}: {status}")
    if status != "completed":
        raise typer.Exit(1)


async def _with_progress(settings, run_id: str, total: int, work) -> str:
    task = asyncio.create_task(work)
    with _bar(total) as bar:
        while not task.done():
            await asyncio.sleep(0.5)
            bar.n = _done(settings, run_id)
            bar.refresh()
        bar.n = _done(settings, run_id)
        bar.refresh()
    return await task


def _bar(total: int):
    from tqdm import tqdm

    return tqdm(total=total, unit="probe", dynamic_ncols=True)


def _done(settings, run_id: str) -> int:
    from sluice.gateway.evals.runs import get_run

    with db_session(settings) as session:
        run = get_run(session=session, run_id=run_id)
        return run.completed + run.errored


def _follow(settings, run_id: str, total: int) -> None:
    from sluice.gateway.evals.runs import get_run

    with _bar(total) as bar:
        while True:
            with db_session(settings) as session:
                run = get_run(session=session, run_id=run_id)
                status, bar.n = run.status, run.completed + run.errored
            bar.refresh()
            if status not in ("queued", "running"):
                break
            time.sleep(1.0)
    typer.echo(f"run {run_id}: {status}")
    if status != "completed":
        raise typer.Exit(1)


@app.command("report")
def report(run_id: str, out: Path = typer.Option(..., "--out", help="bundle path (.zip)")) -> None:
    """Write the run's signed report bundle (report.json + report.html), verifiable offline."""
    from sluice.gateway.evals.report import build_report, write_report_bundle
    from sluice.gateway.tasks.runtime import configure_audit

    settings = settings_or_exit()
    with db_session(settings) as session:
        document = build_report(session=session, run_id=run_id)
    signer = configure_audit(settings).signer()
    path = write_report_bundle(out, document, signer)
    summary = document["summary"]
    typer.echo(f"wrote {path}: {summary['probes']} probes, pass rate "
               f"{(summary['pass']['rate'] or 0) * 100:.1f}%, {summary['errored']} errored")
