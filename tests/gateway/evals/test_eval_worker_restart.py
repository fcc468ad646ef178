"""An evaluation started through the admin API goes to the configured broker and runs on a worker; a
worker killed mid-run (SIGKILL) is replaced, the run resumes, and no probe is lost or repeated."""

import json
import os
import random
import signal
import subprocess
import sys
import time

import pytest
import redis
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from sluice.gateway.app import create_app

from sluice.gateway.database import make_engine, session_factory, transaction
from sluice.gateway.evals.models import EvalResult, EvalRun
from sluice.gateway.evals.suites import import_suite
from sluice.gateway.providers.service import create_provider, get_provider
from sluice.gateway.tenants.models import Tenant
from sluice.gateway.tenants.service import create_tenant
from sluice.gateway.users.roles import Role
from sluice.gateway.users.service import create_user
from tests.conftest import TEST_SECRET, make_settings
from tests.gateway.admin_helpers import PASSWORD, bearer
from tests.support.emulator import EmulatorConfig, serve

PROBES = 24


def _worker(env: dict) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-P", "-m", "sluice.gateway.cli", "worker", "--concurrency", "1"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)


def _results(sessions, run_id: str) -> list[str]:
    with sessions() as session:
        return list(session.scalars(select(EvalResult.probe_id).where(EvalResult.run_id == run_id)))


def _status(sessions, run_id: str) -> str:
    with sessions() as session:
        return session.get(EvalRun, run_id).status


def _wait_for(predicate, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.mark.slow
@pytest.mark.timeout(420)  # its own waits (90 s, 120 s, worker start-ups) should report a stall first
def test_a_run_started_in_the_api_runs_on_a_worker_and_survives_the_worker_being_killed(postgres_url, redis_url,
                                                                                       tmp_path):
    emulator, upstream = serve(EmulatorConfig(latency_s=0.15))
    db_index = random.randint(8, 15)
    broker = redis_url.rsplit("/", 1)[0] + f"/{db_index}"
    redis.Redis.from_url(broker).flushdb()
    engine = make_engine(postgres_url)
    sessions = session_factory(engine)
    tag = os.urandom(3).hex()
    with transaction(sessions) as session:
        tenant = create_tenant(session=session, name=f"eval-{tag}")
        create_provider(session=session, secret=TEST_SECRET.encode(), name=f"emu-{tag}", kind="openai",
                        region="eu-west-1", models=[f"m-{tag}"], base_url=f"{upstream.url}/v1", max_retries=0)
        import_suite(session=session, name=f"s-{tag}", tenant_id=tenant.id, created_by="test", fmt="jsonl",
                     text="\n".join(json.dumps({"prompt": f"Question {i}?", "category": "benign",
                                                "expected": "answer"}) for i in range(PROBES)))
        create_user(session=session, email=f"author-{tag}@example.org", password=PASSWORD, role=Role.POLICY_AUTHOR,
                    tenant_id=tenant.id)
    env = {**os.environ, "SLUICE_SECRET_KEY": TEST_SECRET, "SLUICE_DATABASE_URL": postgres_url,
           "SLUICE_BROKER_URL": broker, "SLUICE_EVAL_LEASE_STALE_S": "2", "SLUICE_BUILTIN_MODEL_DIR": "",
           "SLUICE_DATA_DIR": str(tmp_path), "SLUICE_LOG_LEVEL": "WARNING"}
    env.pop("SLUICE_SECRET_KEY_FILE", None)
    # the gateway process: the same settings, so its Services carry a Celery app on that broker
    settings = make_settings(broker_url=broker, database_url=postgres_url, data_dir=tmp_path)
    app = create_app(settings)
    first = _worker(env)
    second = None
    try:
        with TestClient(app) as client:
            response = client.post("/admin/api/evals/runs", headers=bearer(client, f"author-{tag}@example.org"),
                                   json={"suite": f"s-{tag}", "provider": f"emu-{tag}", "concurrency": 2})
        assert response.status_code == 202, response.text
        run_id = response.json()["id"]
        # only a worker consuming the configured broker can produce these (RabbitMQ, Celery's default, runs here too)
        _wait_for(lambda: len(_results(sessions, run_id)) >= 5, 90, "the first results")
        os.killpg(first.pid, signal.SIGKILL)
        first.wait(10)
        killed_at = len(_results(sessions, run_id))
        assert killed_at < PROBES, "the run finished before the worker was killed"

        second = _worker(env)
        time.sleep(2.5)  # the dead worker's lease goes stale
        app.state.services.celery.send_task("sluice.evals.resume")  # what the periodic scheduler does every 30 s
        _wait_for(lambda: _status(sessions, run_id) == "completed", 120, "the resumed run")
        probe_ids = _results(sessions, run_id)
        assert len(probe_ids) == len(set(probe_ids)) == PROBES
        with sessions() as session:
            finished = session.get(EvalRun, run_id)
            assert finished.completed + finished.errored == PROBES
            assert session.scalar(select(func.count()).select_from(EvalResult)
                                  .where(EvalResult.run_id == run_id, EvalResult.outcome == "errored")) == 0
    finally:
        for proc in (first, second):
            if proc is not None and proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(10)
        redis.Redis.from_url(broker).flushdb()
        with transaction(sessions) as session:  # the database is shared with other tests: leave nothing
            session.delete(session.get(Tenant, tenant.id))
            session.delete(get_provider(session=session, ref=f"emu-{tag}"))
        engine.dispose()
        upstream.stop()
