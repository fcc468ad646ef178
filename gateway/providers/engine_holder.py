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
    def __init__(self, *, model_dir: Path | None, served_name: str, device: str = "cpu", dtype: str = "auto",
                 engine_args: dict | None = None):
        self.model_dir = model_dir
        self.served_name = served_name
        self.device = device
        self.dtype = dtype
        self.engine_args = dict(engine_args or {})
        self.engine = None
        self.state = "idle" if model_dir else "not_configured"
        self.error: str | None = None
        self._task: asyncio.Task | None = None

    def start(self) -> None:
        """Begin loading in a worker thread; returns at once."""
        if self._task is None and self.model_dir is not None:
            self.state = "loading"
            self._task = asyncio.get_running_loop().create_task(self._load())

    async def _load(self) -> None:
        try:
            from sluice.inference import AsyncEngine  # torch and the model load here, in the background

            if not (Path(self.model_dir) / "config.json").exists():
                raise FileNotFoundError(f"no model at {self.model_dir} (run `sluice model init-demo`)")
            built = await asyncio.to_thread(AsyncEngine.from_model_dir, str(self.model_dir),
                                            device=self.device,
                                            dtype=self.dtype, **self.engine_args)
            self.engine = await built if inspect.isawaitable(built) else built
            self.state = "ready"
            log.info("built-in engine ready", extra={"model": self.served_name})
        except Exception as exc:  # reported by /readyz and on requests, the server keeps running
            self.state = "failed"
            self.error = f"{type(exc).__name__}: {exc}"[:300]
            log.error("built-in engine failed to load", extra={"error_type": type(exc).__name__})

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
        if self._task is not None and not self._task.done():
            self._task.cancel()
        if self.engine is not None:
            await self.engine.shutdown()
            self.engine = None
