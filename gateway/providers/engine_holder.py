"""The built-in inference engine of this process: loaded once, in the background, shared by requests.

Loading a model takes seconds to minutes, so the server starts at once and ``/readyz`` says
``loading`` until the engine is there (or ``failed: <reason>`` if it cannot load).

An engine process that crashes (it exits, or dies while starting) is restarted after a back-off that
doubles with each crash in a row up to a cap (``backoff_delay``); a crash after the engine has served
for ``stable_s`` starts the count again. Meanwhile the holder is ``down`` (``backing_off``, then
``restarting``): requests get ``engine_unavailable`` with ``Retry-After`` (see the built-in provider).
A load that fails with an error of its own (a bad checkpoint or configuration) is not retried.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import math
import time
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger("sluice.builtin")

DOWN_STATES = ("backing_off", "restarting")


def backoff_delay(crashes_in_a_row: int, base_s: float, cap_s: float) -> float:
    """Seconds before restarting after the n-th crash in a row: base, 2 base, 4 base, ... at most cap."""
    return min(cap_s, base_s * 2.0 ** max(0, crashes_in_a_row - 1))



class EngineHolder:
    """``process`` (the default for servers): the engine loop runs in a child process
    (`inference.ProcessEngine`), so HTTP and policy work never wait on its interpreter lock; a child
    that dies fails its requests, and a new one is started after the back-off (``restarts`` counts them).
    Otherwise the engine runs in a thread of this process (`inference.AsyncEngine`)."""

    def __init__(self, *, model_dir: Path | None, served_name: str, device: str = "cpu", dtype: str = "auto",
                 engine_args: dict | None = None, process: bool = True, backoff_base_s: float = 1.0,
                 backoff_cap_s: float = 60.0, stable_s: float = 300.0,
                 process_entry: Callable | None = None):
        """``process_entry``: the engine process's entry point (`inference.engine_process`'s by default;
        a module-level function with the same arguments)."""
        self.model_dir = model_dir
        self.served_name = served_name
        self.device = device
        self.dtype = dtype
        self.engine_args = dict(engine_args or {})
        self.process = process
        self.engine = None
        self.state = "idle" if model_dir else "not_configured"
        self.error: str | None = None
        self.restarts = 0  # crashes of the engine process, each followed by a restart
        self.crashes_in_a_row = 0
        self.backoff_base_s, self.backoff_cap_s, self.stable_s = backoff_base_s, backoff_cap_s, stable_s
        self.process_entry = process_entry
        self.last_exit_code: int | None = None
        self._retry_at: float | None = None  # monotonic time of the next restart while backing off
        self._ready_since: float | None = None
        self._task: asyncio.Task | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def down(self) -> bool:
        """The engine process crashed and is not back yet (backing off or restarting)."""
        return self.state in DOWN_STATES

    def retry_after_s(self) -> float:
        """Seconds a client should wait: to the restart while backing off, else the back-off base."""
        if self.state == "backing_off" and self._retry_at is not None:
            return max(1.0, math.ceil(self._retry_at - time.monotonic()))
        return max(1.0, math.ceil(self.backoff_base_s))

    def start(self) -> None:
        """Begin loading in a worker thread; returns at once."""
        if self._task is None and self.model_dir is not None:
            self.state = "loading"
            self._loop = asyncio.get_running_loop()
            self._task = self._loop.create_task(self._load())

    def _build(self):
        if self.process:
            from sluice.inference.engine_process import ProcessEngine  # the child loads torch and the model

            entry = {"child_main": self.process_entry} if self.process_entry is not None else {}
            return ProcessEngine(self.model_dir, device=self.device, dtype=self.dtype, on_exit=self._exited,
                                 **entry, **self.engine_args)
        from sluice.inference import AsyncEngine  # torch and the model load here, in the background

        return AsyncEngine.from_model_dir(str(self.model_dir), device=self.device, dtype=self.dtype,
                                          **self.engine_args)

    async def _load(self) -> None:
        try:
            if not (Path(self.model_dir) / "config.json").exists():
                raise FileNotFoundError(f"no model at {self.model_dir} (run `sluice model init-demo`)")
            built = await asyncio.to_thread(self._build)
            self.engine = await built if inspect.isawaitable(built) else built
            if self.state == "closed":
                await self.engine.shutdown()
                self.engine = None
                return
            self.state = "ready"
            self._ready_since, self._retry_at = time.monotonic(), None
            log.info("built-in engine ready", extra={"model": self.served_name})
        except Exception as exc:  # reported by /readyz and on requests, the server keeps running
            if self.process and _process_died(exc):  # died while starting: a crash, restarted later
                self._crashed(getattr(exc, "exit_code", None))
                return
            self.state = "failed"
            self.error = f"{type(exc).__name__}: {exc}"[:300]
            log.error("built-in engine failed to load", extra={"error_type": type(exc).__name__})

    def _exited(self, exit_code: int | None) -> None:
        """From the engine's reader thread: the child died. Not ready until a new one has loaded."""
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._reload, exit_code)

    def _reload(self, exit_code: int | None) -> None:
        if self.state == "closed":
            return
        self.engine = None
        self._crashed(exit_code)

    def _crashed(self, exit_code: int | None) -> None:
        """Count the crash and restart after the back-off (the log line names no request or prompt)."""
        now = time.monotonic()
        if self._ready_since is not None and now - self._ready_since >= self.stable_s:
            self.crashes_in_a_row = 0  # it had served a while: not a crash loop
        self._ready_since = None
        self.crashes_in_a_row += 1
        self.restarts += 1
        self.last_exit_code = exit_code
        delay = backoff_delay(self.crashes_in_a_row, self.backoff_base_s, self.backoff_cap_s)
        self.state, self._retry_at = "backing_off", now + delay
        log.error("built-in engine process crashed; restarting after back-off",
                  extra={"model": self.served_name, "exit_code": exit_code, "restarts": self.restarts,
                         "crashes_in_a_row": self.crashes_in_a_row, "backoff_s": delay})
        self._task = asyncio.get_running_loop().create_task(self._restart_after(delay))

    async def _restart_after(self, delay: float) -> None:
        await asyncio.sleep(delay)
        if self.state == "closed":
            return
        self.state, self._retry_at = "restarting", None
        await self._load()

    async def wait_loaded(self, timeout: float) -> bool:
        """While the first load is under way, wait for it (at most ``timeout`` seconds, never raising);
        whether the engine is ready then. A request that arrives as the server starts waits for the
        model instead of failing (a crashed or failed engine is not waited for: it has its own answer)."""
        if self.state == "loading" and self._task is not None:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(asyncio.shield(self._task), timeout)
        return self.state == "ready"

    async def wait_ready(self, timeout: float | None = None) -> bool:
        if self._task is not None:
            await asyncio.wait_for(asyncio.shield(self._task), timeout)
        return self.state == "ready"

    def readiness(self) -> tuple[bool, str]:
        if self.state == "ready":
            return True, "ok"
        if self.state == "failed":
            return False, f"failed: {self.error}"
        if self.down:
            detail = f"{self.crashes_in_a_row} crash(es) in a row, last exit code {self.last_exit_code}"
            if self.state == "backing_off":
                return False, f"backing_off: restart in {self.retry_after_s():.0f} s ({detail})"
            return False, f"restarting ({detail})"
        return False, self.state

    def stats(self) -> dict[str, float | str]:
        """The counters `/metrics` exposes."""
        return {"state": self.state, "restarts": self.restarts, "crashes_in_a_row": self.crashes_in_a_row,
                "down": int(self.down)}

    async def shutdown(self) -> None:
        self.state = "closed"
        if self._task is not None and not self._task.done():
            self._task.cancel()
        if self.engine is not None:
            await self.engine.shutdown()
            self.engine = None


def _process_died(exc: Exception) -> bool:
    """The engine process exited or never answered while starting (not an error it reported itself)."""
    from sluice.inference.errors import EngineProcessDied  # loaded by now: the build imported the engine

    return isinstance(exc, EngineProcessDied)
