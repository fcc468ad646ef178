"""Per-request cache salt: prefix-cache blocks are shared only among requests with the same salt,
so one tenant cannot time whether another recently sent a prompt; results never change."""

from __future__ import annotations

import pytest

from sluice.inference import SamplingParams
from sluice.inference.errors import InvalidRequestError

GREEDY = SamplingParams(max_tokens=3, temperature=0, ignore_eos=True)


def _prompt(tag: str) -> str:
    # unique per test, so blocks cached by other tests on the shared engine never match
    return f"[{tag}] the quarterly ledger for account 4471 shows three pending transfers."


def _hits(llm, prompt, salt):
    bm = llm.engine.block_manager
    before = bm.prefix_hits
    out = llm.generate(prompt, GREEDY, cache_salt=salt)[0]
    return bm.prefix_hits - before, out.outputs[0].token_ids


def test_same_salt_reuses_the_cached_prefix_with_the_same_output(demo_llm):
    prompt = _prompt("same-salt")
    full_blocks = (len(demo_llm.tokenizer.encode(prompt)) - 1) // demo_llm.engine.config.block_size
    first_hits, first = _hits(demo_llm, prompt, "tenant-a")
    again_hits, again = _hits(demo_llm, prompt, "tenant-a")
    assert first_hits == 0 and full_blocks >= 4
    assert again_hits == full_blocks
    assert again == first


def test_other_salt_or_no_salt_finds_no_cached_block_and_same_output(demo_llm):
    prompt = _prompt("other-salt")
    _, first = _hits(demo_llm, prompt, "tenant-a")
    other_hits, other = _hits(demo_llm, prompt, "tenant-b")
    unsalted_hits, unsalted = _hits(demo_llm, prompt, None)
    assert (other_hits, unsalted_hits) == (0, 0)
    assert other == first and unsalted == first


def test_unsalted_requests_still_share_among_themselves(demo_llm):
    prompt = _prompt("unsalted")
    _hits(demo_llm, prompt, None)
    hits, _ = _hits(demo_llm, prompt, None)
    assert hits > 0


@pytest.mark.parametrize("salt", ["", 7, b"tenant"])
def test_a_cache_salt_must_be_a_non_empty_string(demo_llm, salt):
    with pytest.raises(InvalidRequestError) as caught:
        demo_llm.generate("hello", GREEDY, cache_salt=salt)
    assert caught.value.code == "invalid_cache_salt"
    assert not demo_llm.engine.has_unfinished()
