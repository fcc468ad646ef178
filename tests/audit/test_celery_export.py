"""Exports and checkpoints as Celery tasks on a real worker (``sluice worker``) against Redis."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import update

from sluice.audit import service
from sluice.audit.export.query import EventFilter
from sluice.audit.signing import Verifier
from sluice.audit.storage.log import append_events
from sluice.audit.storage.models import ExportRow
from sluice.audit.verify.bundle import verify_bundle
from tests.audit.conftest import drop_schema, postgres_schema_url
from tests.audit.helpers import sample_request

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.redis, pytest.mark.postgres]


@pytest.fixture(scope="module")
def worker_env(tmp_path_factory, redis_url):
    from sluice.gateway.database import make_engine

    from sluice.audit.storage.models import install

    url, schema = postgres_schema_url()
    engine = make_engine(url)
    with engine.begin() as conn:
        install(conn)
        append_events(conn, [sample_request(i, tenant=f"ten_{i % 2}") for i in range(300)])
    data = tmp_path_factory.mktemp("worker")
    broker = f"{redis_url.rsplit('/', 1)[0]}/{random.randint(1, 15)}"
    env = {**os.environ, "SLUICE_SECRET_KEY": "w" * 40, "SLUICE_ENV": "test", "SLUICE_DATABASE_URL": url,
           "SLUICE_BROKER_URL": broker, "SLUICE_REDIS_URL": broker, "SLUICE_DATA_DIR": str(data),
           "SLUICE_AUDIT_SIGNING_KEY": str(data / "audit.key"), "SLUICE_BUILTIN_MODEL_DIR": ""}
    keygen = subprocess.run([sys.executable, "-P", "-c", "from sluice.gateway.cli.main import app; app()", "audit", "keygen"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert keygen.returncode == 0, keygen.stderr
    proc = subprocess.Popen([sys.executable, "-P", "-c", "from sluice.gateway.cli.main import app; app()", "worker",
                             "--concurrency", "1"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    from sluice.gateway.settings import load_settings
    from sluice.gateway.tasks.celery_app import make_celery

    settings = load_settings(secret_key=env["SLUICE_SECRET_KEY"], database_url=url, broker_url=broker,
                             redis_url=broker, env="test")
    yield {"engine": engine, "celery": make_celery(settings), "data": data, "proc": proc}
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
    engine.dispose()
    drop_schema(schema)


def _wait_for(engine, export_id: str, timeout: float = 90.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with engine.connect() as conn:
            job = service.export_job(conn, export_id)
        if job.status in ("done", "failed"):
            return job
        time.sleep(0.3)
    raise AssertionError(f"export {export_id} still {job.status} after {timeout}s")


def test_worker_signs_checkpoints_on_request(worker_env):
    result = worker_env["celery"].send_task("sluice.audit.checkpoint").get(timeout=90)
    assert result["tree_size"] == 300


def test_worker_writes_a_verifiable_filtered_export_bundle(worker_env):
    engine = worker_env["engine"]
    with engine.begin() as conn:
        export_id = service.create_export_job(conn, flt=EventFilter(tenant_id="ten_1"), fmt="csv",
                                              requested_by="auditor@example.org")
    worker_env["celery"].send_task("sluice.audit.export", args=[export_id])
    job = _wait_for(engine, export_id)
    assert job.status == "done", job.error
    assert (job.progress, job.total) == (300, 300)  # 150 records, written twice (jsonl + csv)
    key = Verifier.parse((worker_env["data"] / "audit.pub").read_text())
    report = verify_bundle(Path(job.path), verifier=key)
    assert report.ok, report.summary()
    assert report.records == 150


def test_a_failed_export_job_is_marked_failed_and_leaves_no_partial_bundle(worker_env):
    engine = worker_env["engine"]
    with engine.begin() as conn:
        export_id = service.create_export_job(conn, flt=EventFilter(), fmt="jsonl", requested_by=None)
        conn.execute(update(ExportRow.__table__).where(ExportRow.__table__.c.id == export_id)
                     .values(format="nonexistent"))
    worker_env["celery"].send_task("sluice.audit.export", args=[export_id])
    job = _wait_for(engine, export_id)
    assert job.status == "failed" and "nonexistent" in job.error
    exports = worker_env["data"] / "exports"
    assert not [p for p in exports.glob("*") if export_id in p.name] if exports.exists() else True
