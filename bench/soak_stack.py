"""The soak's deployment: every part a separate process, started, killed and restarted by name.

- a fresh PostgreSQL database on the local server and an empty Redis database number (rate limits
  and the Celery broker), both removed afterwards;
- the emulated upstream (bench/soak_upstream.py), three ``sluice serve`` processes, one
  ``sluice worker --beat``, and the load balancer (bench/soak_lb.py) in front of the gateways.
"""

from __future__ import annotations

import os
import random
import secrets
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import redis
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
SECRET = "soak-secret-" + "s" * 40
MODEL = "emu-model"
POSTGRES_ADMIN = os.environ.get("SLUICE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
REDIS_HOST, REDIS_PORT = "127.0.0.1", 6379


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, process: subprocess.Popen, timeout: float = 240) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url}: process exited with {process.returncode}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"{url} did not answer 200 within {timeout:.0f} s")


def pick_redis_db() -> int:
    """An empty Redis database number other than 0 (the tests' own), chosen at random."""
    client = redis.Redis(REDIS_HOST, REDIS_PORT, socket_timeout=5)
    try:
        count = int(client.config_get("databases").get("databases", 16))
        used = {int(name[2:]) for name in client.info("keyspace")}
    finally:
        client.close()
    free = [n for n in range(1, count) if n not in used]
    if not free:
        raise RuntimeError("no empty Redis database number is left for the soak")
    return random.choice(free)


@dataclass
class Proc:
    name: str
    argv: list[str]
    env: dict
    log: Path
    ready_url: str | None = None
    cwd: Path = ROOT
    popen: subprocess.Popen | None = None
    started_at: float = 0.0
    ready_at: float | None = None
    history: list[dict] = field(default_factory=list)  # {"pid", "start", "end"} per incarnation

    def start(self) -> None:
        self.popen = subprocess.Popen(self.argv, cwd=self.cwd, env=self.env, stdout=subprocess.DEVNULL,
                                      stderr=open(self.log, "ab"), start_new_session=True)
        self.started_at = time.monotonic()
        self.ready_at = None
        self.history.append({"pid": self.popen.pid, "start": time.time(), "end": None})

    def wait_ready(self, timeout: float = 240) -> None:
        if self.ready_url:
            wait_http(self.ready_url, self.popen, timeout)
        self.ready_at = time.monotonic()

    def kill(self, sig: int = signal.SIGKILL) -> None:
        """Signal the whole process group (a Celery worker's pool processes too) and reap it."""
        if self.popen is None or self.popen.poll() is not None:
            return
        try:
            os.killpg(self.popen.pid, sig)
        except ProcessLookupError:
            pass
        try:
            self.popen.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(self.popen.pid, signal.SIGKILL)
            self.popen.wait(10)
        self.history[-1]["end"] = time.time()

    @property
    def pid(self) -> int | None:
        return self.popen.pid if self.popen is not None and self.popen.poll() is None else None


class Stack:
    def __init__(self, work: Path, *, gateways: int = 3, upstream_latency_ms: float = 30.0):
        self.work = work
        self.redis_host, self.redis_port = REDIS_HOST, REDIS_PORT
        self.redis_db = pick_redis_db()
        admin = make_url(POSTGRES_ADMIN)
        self.db_name = f"sluice_soak_{secrets.token_hex(4)}"
        self.admin_url = admin.set(database="postgres").render_as_string(hide_password=False)
        self.database_url = admin.set(database=self.db_name).render_as_string(hide_password=False)
        self.redis_url = f"redis://{REDIS_HOST}:{REDIS_PORT}/{self.redis_db}"
        self.upstream_port = free_port()
        self.lb_port = free_port()
        self.gateway_ports = [free_port() for _ in range(gateways)]
        self.env = {**os.environ, "SLUICE_SECRET_KEY": SECRET, "SLUICE_DATABASE_URL": self.database_url,
                    "SLUICE_REDIS_URL": self.redis_url, "SLUICE_BROKER_URL": self.redis_url,
                    "SLUICE_DATA_DIR": str(work), "SLUICE_ENV": "production", "SLUICE_BUILTIN_MODEL_DIR": "",
                    "SLUICE_DEFAULT_RPM": "0", "SLUICE_LOG_LEVEL": "WARNING",
                    "SLUICE_AUDIT_CHECKPOINT_MINUTES": "0.5", "SLUICE_GRACEFUL_SHUTDOWN_S": "5"}
        cli = [PY, "-P", "-m", "sluice.gateway.cli"]
        self.upstream = Proc("upstream", [PY, str(ROOT / "bench" / "soak_upstream.py"), "--port",
                                          str(self.upstream_port), "--latency-ms", str(upstream_latency_ms)],
                             self.env, work / "upstream.log", f"http://127.0.0.1:{self.upstream_port}/v1/models")
        self.gateways = [Proc(f"gateway{i + 1}", [*cli, "serve", "--port", str(port)], self.env,
                              work / f"gateway{i + 1}.log", f"http://127.0.0.1:{port}/readyz")
                         for i, port in enumerate(self.gateway_ports)]
        # beat keeps its schedule file in the working directory: the soak's own, not the checkout
        self.worker = Proc("worker", [*cli, "worker", "--beat", "--concurrency", "1"], self.env, work / "worker.log",
                           cwd=work)
        self.lb = Proc("lb", [PY, str(ROOT / "bench" / "soak_lb.py"), "--port", str(self.lb_port),
                              *[a for p in self.gateway_ports for a in ("--backend", f"127.0.0.1:{p}")]],
                       self.env, work / "lb.log")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.lb_port}"

    @property
    def processes(self) -> list[Proc]:
        return [self.upstream, *self.gateways, self.worker, self.lb]

    def create_database(self) -> None:
        admin = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{self.db_name}"'))
        admin.dispose()
        subprocess.run([PY, "-P", "-m", "sluice.gateway.cli", "db", "upgrade"], cwd=ROOT, env=self.env, check=True,
                       stdout=subprocess.DEVNULL)
        subprocess.run([PY, "-P", "-m", "sluice.gateway.cli", "audit", "keygen"], cwd=ROOT, env=self.env, check=True,
                       stdout=subprocess.DEVNULL)

    def start(self) -> None:
        self.upstream.start()
        self.upstream.wait_ready()
        for gateway in self.gateways:
            gateway.start()
        self.worker.start()
        self.lb.start()
        for gateway in self.gateways:
            gateway.wait_ready()

    def stop(self) -> None:
        for proc in reversed(self.processes):
            proc.kill(signal.SIGTERM)

    def remove_data(self) -> None:
        """Drop the soak's database and empty its Redis database number (that one only)."""
        admin = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{self.db_name}" WITH (FORCE)'))
        admin.dispose()
        client = redis.Redis(REDIS_HOST, REDIS_PORT, db=self.redis_db, socket_timeout=5)
        try:
            client.flushdb()
        finally:
            client.close()
