"""Bad requests fail alone with a clear, coded error; the engine keeps serving the others."""

from __future__ import annotations

import pytest

from sluice.inference import LLM, SamplingParams
from sluice.inference.errors import (
    EmptyPromptError,
    KVCacheExhaustedError,
    PromptTooLongError,
    UnknownTokenError,
)


@pytest.fixture(scope="module")
def small_llm(demo_dir):
    return LLM(demo_dir, load_progress=False, max_model_len=64, num_kv_blocks=12, block_size=4)


@pytest.mark.parametrize(
    "prompt, params, error, code",
    [
        ("", None, EmptyPromptError, "empty_prompt"),
        ([], None, EmptyPromptError, "empty_prompt"),
        ([5, 99999], None, UnknownTokenError, "invalid_token_id"),
        ([5, -1], None, UnknownTokenError, "invalid_token_id"),
        ([5] * 64, None, PromptTooLongError, "context_length_exceeded"),
        ([5] * 40, SamplingParams(max_tokens=30), PromptTooLongError, "context_length_exceeded"),
        ([5] * 30, SamplingParams(max_tokens=30), KVCacheExhaustedError, "kv_cache_exhausted"),
        ([5], SamplingParams(stop_token_ids=[10**6]), UnknownTokenError, "invalid_token_id"),
    ],
)
def test_bad_request_is_refused_and_the_engine_keeps_serving(small_llm, prompt, params, error, code):
    engine = small_llm.engine
    engine.add_request("good", [5, 6, 7], SamplingParams(max_tokens=4, ignore_eos=True))
    with pytest.raises(error) as err:
        engine.add_request("bad", prompt, params or SamplingParams(max_tokens=4))
    assert err.value.code == code and isinstance(err.value, ValueError)
    assert "bad" not in engine.requests
    done = []
    while engine.has_unfinished():
        done += [o for o in engine.step() if o.finished]
    assert [o.request_id for o in done] == ["good"] and len(done[0].outputs[0].token_ids) == 4


def test_errors_never_echo_prompt_text(small_llm):
    secret = "alice@example.com " * 200
    with pytest.raises(PromptTooLongError) as err:
        small_llm.generate(secret)
    assert "alice" not in str(err.value)


def test_many_requests_beyond_cache_capacity_all_complete(small_llm):
    prompts = [[i + 3] * 10 for i in range(8)]  # together they need far more blocks than the cache holds
    outs = small_llm.generate(prompts, SamplingParams(max_tokens=6, temperature=0, ignore_eos=True))
    assert all(len(o.outputs[0].token_ids) == 6 for o in outs)
