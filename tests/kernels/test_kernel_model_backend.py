"""The inference core gives the same results with kernel_backend="triton" as with "torch".

On CPU the Triton kernels run in the interpreter (fp32); on a GPU the same comparison runs in
bf16 with the compiled kernels against the PyTorch path.
"""
from __future__ import annotations

import math

import pytest
import torch

PROMPTS = ["Hello there, how are", [5, 6, 7, 8, 9, 10, 11]]


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    from sluice.inference.random_v3 import write_random_v3

    return write_random_v3(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def restore_backend():
    from sluice.inference import ops

    saved = dict(ops._state)
    yield
    ops._state.update(saved)


def _run(model_dir, backend, device, dtype, max_tokens, prompts=PROMPTS, **engine_args):
    from sluice.inference import LLM, SamplingParams, ops

    llm = LLM(model_dir, device=device, dtype=dtype, kernel_backend=backend, load_progress=False,
              **engine_args)
    assert ops.active_backend() == backend
    params = SamplingParams(max_tokens=max_tokens, temperature=0.0, logprobs=2, prompt_logprobs=0,
                            ignore_eos=True)
    outs = llm.generate(prompts, params)
    del llm
    return outs


def _prompt_logprobs(out):
    return [entry[tok].logprob for tok, entry in zip(out.prompt_token_ids, out.prompt_logprobs) if entry]


def _compare(torch_outs, triton_outs, atol):
    """Teacher-forced prompt logprobs agree; greedy tokens agree while torch's choice is clear."""
    for a, b in zip(torch_outs, triton_outs):
        pa, pb = _prompt_logprobs(a), _prompt_logprobs(b)
        assert len(pa) == len(pb) > 0
        assert max(abs(x - y) for x, y in zip(pa, pb)) < atol
        ta, tb = a.outputs[0].token_ids, b.outputs[0].token_ids
        for i, (tok_a, tok_b) in enumerate(zip(ta, tb)):
            entry_a, entry_b = a.outputs[0].logprobs[i], b.outputs[0].logprobs[i]
            ranked = sorted(entry_a.values(), key=lambda lp: -lp.logprob)
            margin = ranked[0].logprob - ranked[1].logprob if len(ranked) > 1 else float("inf")
            if margin < 2 * atol:
                break  # a near-tie: the two paths may pick different tokens from here on
            assert tok_a == tok_b
            assert abs(entry_a[tok_a].logprob - entry_b[tok_b].logprob) < atol
            assert math.isfinite(entry_b[tok_b].logprob)


def test_triton_backend_matches_torch_backend_on_cpu_interpreter(demo_dir, restore_backend):
    torch.set_num_threads(2)
    ref = _run(demo_dir, "torch", "cpu", "float32", max_tokens=3)
    got = _run(demo_dir, "triton", "cpu", "float32", max_tokens=3)
    _compare(ref, got, atol=1e-3)


@pytest.mark.gpu
def test_triton_backend_matches_torch_backend_on_gpu_bf16(demo_dir, restore_backend):
    ref = _run(demo_dir, "torch", "cuda", "bfloat16", max_tokens=8)
    got = _run(demo_dir, "triton", "cuda", "bfloat16", max_tokens=8)
    _compare(ref, got, atol=0.15)
