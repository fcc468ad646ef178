"""What a scan worker process runs: one request's input scan, sent as a picklable :class:`ScanJob`.

A worker builds the pipeline of each policy it is sent once and keeps it (models load once per
process, see :mod:`sluice.policy.detectors.configured`); the job carries the policy document as
JSON, the tenant's key for the ``hash`` action, the messages and the scan budget. The answer is the
:class:`~sluice.policy.results.InputScan` that :meth:`Pipeline.scan_input` returns in the caller's
own thread, or the same error (``input_too_large``, ``scan_timeout``, ...).
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict
from dataclasses import dataclass

from sluice.policy.budget import ScanBudget
from sluice.policy.pipeline import Pipeline
from sluice.policy.results import InputScan
from sluice.policy.schema import PolicyDocument

MAX_PIPELINES = 16
"""Pipelines a worker keeps (least recently used go first); their models stay loaded either way."""


@dataclass(frozen=True)
class ScanJob:
    policy_json: str
    tenant_secret: bytes
    messages: list[dict]
    budget: ScanBudget
    classification_header: str | None = None

    def pipeline_key(self) -> str:
        return hashlib.sha256(self.tenant_secret + b"\0" + self.policy_json.encode()).hexdigest()


_pipelines: OrderedDict[str, Pipeline] = OrderedDict()
_lock = threading.Lock()


def start_worker(nice: int) -> None:
    """Process initializer: lower the worker's priority by ``nice`` so that the gateway's own threads
    get the CPU first."""
    if nice:
        os.nice(nice)


def pipeline_for(job: ScanJob) -> Pipeline:
    key = job.pipeline_key()
    with _lock:
        pipeline = _pipelines.get(key)
        if pipeline is not None:
            _pipelines.move_to_end(key)
            return pipeline
    # validated by the sender already; no guard transport here, so no policy that asks a guard model
    pipeline = Pipeline(PolicyDocument.model_validate_json(job.policy_json), tenant_secret=job.tenant_secret)
    with _lock:
        _pipelines[key] = pipeline
        while len(_pipelines) > MAX_PIPELINES:
            _pipelines.popitem(last=False)
    return pipeline


def scan(job: ScanJob) -> InputScan:
    """The input scan of one request (models load before the budget's clock starts)."""
    return pipeline_for(job).scan_input(job.messages, classification_header=job.classification_header,
                                        budget=job.budget)


def warm(job: ScanJob) -> int:
    """Load every input model the job's policy needs (a worker scans no output); returns the worker's
    process id."""
    pipeline_for(job).warm_input()
    return os.getpid()
