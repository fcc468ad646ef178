"""A ``sluice serve`` process publishes its audit checkpoints to a directory and to a ``sluice audit
witness`` process; it keeps serving while the witness is down, says so in /readyz, catches the
witness up, and at SIGTERM signs and publishes a last checkpoint covering every event."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from urllib.parse import quote

import httpx
import pytest

from sluice.audit.signing import Signer, write_keypair
from sluice.audit.storage.log import append_events
from sluice.audit.witness.protocol import checkpoint_body
from sluice.audit.witness.witness import origin_hash
from sluice.gateway.database import make_engine
from sluice.gateway.migrate import upgrade
from tests.audit.helpers import sample_request
from tests.conftest import TEST_SECRET
from tests.support.servers import free_port
from tests.support.witness_process import ROOT, WitnessProcess

ORIGIN = "sluice/audit"


def _wait(predicate, what: str, timeout: float = 60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    pytest.fail(f"timed out waiting for {what}")


def _checkpoint_detail(base: str) -> str:
    from sluice.gateway.health import SHARED_DEPENDENCIES

    response = httpx.get(base + "/readyz", timeout=5)
    checks = response.json()["checks"]
    own = [name for name, c in checks.items() if not c["ok"] and name not in SHARED_DEPENDENCIES]
    assert response.status_code == (503 if own else 200)  # failing sinks never take the gateway out of service
    check = checks["audit_checkpoints"]
    assert check["ok"] is (check["detail"] == "ok")
    return check["detail"]


def test_gateway_and_witness_processes(tmp_path):
    url = f"sqlite:///{tmp_path / 'sluice.db'}"
    engine = make_engine(url)
    upgrade(engine)
    key = tmp_path / "audit-signing.key"
    write_keypair(Signer.generate(ORIGIN), key)
    witness = WitnessProcess(tmp_path / "witness", {ORIGIN: key.with_suffix(".pub")}).start()
    folder = tmp_path / "worm"
    sinks = [f"file://{folder}", f"witness+{witness.url}?key={quote(witness.public_key, safe='')}"]
    port = free_port()
    env = {**os.environ, "SLUICE_SECRET_KEY": TEST_SECRET, "SLUICE_DATABASE_URL": url, "SLUICE_PORT": str(port),
           "SLUICE_BUILTIN_MODEL_DIR": "", "SLUICE_LOG_LEVEL": "WARNING", "SLUICE_DATA_DIR": str(tmp_path),
           "SLUICE_AUDIT_SIGNING_KEY": str(key), "SLUICE_AUDIT_SINKS": json.dumps(sinks),
           "SLUICE_AUDIT_WITNESS_QUORUM": "1", "SLUICE_AUDIT_CHECKPOINT_EVENTS": "5",
           "SLUICE_AUDIT_CHECKPOINT_SECONDS": "3600"}
    gateway = subprocess.Popen([sys.executable, "-P", "-m", "sluice.gateway.cli", "serve"], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"

    def append(start: int, count: int) -> None:
        with engine.begin() as conn:
            append_events(conn, [sample_request(i) for i in range(start, start + count)])

    try:
        _wait(lambda: _up(base, gateway), "sluice serve to start")
        append(0, 5)
        _wait(lambda: (folder / "5.checkpoint").exists() and _checkpoint_detail(base) == "ok", "checkpoint 5")

        witness.stop()
        append(5, 5)
        _wait(lambda: "witness quorum 0/1 on checkpoint 10" in _checkpoint_detail(base), "the degraded detail")
        assert (folder / "10.checkpoint").exists() and "failing" in _checkpoint_detail(base)
        assert "sluice_audit_checkpoint_publish_failures_total" in httpx.get(base + "/metrics").text

        witness.start()
        _wait(lambda: _checkpoint_detail(base) == "ok", "the witness to be caught up", timeout=90)
        append(10, 3)  # fewer than the cadence asks for: covered at shutdown
        gateway.send_signal(signal.SIGTERM)
        assert gateway.wait(60) in (0, -signal.SIGTERM)
        assert (folder / "13.checkpoint").exists()
        held = httpx.get(f"{witness.url}/{origin_hash(ORIGIN)}/checkpoint").text
        assert checkpoint_body(held).size == 13

        shown = subprocess.run([sys.executable, "-P", "-m", "sluice.gateway.cli", "audit", "checkpoint"], cwd=ROOT,
                               env=env, capture_output=True, text=True, timeout=120)
        assert shown.returncode == 0, shown.stderr
        assert shown.stdout.startswith(f"{ORIGIN}\n13\n") and "\n\u2014 witness.test " in shown.stdout
    finally:
        if gateway.poll() is None:
            gateway.kill()
            gateway.wait()
        witness.stop()
        engine.dispose()


def _up(base: str, process: subprocess.Popen) -> bool:
    if process.poll() is not None:
        pytest.fail("sluice serve exited:\n" + process.stdout.read().decode(errors="replace")[-3000:])
    try:
        return httpx.get(base + "/healthz", timeout=1).status_code == 200
    except httpx.TransportError:
        return False
