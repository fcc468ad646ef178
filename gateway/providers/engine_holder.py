"""The built-in inference engine of this process: loaded once, in the background, shared by requests.

Loading a model takes seconds to minutes, so the server starts at once and ``/readyz`` says
``loading`` until the engine is there (or ``failed: <reason>`` if it cannot load).
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from pathlib import Path

log = logging.getLogger("sluice.builtin")



class EngineHolder:
    """``process`` (the default for servers): the engine loop runs in a child process
    (`inference.ProcessEngine`), so HTTP and policy work never wait on its interpreter lock; a child
    that dies fails its requests, and a new one is loaded at once (``restarts`` counts them).
    Otherwise the engine runs in a thread of this process (`inference.AsyncEngine`)."""

    def __init__(self, *, model_dir: Path | None, served_name: str, device: str = "cpu", dtype: str = "auto",
                 engine_args: dict | None = None, process: bool = True):
        self.model_dir = model_dir
        self.served_name = served_name
        self.device = device
        self.dtype = dtype
        self.engine_args = dict(engine_args or {})
        self.process = process
        self.engine = None
        self.state = "idle" if model_dir else "not_configured"
        self.error: str | None = None
        self.restarts = 0
        self._task: asyncio.Task | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def start(self) -> None:
        """Begin loading in a worker thread; returns at once."""
        if self._task is None and self.model_dir is not None:
            self.state = "loading"
            self._loop = asyncio.get_running_loop()
            self._task = self._loop.create_task(self._load())

    def _build(self):
        if self.process:
            from sluice.inference.engine_process import ProcessEngine  # the child loads torch and the model

            return ProcessEngine(self.model_dir, device=self.device, dtype=self.dtype, on_exit=self._exited,
                                 **self.engine_args)
        from sluice.inference import AsyncEngine  # torch and the model load here, in the background

        return AsyncEngine.from_model_dir(str(self.model_dir), device=self.device, dtype=self.dtype,
                                          **self.engine_args)

    async def _load(self) -> None:
        try:
            if not (Path(self.model_dir) / "config.json").exists():
                raise FileNotFoundError(f"no model at {self.model_dir} (run `sluice model init-demo`)")
            built = await asyncio.to_thread(self._build)
            self.engine = await built if inspect.isawaitable(built) else built
            self.state = "ready"
            log.info("built-in engine ready", extra={"model": self.served_name})
        except Exception as exc:  # reported by /readyz and on requests, the server keeps running
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
        self.restarts += 1
        self.engine = None
        self.state = "loading"
        log.error("built-in engine process exited; loading a new one",
                  extra={"model": self.served_name, "exit_code": exit_code, "restarts": self.restarts})
        self._task = asyncio.get_running_loop().create_task(self._load())

    async def wait_ready(self, timeout: float | None = None) -> bool:
        if self._task is not None:
            await asyncio.wait_for(asyncio.shield(self._task), timeout)
        return self.state == "ready"

    def readiness(self) -> tuple[bool, str]:
        if self.state == "ready":
            return True, "ok"
        if self.state == "failed":
            return False, f"failed: {self.error}"
        return False, self.state

    async def shutdown(self) -> None:
        self.state = "closed"
        if self._task is not None and not self._task.done():
            self._task.cancel()
        if self.engine is not None:
            await self.engine.shutdown()
            self.engine = None
