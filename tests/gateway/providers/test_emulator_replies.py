"""The emulated upstream's default replies pass the shipped default policy, whatever their start.

Most gateway tests send a plain prompt and expect the emulator's reply back through the default
guardrails; a reply the detectors happen to block would fail them at random. Every start of the
default paragraph is checked at every reply length the tests use, so a retrained detector that
starts blocking ordinary text fails here, by name, instead."""

from __future__ import annotations

import pytest

from sluice.policy import Vault
from sluice.policy.loader import default_policy
from sluice.policy.pipeline import build_pipeline
from tests.support.emulator_content import _WORDS, default_reply


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline(default_policy(), tenant_secret=b"k" * 32)


@pytest.mark.parametrize("reply_words", [3, 4, 6, 12, 200])
def test_every_default_reply_passes_the_default_output_policy(pipeline, reply_words):
    blocked = []
    for start in range(len(_WORDS)):
        text = default_reply(start, reply_words)
        scanner = pipeline.output_stream(Vault(), request_text="Tell me something about your day.")
        scanner.scan(text)
        if scanner.blocked is not None:
            blocked.append((start, scanner.blocked.code, [r.to_dict() for r in scanner.guardrail_results()
                                                          if r.status.value != "passed"]))
    assert not blocked, blocked[:3]
