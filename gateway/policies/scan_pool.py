"""Where a request's input guardrails run: in a bounded pool of threads, or, for a request with at
least ``process_min_chars`` characters of text, in a worker process
(:mod:`sluice.policy.scan_processes`), so that its scan does not hold the interpreter lock that the
small requests' threads need. Both give the same :class:`~sluice.policy.results.InputScan` or the
same error, under the same budget."""

from __future__ import annotations

import asyncio

from anyio import CapacityLimiter, to_thread
from sluice.policy import scan_worker
from sluice.policy.budget import ScanBudget
from sluice.policy.pipeline import Pipeline
from sluice.policy.results import InputScan
from sluice.policy.scan_processes import ScanProcesses
from sluice.policy.scan_worker import ScanJob


class ScanPool:
    """At most ``workers`` requests are scanned at once in threads, off the event loop, each within
    ``budget``; further requests wait for a free worker. With ``processes``, requests of at least
    ``process_min_chars`` characters go to the worker processes instead (0 = never)."""

    def __init__(self, *, workers: int, budget: ScanBudget, processes: ScanProcesses | None = None,
                 process_min_chars: int = 0):
        self.workers, self.budget = workers, budget
        self.processes, self.process_min_chars = processes, process_min_chars
        self._limiter: CapacityLimiter | None = None

    @property
    def limiter(self) -> CapacityLimiter:
        if self._limiter is None:  # bound to the running event loop on first use
            self._limiter = CapacityLimiter(self.workers)
        return self._limiter

    def in_process(self, pipeline, chars: int) -> bool:
        """Whether a scan of ``chars`` characters under ``pipeline`` goes to a worker process: a policy
        that asks a guard model at input stays here (the guard transport lives in this process)."""
        return (self.processes is not None and 0 < self.process_min_chars <= chars
                and isinstance(pipeline, Pipeline) and not pipeline.input_asks_guard)

    @staticmethod
    def job(pipeline: Pipeline, messages: list[dict], *, budget: ScanBudget, header: str | None = None) -> ScanJob:
        return ScanJob(policy_json=pipeline.policy.model_dump_json(), tenant_secret=pipeline.secret,
                       messages=messages, budget=budget, classification_header=header)

    async def scan(self, pipeline, messages: list[dict], *, header: str | None) -> InputScan:
        """The input scan of one request (chat-format ``messages`` with string contents)."""
        chars = sum(len(message["content"]) for message in messages)
        if self.in_process(pipeline, chars):
            self.budget.check_size(chars)  # refused here: the text is not sent anywhere
            job = self.job(pipeline, messages, budget=self.budget, header=header)
            return await asyncio.wrap_future(self.processes.submit(scan_worker.scan, job))
        return await to_thread.run_sync(
            lambda: pipeline.scan_input(messages, classification_header=header, budget=self.budget),
            limiter=self.limiter)

    def warm(self, pipeline) -> None:
        """Start the worker processes and load ``pipeline``'s input models in them (blocking)."""
        if self.in_process(pipeline, max(self.process_min_chars, 1)):
            self.processes.warm(self.job(pipeline, [], budget=self.budget))

    def close(self) -> None:
        if self.processes is not None:
            self.processes.close()
