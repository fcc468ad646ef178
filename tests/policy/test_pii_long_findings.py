"""A policy's own PII pattern finds a long secret wherever it lies in a long text.

Long texts are read in pieces of 16,384 characters that overlap by 512; a private key of 1,700
characters that crossed a piece boundary was in neither piece whole, so it went to the model (input)
or to the caller (a non-streamed answer) unredacted. The policy's patterns run on RE2 in linear time
and now read the whole text."""

from __future__ import annotations

import pytest

from sluice.policy.detectors.pii import PIECE_CHARS, PIIDetector

PEM = "-----BEGIN PRIVATE KEY-----\n" + "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n" * 50 + "-----END PRIVATE KEY-----"
PEM_PATTERN = r"-----BEGIN PRIVATE KEY-----[\s\S]+?-----END PRIVATE KEY-----"
FILLER = "2026-12-06 10:00:01 INFO request served in 12 ms\n"


def log_with_key_at(position: int) -> str:
    head = (FILLER * (position // len(FILLER) + 1))[:position]
    return head + PEM + "\n" + FILLER * 200


@pytest.mark.parametrize("position", [100, PIECE_CHARS - 1000, PIECE_CHARS - 300, 2 * PIECE_CHARS - 1500])
def test_a_long_secret_is_found_whole_wherever_it_lies(position):
    detector = PIIDetector(thresholds={"PRIVATE_KEY": 0.5},
                           custom_recognizers=[{"entity": "PRIVATE_KEY",
                                                "patterns": [{"regex": PEM_PATTERN, "score": 0.9}]}])
    text = log_with_key_at(position)
    spans = detector.detect(text).spans
    assert [(s.entity_type, s.start, s.end) for s in spans] == [("PRIVATE_KEY", position, position + len(PEM))]


def test_a_long_secret_across_a_piece_boundary_is_redacted_from_the_prompt(pipeline_factory):
    pipeline = pipeline_factory({"input": {"pii": {"enabled": True, "entities": {"PRIVATE_KEY": {"action": "redact"}},
                                                   "custom_recognizers": [{"entity": "PRIVATE_KEY", "patterns": [
                                                       {"regex": PEM_PATTERN, "score": 0.9}]}]}}})
    text = log_with_key_at(PIECE_CHARS - 1000)
    scan = pipeline.scan_input([{"role": "user", "content": text}])
    sent = scan.messages[0]["content"]
    assert "MIIEvQIBADAN" not in sent and "<PRIVATE_KEY>" in sent
