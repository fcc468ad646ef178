"""Scan budgets: oversized input is refused before any detector runs, a scan over its CPU time
fails closed with its own code, and the PII scanner's cost grows with the text, not its square."""

from __future__ import annotations

import time

import pytest

from sluice.policy import build_pipeline, default_policy, load_policy
from sluice.policy.budget import ScanBudget
from sluice.policy.detectors.configured import pii_detector
from sluice.policy.detectors.pii import PIECE_CHARS
from sluice.policy.errors import InputTooLargeError, ScanTimeoutError

SECRET = b"a tenant secret of 32 bytes!!!!!"
PII_ONLY = {"input": {name: {"enabled": False} for name in ("content", "words", "topics", "injection")}}


def cards(chars: int) -> str:
    return " ".join(["4111 1111 1111 1111"] * (chars // 20 + 1))[:chars]


def test_text_over_the_size_budget_is_refused_with_input_too_large_before_scanning():
    pipeline = build_pipeline(PII_ONLY, tenant_secret=SECRET)
    messages = [{"role": "system", "content": "x" * 600}, {"role": "user", "content": "My SSN is 536-22-8726" + "y" * 500}]
    started = time.thread_time()
    with pytest.raises(InputTooLargeError) as caught:
        pipeline.scan_input(messages, budget=ScanBudget(max_chars=1000))
    assert caught.value.code == "input_too_large"
    assert "1121 characters" in caught.value.message and "1000" in caught.value.message
    assert "536-22" not in caught.value.message
    assert time.thread_time() - started < 0.05  # nothing was scanned


def test_text_at_the_size_budget_is_scanned():
    pipeline = build_pipeline(PII_ONLY, tenant_secret=SECRET)
    text = "My SSN is 536-22-8726."
    scan = pipeline.scan_input([{"role": "user", "content": text}], budget=ScanBudget(max_chars=len(text)))
    assert scan.blocked is not None and scan.blocked.code == "pii_blocked"


def test_a_scan_over_its_cpu_budget_fails_closed_with_scan_timeout_not_pii_blocked():
    pipeline = build_pipeline(PII_ONLY, tenant_secret=SECRET)
    text = cards(20 * PIECE_CHARS)
    pipeline.scan_input([{"role": "user", "content": "warm"}])
    with pytest.raises(ScanTimeoutError) as caught:
        pipeline.scan_input([{"role": "user", "content": text}], budget=ScanBudget(max_cpu_s=0.000_001))
    assert caught.value.code == "scan_timeout"
    assert "4111" not in caught.value.message


def test_the_default_policy_finds_and_hides_every_card_number_in_a_maximum_size_request():
    # the CPU time of this scan against the default budget is measured in bench/pii_budget.py
    # (a timed assertion here would fail on a loaded machine, not on a slower scanner)
    pipeline = build_pipeline(default_policy(), tenant_secret=SECRET)
    max_chars = ScanBudget().max_chars
    scan = pipeline.scan_input([{"role": "user", "content": cards(max_chars)}],
                               budget=ScanBudget(max_chars=max_chars, max_cpu_s=0))
    assert scan.blocked is None
    assert scan.result("pii").entity_counts()["CREDIT_CARD"] == max_chars // 20
    assert "4111 1111 1111 1111" not in scan.messages[0]["content"]


def test_pii_cost_grows_linearly_with_the_number_of_findings():
    detector = pii_detector(load_policy(PII_ONLY).input.pii)
    detector.detect(cards(1000))

    def cpu(chars: int) -> float:
        started = time.thread_time()
        assert len(detector.detect(cards(chars)).spans) == chars // 20
        return time.thread_time() - started

    small, large = cpu(40_000), cpu(400_000)
    assert large < 30 * max(small, 0.005)  # ten times the text; quadratic would be a hundred times


def test_a_card_across_a_piece_boundary_is_found_once():
    detector = pii_detector(load_policy(PII_ONLY).input.pii)
    card = "4111 1111 1111 1111"
    text = "a" * (PIECE_CHARS - 8) + " " + card + " " + "b" * 100
    spans = detector.detect(text).spans
    assert [(s.entity_type, text[s.start:s.end]) for s in spans] == [("CREDIT_CARD", card)]
