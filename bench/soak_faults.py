"""The soak's fault schedule: phases, each with at most one fault that is injected, held, and undone.

Faults act on the soak's own processes and connections only, never on the shared servers:
``gateway_kill`` (kill -9 of one ``sluice serve``, restarted after the hold), ``worker_kill`` (kill -9
of the Celery worker with beat and its pool), ``upstream_down`` (the emulated upstream killed, then
started again on its port), ``upstream_errors`` (half of the upstream's answers are HTTP 500),
``redis_break`` (``CLIENT KILL`` of every connection to the soak's Redis database number, once a
second) and ``postgres_break`` (``pg_terminate_backend`` of every connection to the soak's
database, once a second).
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

import httpx
import redis
from sqlalchemy import create_engine, text

from soak_stack import Stack


@dataclass
class Phase:
    name: str
    duration_s: float
    fault: str | None = None
    hold_s: float = 0.0
    events: dict = field(default_factory=dict)  # times (seconds since the run began) and notes


def schedule(duration_s: float, *, quick: bool) -> list[Phase]:
    """The default order; fault phases share what the two quiet phases leave of ``duration_s``."""
    if quick:
        return [Phase("baseline", 8), Phase("gateway_kill", 18, "gateway_kill", 3),
                Phase("redis_break", 10, "redis_break", 4), Phase("postgres_break", 10, "postgres_break", 4),
                Phase("worker_kill", 8, "worker_kill", 3), Phase("upstream_down", 12, "upstream_down", 4),
                Phase("recovered", 24)]
    faults = ["gateway_kill", "worker_kill", "upstream_down", "upstream_errors", "redis_break", "postgres_break",
              "gateway_kill"]
    quiet = max(30.0, duration_s * 0.1)
    each = max(40.0, (duration_s - 2 * quiet) / len(faults))
    hold = round(min(20.0, each / 4), 1)
    phases = [Phase("baseline", quiet)]
    for i, fault in enumerate(faults):
        turn = faults[:i + 1].count(fault)
        phases.append(Phase(f"{fault}_{turn}" if faults.count(fault) > 1 else fault, each, fault, hold))
    return phases + [Phase("recovered", quiet)]


class Faults:
    def __init__(self, stack: Stack, t0: float):
        self.stack = stack
        self.t0 = t0
        self._gateway_turn = 0

    def now(self) -> float:
        return time.monotonic() - self.t0

    async def run(self, phase: Phase) -> None:
        """Inject the phase's fault, hold it, undo it; records when each step happened."""
        if phase.fault is None:
            return
        self._loop = asyncio.get_running_loop()
        self._note = phase.events
        phase.events["inject"] = self.now()
        inject, undo = getattr(self, f"_{phase.fault}")()
        await asyncio.to_thread(inject)
        deadline = time.monotonic() + phase.hold_s
        if phase.fault in ("redis_break", "postgres_break"):  # keep breaking new connections
            while time.monotonic() < deadline:
                await asyncio.sleep(1.0)
                await asyncio.to_thread(inject)
        await asyncio.sleep(max(0.0, deadline - time.monotonic()))
        phase.events["restore"] = self.now()
        await asyncio.to_thread(undo)
        phase.events["restored"] = self.now()  # restart commands issued (a process may still be starting)

    def _restart(self, proc, note: dict):
        def kill():
            note["killed_pid"] = proc.pid
            proc.kill()

        def start():
            proc.start()
            asyncio.run_coroutine_threadsafe(self._note_ready(proc, note), self._loop)

        return kill, start

    async def _note_ready(self, proc, note: dict) -> None:
        try:
            await asyncio.to_thread(proc.wait_ready)
            note["ready"] = self.now()
        except RuntimeError as exc:
            note["ready_error"] = str(exc)

    def _gateway_kill(self):
        proc = self.stack.gateways[self._gateway_turn % len(self.stack.gateways)]
        self._gateway_turn += 1
        self._note["process"] = proc.name
        return self._restart(proc, self._note)

    def _worker_kill(self):
        return self._restart(self.stack.worker, self._note)

    def _upstream_down(self):
        return self._restart(self.stack.upstream, self._note)

    def _upstream_errors(self):
        url = f"http://127.0.0.1:{self.stack.upstream_port}/_emulator/config"
        return (lambda: httpx.post(url, json={"error_rate": 0.5}, timeout=5),
                lambda: httpx.post(url, json={"error_rate": 0.0}, timeout=5))

    def _redis_break(self):
        note = self._note

        def kill_connections():
            client = redis.Redis(self.stack.redis_host, self.stack.redis_port, db=self.stack.redis_db,
                                 socket_timeout=5)
            try:
                own = client.client_id()
                victims = [c["id"] for c in client.client_list() if int(c.get("db", -1)) == self.stack.redis_db
                           and int(c["id"]) != own]
                for victim in victims:
                    client.client_kill_filter(_id=victim)
                note["killed_connections"] = note.get("killed_connections", 0) + len(victims)
            finally:
                client.close()

        return kill_connections, lambda: None

    def _postgres_break(self):
        note = self._note

        def terminate():
            engine = create_engine(self.stack.admin_url, isolation_level="AUTOCOMMIT")
            try:
                with engine.connect() as conn:
                    ended = conn.execute(text(
                        "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity "
                        "WHERE datname = :db AND pid <> pg_backend_pid()"), {"db": self.stack.db_name}).scalar()
                note["killed_connections"] = note.get("killed_connections", 0) + int(ended or 0)
            finally:
                engine.dispose()

        return terminate, lambda: None
