"""Which requests the scan pool sends to a worker process: large ones (``SLUICE_SCAN_PROCESS_MIN_CHARS``),
never when that is 0, and never under a policy whose input guardrails ask a guard model (the guard
transport lives in the gateway process)."""

from __future__ import annotations

from sluice.policy import build_pipeline
from sluice.policy.budget import ScanBudget
from sluice.policy.scan_processes import ScanProcesses

from sluice.gateway.policies.scan_pool import ScanPool

KEY = b"a tenant secret of 32 bytes!!!!!"
LOCAL = {"input": {"pii": {"enabled": False}}}
GUARD = {"format": "llama_guard_3", "provider": "guards", "model": "llama-guard-3-8b"}


def pool(min_chars: int) -> ScanPool:
    return ScanPool(workers=2, budget=ScanBudget(), processes=ScanProcesses() if min_chars else None,
                    process_min_chars=min_chars)


def test_requests_from_the_threshold_up_go_to_the_worker_process():
    pipeline = build_pipeline(LOCAL, tenant_secret=KEY)
    assert not pool(1000).in_process(pipeline, 999)
    assert pool(1000).in_process(pipeline, 1000)
    assert not pool(0).in_process(pipeline, 400_000)


def test_a_policy_that_asks_a_guard_model_at_input_is_scanned_in_threads():
    for section in ("content", "injection"):
        asks = build_pipeline({"input": {"pii": {"enabled": False}, section: {"engine": "both", "guard": GUARD}}},
                              tenant_secret=KEY)
        assert asks.input_asks_guard
        assert not pool(1000).in_process(asks, 400_000)
    output_only = build_pipeline({"input": {"pii": {"enabled": False}},
                                  "output": {"content": {"engine": "guard", "guard": GUARD}}}, tenant_secret=KEY)
    assert pool(1000).in_process(output_only, 400_000)
