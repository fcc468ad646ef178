"""Sluice's engine reproduces transformers' DeepSeek-V2/V3 numerically (fp32) on tiny random models."""

from __future__ import annotations

import pytest
import torch

from sluice.inference import LLM, SamplingParams
from tests.inference.conftest import random_prompts
from tests.inference.reference_models import VOCAB, reference_greedy, reference_prompt_logprobs

CASES = ["v2_lite", "v2_group_limited", "v3_groups", "v3_yarn", "v2_lite_yarn_legacy"]


@pytest.mark.parametrize("name", CASES)
def test_prompt_logprobs_and_greedy_generation_match_transformers(reference_checkpoints, name):
    path, ref = reference_checkpoints(name)
    llm = LLM(path, dtype="float32", load_progress=False, block_size=4, num_kv_blocks=256)
    prompts = random_prompts(3, 5, 60, VOCAB, seed=hash(name) % 1000)
    params = SamplingParams(max_tokens=12, temperature=0, prompt_logprobs=0, ignore_eos=True)
    outs = llm.generate(prompts, params)
    for prompt, out in zip(prompts, outs):
        got = torch.tensor([next(iter(d.values())).logprob for d in out.prompt_logprobs[1:]])
        want = reference_prompt_logprobs(ref, prompt)
        assert out.prompt_logprobs[0] is None
        assert [next(iter(d)) for d in out.prompt_logprobs[1:]] == prompt[1:]
        torch.testing.assert_close(got, want, atol=1e-4, rtol=0)
        assert out.outputs[0].token_ids == reference_greedy(ref, prompt, 12)


# mean error bound: a rare routing flip in bf16 may move one position further
@pytest.mark.parametrize("dtype, tol", [("bfloat16", 0.08), ("float16", 0.01)])
def test_half_precision_runs_close_to_float32(reference_checkpoints, dtype, tol):
    path, ref = reference_checkpoints("v3_groups")
    prompt = random_prompts(1, 30, 30, VOCAB, seed=5)[0]
    llm = LLM(path, dtype=dtype, load_progress=False, block_size=4, num_kv_blocks=64)
    assert llm.engine.runner.kv_cache.dtype == getattr(torch, dtype)
    out = llm.generate(prompt, SamplingParams(max_tokens=4, prompt_logprobs=0, ignore_eos=True))[0]
    got = torch.tensor([next(iter(d.values())).logprob for d in out.prompt_logprobs[1:]])
    assert (got - reference_prompt_logprobs(ref, prompt)).abs().mean() < tol
