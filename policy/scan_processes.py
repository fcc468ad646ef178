"""Input scans in worker processes: a long scan's Python code then holds its own interpreter lock,
not the lock of the process that serves small requests.

:class:`ScanProcesses` owns a ``concurrent.futures.ProcessPoolExecutor`` (forkserver context, so a
worker never inherits the caller's threads or open connections), started on first use. A worker
that dies (killed, out of memory) fails the scans it was running with :class:`ScanWorkerLost`; the
pool is then replaced, so the next scan gets a fresh worker. A worker that died while idle lost no
work: the scan submitted after it simply goes to the replacement.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from sluice.policy import scan_worker
from sluice.policy.errors import ScanWorkerLost
from sluice.policy.results import InputScan
from sluice.policy.scan_worker import ScanJob


class ScanProcesses:
    """``processes`` workers, each ``nice`` steps below the caller's priority (0 = the same)."""

    def __init__(self, *, processes: int = 1, nice: int = 0):
        if processes < 1 or not 0 <= nice <= 19:
            raise ValueError("processes must be >= 1 and nice within 0..19")
        self.processes, self.nice = processes, nice
        self._executor: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self._closed = False

    def _current(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._closed:
                raise ScanWorkerLost()
            if self._executor is None:
                context = multiprocessing.get_context("forkserver")
                context.set_forkserver_preload([scan_worker.__name__])
                self._executor = ProcessPoolExecutor(self.processes, mp_context=context,
                                                     initializer=scan_worker.start_worker, initargs=(self.nice,))
            return self._executor

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        """Drop a broken pool (once, however many scans saw it break); the next scan starts a new one."""
        with self._lock:
            if self._executor is broken:
                self._executor = None
        broken.shutdown(wait=False, cancel_futures=True)

    def submit(self, fn: Callable[[ScanJob], Any], job: ScanJob) -> Future:
        """Run ``fn(job)`` in a worker (``fn`` a function of :mod:`.scan_worker`). The future fails with
        :class:`ScanWorkerLost` when the worker dies; cancelling it cancels a scan still queued."""
        executor = self._current()
        try:
            inner = executor.submit(fn, job)
        except BrokenProcessPool:  # a worker died while idle: no scan was lost, so use a new pool
            self._replace(executor)
            executor = self._current()
            inner = executor.submit(fn, job)
        outer: Future = Future()

        def settle(done: Future) -> None:
            if done.cancelled():
                outer.cancel()
                return
            error = done.exception()
            if isinstance(error, BrokenProcessPool):
                self._replace(executor)
                error = ScanWorkerLost()
            if outer.set_running_or_notify_cancel():
                if error is None:
                    outer.set_result(done.result())
                else:
                    outer.set_exception(error)

        outer.add_done_callback(lambda f: f.cancelled() and inner.cancel())
        inner.add_done_callback(settle)
        return outer

    def scan(self, job: ScanJob) -> InputScan:
        """The input scan of one request, waiting for its answer (see :func:`.scan_worker.scan`)."""
        return self.submit(scan_worker.scan, job).result()

    def warm(self, job: ScanJob) -> None:
        """Start every worker and load the models of ``job``'s policy in each."""
        futures = [self.submit(scan_worker.warm, job) for _ in range(self.processes)]
        for future in futures:
            future.result()

    def worker_pids(self) -> list[int]:
        executor = self._executor
        return list(getattr(executor, "_processes", None) or {}) if executor is not None else []

    def close(self, *, grace_s: float = 5.0) -> None:
        """Stop the workers: queued scans are cancelled, a running one gets ``grace_s`` to finish."""
        with self._lock:
            executor, self._executor, self._closed = self._executor, None, True
        if executor is None:
            return
        workers = list((getattr(executor, "_processes", None) or {}).values())
        executor.shutdown(wait=False, cancel_futures=True)
        for worker in workers:
            worker.join(grace_s)
            if worker.is_alive():
                worker.kill()
