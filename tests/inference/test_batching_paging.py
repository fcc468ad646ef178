"""Batching, paging, prefix caching, chunked prefill and preemption never change the results."""

from __future__ import annotations

import pytest
import torch

from sluice.inference import LLM, SamplingParams
from tests.inference.conftest import random_prompts
from tests.inference.reference_models import VOCAB

MAX_TOKENS = 10


def _run(path, prompts, **engine_args):
    engine_args.setdefault("num_kv_blocks", 512)
    engine_args.setdefault("block_size", 16)
    llm = LLM(path, dtype="float32", load_progress=False, **engine_args)
    params = SamplingParams(max_tokens=MAX_TOKENS, temperature=0, logprobs=0, ignore_eos=True)
    outs = llm.generate(prompts, params)
    tokens = [o.outputs[0].token_ids for o in outs]
    lps = [[next(iter(d.values())).logprob for d in o.outputs[0].logprobs] for o in outs]
    return llm, tokens, torch.tensor(lps)


@pytest.fixture(scope="module")
def case(reference_checkpoints):
    path, _ = reference_checkpoints("v3_groups")
    shared = random_prompts(1, 40, 40, VOCAB, seed=7)[0]
    prompts = random_prompts(4, 3, 50, VOCAB, seed=3) + [shared + [5, 6, 7], shared + [9], shared[:33]]
    singles = [_run(path, [p], enable_prefix_caching=False) for p in prompts]
    tokens = [t[0] for _, t, _ in singles]
    lps = torch.cat([lp for _, _, lp in singles])
    return path, prompts, tokens, lps


def _assert_same(case, tokens, lps):
    _, _, want_tokens, want_lps = case
    assert tokens == want_tokens
    torch.testing.assert_close(lps, want_lps, atol=1e-5, rtol=0)


@pytest.mark.parametrize("block_size", [1, 3, 16])
def test_batched_results_equal_unbatched_for_any_block_size(case, block_size):
    path, prompts, _, _ = case
    _, tokens, lps = _run(path, prompts, block_size=block_size, enable_prefix_caching=False)
    _assert_same(case, tokens, lps)


def test_prefix_cache_hits_reuse_blocks_and_keep_results(case):
    path, prompts, _, _ = case
    llm, tokens, lps = _run(path, prompts, block_size=4)
    _assert_same(case, tokens, lps)
    bm = llm.engine.block_manager
    hits_before = bm.prefix_hits
    again = llm.generate(
        prompts, SamplingParams(max_tokens=MAX_TOKENS, temperature=0, logprobs=0, ignore_eos=True)
    )
    assert bm.prefix_hits - hits_before >= len(prompts) * 2  # every prompt found its full blocks cached
    again_lps = torch.tensor([[next(iter(d.values())).logprob for d in o.outputs[0].logprobs] for o in again])
    _assert_same(case, [o.outputs[0].token_ids for o in again], again_lps)


def test_chunked_prefill_matches_whole_prompt_prefill(case):
    path, prompts, _, _ = case
    llm, tokens, lps = _run(
        path, prompts, block_size=4, max_num_batched_tokens=7, enable_prefix_caching=False
    )
    _assert_same(case, tokens, lps)


def test_chunked_prefill_interleaves_with_decodes(case):
    path, prompts, _, _ = case
    _, tokens, lps = _run(path, prompts, block_size=4, max_prefill_chunk=5, max_num_batched_tokens=64)
    _assert_same(case, tokens, lps)


def test_preemption_when_blocks_run_out_keeps_results(case):
    path, prompts, _, _ = case
    llm, tokens, lps = _run(path, prompts, block_size=4, num_kv_blocks=20, enable_prefix_caching=False)
    assert llm.engine.scheduler.num_preemptions > 0
    _assert_same(case, tokens, lps)


def test_preemption_with_prefix_cache_keeps_results(case):
    path, prompts, _, _ = case
    llm, tokens, lps = _run(path, prompts, block_size=4, num_kv_blocks=20)
    assert llm.engine.scheduler.num_preemptions > 0
    _assert_same(case, tokens, lps)


def test_prompt_logprobs_survive_chunking_and_preemption(case):
    path, prompts, _, _ = case
    params = SamplingParams(max_tokens=MAX_TOKENS, temperature=0, prompt_logprobs=2, ignore_eos=True)

    def prompt_lps(**engine_args):
        llm = LLM(path, dtype="float32", load_progress=False, **engine_args)
        outs = llm.generate(prompts, params)
        return llm, [
            [(tok, lp.logprob, lp.rank) for d in o.prompt_logprobs[1:] for tok, lp in d.items()] for o in outs
        ]

    _, whole = prompt_lps(num_kv_blocks=512, block_size=16)
    llm, chunked = prompt_lps(num_kv_blocks=20, block_size=4, max_num_batched_tokens=7)
    assert llm.engine.scheduler.num_preemptions > 0
    for got, want, prompt in zip(chunked, whole, prompts):
        assert len(want) >= len(prompt) - 1
        assert [(t, r) for t, _, r in got] == [(t, r) for t, _, r in want]
        assert [lp for _, lp, _ in got] == pytest.approx([lp for _, lp, _ in want], abs=1e-5)
