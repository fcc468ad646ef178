"""Input scans in a worker process answer exactly what the same scan answers in the caller's thread,
keep the scan budget, and fail closed with ``scan_unavailable`` when the worker dies."""

from __future__ import annotations

import os
import pickle
import random
import signal

import pytest

from sluice.policy import default_policy, load_policy
from sluice.policy.budget import ScanBudget
from sluice.policy.errors import (FieldError, InputTooLargeError, PolicyValidationError, ScanTimeoutError,
                                  ScanWorkerLost)
from sluice.policy.residency import ClassificationError
from sluice.policy.scan_processes import ScanProcesses
from sluice.policy.scan_worker import ScanJob, scan
from sluice.policy.vault import Vault

from tests.policy.conftest import TENANT_KEY

SENTENCES = ["Please reach me at {name}@example.org or call +1 415 555 {n:04d} about the order.",
             "The card on file is 4111 1111 1111 1111 and the backup IBAN is DE89370400440532013000.",
             "Our server at 10.{a}.{b}.7 logs the visits; my colleague {name} lives at 12 Baker Street, London.",
             "Nothing personal in this sentence, only words about the weather and the quarterly report."]


def large_request(chars: int = 40_000, seed: int = 5) -> list[dict]:
    rng = random.Random(seed)
    pieces, size = [], 0
    while size < chars:
        template = rng.choice(SENTENCES)
        piece = template.format(name=rng.choice(["alice", "bob", "chen", "dana"]), n=rng.randrange(10_000),
                                a=rng.randrange(256), b=rng.randrange(256))
        pieces.append(piece)
        size += len(piece) + 1
    return [{"role": "system", "content": "You answer questions about orders."},
            {"role": "user", "content": " ".join(pieces)}]


def job(messages: list[dict], budget: ScanBudget = ScanBudget(), header: str | None = None) -> ScanJob:
    return ScanJob(policy_json=default_policy().model_dump_json(), tenant_secret=TENANT_KEY, messages=messages,
                   budget=budget, classification_header=header)


def outcome(result) -> tuple:
    """Everything a scan answers except its durations."""
    return ([(r.name, r.stage, r.status, r.action, r.score, r.reason, r.label, r.labels,
              [s.to_dict() for s in r.spans], r.fail_open) for r in result.results],
            result.messages, result.blocked, result.classification, result.classification_source,
            result.request_text, [result.vault.restore(m["content"]) for m in result.messages])


@pytest.fixture(scope="module")
def processes():
    pool = ScanProcesses(processes=1)
    pool.warm(job([]))
    yield pool
    pool.close()


def test_a_large_request_scanned_in_a_worker_process_answers_what_the_thread_scan_answers(processes,
                                                                                          default_pipeline):
    messages = large_request()
    in_thread = default_pipeline.scan_input(messages, budget=ScanBudget())
    in_process = processes.scan(job(messages))
    assert outcome(in_process) == outcome(in_thread)
    # the scan did something: values were replaced, and the vault that came back restores them
    assert in_process.messages[1]["content"] != messages[1]["content"]
    assert "alice@example.org" not in in_process.messages[1]["content"]
    assert in_process.vault.restore(in_process.messages[1]["content"]).count("alice@example.org") > 0
    assert {r.name: r.status for r in in_process.results}["pii"] == "flagged"


def test_the_scan_budget_holds_in_the_worker_process(processes):
    with pytest.raises(InputTooLargeError) as too_large:
        processes.scan(job(large_request(), ScanBudget(max_chars=1000)))
    assert too_large.value.code == "input_too_large" and too_large.value.limit == 1000
    assert "example.org" not in too_large.value.message
    with pytest.raises(ScanTimeoutError) as timed_out:
        processes.scan(job(large_request(), ScanBudget(max_cpu_s=0.000_001)))
    assert timed_out.value.code == "scan_timeout" and timed_out.value.limit == 0.000_001


def test_an_unknown_classification_header_is_refused_as_in_a_thread(processes):
    with pytest.raises(ClassificationError) as caught:
        processes.scan(job(large_request(2000), header="no-such-class"))
    assert caught.value.code == "invalid_classification"


def test_a_worker_killed_mid_scan_fails_that_scan_and_the_next_one_gets_a_new_worker(processes):
    before = processes.worker_pids()
    assert len(before) == 1
    future = processes.submit(scan, job(large_request(400_000), ScanBudget(max_chars=1_000_000, max_cpu_s=0)))
    os.kill(before[0], signal.SIGKILL)
    with pytest.raises(ScanWorkerLost) as caught:
        future.result(timeout=120)
    assert caught.value.code == "scan_unavailable"
    answer = processes.scan(job(large_request(2000)))
    assert answer.blocked is None
    assert processes.worker_pids() and processes.worker_pids() != before


def test_workers_run_at_the_lowered_priority():
    nothing = {"input": {name: {"enabled": False} for name in ("pii", "content", "words", "topics", "injection")}}
    pool = ScanProcesses(nice=5)
    try:
        pool.warm(ScanJob(policy_json=load_policy(nothing).model_dump_json(), tenant_secret=TENANT_KEY,
                          messages=[], budget=ScanBudget()))
        [pid] = pool.worker_pids()
        assert os.getpriority(os.PRIO_PROCESS, pid) == min(19, os.getpriority(os.PRIO_PROCESS, 0) + 5)
    finally:
        pool.close()


def test_a_closed_pool_refuses_scans_with_scan_unavailable():
    pool = ScanProcesses()
    pool.close()
    with pytest.raises(ScanWorkerLost):
        pool.scan(job(large_request(2000)))


def test_policy_errors_and_vaults_survive_pickling():
    error = PolicyValidationError([FieldError("input.pii.threshold", "must be at most 1")])
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), copy.code, copy.message, copy.errors) == (type(error), error.code, error.message, error.errors)
    vault = Vault()
    token = vault.placeholder("EMAIL_ADDRESS", "alice@example.org")
    restored = pickle.loads(pickle.dumps(vault))
    assert restored.restore(f"write to {token}") == "write to alice@example.org"
    assert restored.placeholder("EMAIL_ADDRESS", "bob@example.org") != token
