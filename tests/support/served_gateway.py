"""A real ``sluice serve`` process on a SQLite file, with one tenant, key and upstream provider: for
tests of what the process does when it is signalled or killed."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from sluice.gateway.database import make_engine, session_factory, transaction
from sluice.gateway.keys.service import create_key
from sluice.gateway.migrate import upgrade
from sluice.gateway.providers.service import create_provider
from sluice.gateway.tenants.service import create_tenant
from tests.gateway.ops.no_guardrails import NO_GUARDRAILS, activate_policy
from tests.support.servers import free_port

ROOT = str(Path(__file__).resolve().parents[2])


@dataclass
class ServedGateway:
    process: subprocess.Popen
    base: str
    key: str
    database_url: str


def wait_for(condition, what: str, process, timeout: float = 60):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"{what}:\n" + process.stdout.read().decode(errors="replace")[-3000:])
        time.sleep(0.05)


def seed_database(url: str, *, secret: str, upstream_url: str, model: str, region: str = "eu-west-1",
                  tenant: str = "served", provider: str = "upstream") -> str:
    """Migrate the database at ``url`` and give it one tenant (no guardrails), its API key (returned)
    and one provider for ``model`` at the upstream."""
    engine = make_engine(url)
    upgrade(engine)
    with transaction(session_factory(engine)) as session:
        row = create_tenant(session=session, name=tenant)
        key = create_key(session=session, tenant=row, secret=secret.encode()).key
        create_provider(session=session, secret=secret.encode(), name=provider, kind="openai",
                        region=region, models=[model], base_url=upstream_url + "/v1")
        activate_policy(session, row.id, NO_GUARDRAILS)
    engine.dispose()
    return key


def serve_gateway(tmp_path: Path, *, upstream_url: str, model: str, **env: str) -> ServedGateway:
    """Start ``sluice serve`` (extra ``SLUICE_*`` settings in ``env``) and wait until it answers."""
    from tests.conftest import TEST_SECRET

    url = f"sqlite:///{tmp_path / 'sluice.db'}"
    key = seed_database(url, secret=TEST_SECRET, upstream_url=upstream_url, model=model)
    port = free_port()
    environ = {**os.environ, "SLUICE_SECRET_KEY": TEST_SECRET, "SLUICE_DATABASE_URL": url, "SLUICE_PORT": str(port),
               "SLUICE_BUILTIN_MODEL_DIR": "", "SLUICE_DEFAULT_RPM": "0",
               "SLUICE_ENV": "test",  # no policy-model warm-up: ready once the database and providers are
               "SLUICE_LOG_LEVEL": "WARNING", "SLUICE_DATA_DIR": str(tmp_path), **env}
    process = subprocess.Popen([sys.executable, "-P", "-m", "sluice.gateway.cli", "serve"], cwd=ROOT, env=environ,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"

    def healthy() -> bool:
        if process.poll() is not None:
            pytest.fail("sluice serve did not start:\n" + process.stdout.read().decode(errors="replace"))
        try:
            return httpx.get(base + "/healthz", timeout=1).status_code == 200
        except httpx.TransportError:
            return False

    wait_for(healthy, "sluice serve did not start", process)
    return ServedGateway(process=process, base=base, key=key, database_url=url)


def stop(served: ServedGateway) -> None:
    if served.process.poll() is None:
        served.process.kill()
        served.process.wait()
