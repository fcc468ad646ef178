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
    from inference.demo import init_demo

    return init_demo(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def restore_backend():
    from inference import ops

    saved = dict(ops._state)
    yield
    ops._state.update(saved)


def _run(model_dir, backend, device, dtype, max_tokens):
    from inference import LLM, SamplingParams, ops

    llm = LLM(model_dir, device=device, dtype=dtype, kernel_backend=backend, load_progress=False)
    assert ops.active_backend() == backend
    params = SamplingParams(max_tokens=max_tokens, temperature=0.0, logprobs=0, prompt_logprobs=0,
                            ignore_eos=True)
    outs = llm.generate(PROMPTS, params)
    del llm
    return outs


def _chosen_logprobs(entries):
    return [next(iter(e.values())).logprob for e in entries if e is not None]


def _compare(torch_outs, triton_outs, atol, same_tokens_upto):
    for a, b in zip(torch_outs, triton_outs):
        pa, pb = _chosen_logprobs(a.prompt_logprobs), _chosen_logprobs(b.prompt_logprobs)
        assert len(pa) == len(pb) > 0
        assert max(abs(x - y) for x, y in zip(pa, pb)) < atol
        ta, tb = a.outputs[0].token_ids, b.outputs[0].token_ids
        assert ta[:same_tokens_upto] == tb[:same_tokens_upto]
        la, lb = _chosen_logprobs(a.outputs[0].logprobs), _chosen_logprobs(b.outputs[0].logprobs)
        assert all(math.isfinite(x) for x in lb)
        assert abs(la[0] - lb[0]) < atol


def test_triton_backend_matches_torch_backend_on_cpu_interpreter(demo_dir, restore_backend):
    torch.set_num_threads(2)
    ref = _run(demo_dir, "torch", "cpu", "float32", max_tokens=3)
    got = _run(demo_dir, "triton", "cpu", "float32", max_tokens=3)
    _compare(ref, got, atol=1e-3, same_tokens_upto=3)


@pytest.mark.gpu
def test_triton_backend_matches_torch_backend_on_gpu_bf16(demo_dir, restore_backend):
    ref = _run(demo_dir, "torch", "cuda", "bfloat16", max_tokens=8)
    got = _run(demo_dir, "triton", "cuda", "bfloat16", max_tokens=8)
    _compare(ref, got, atol=0.15, same_tokens_upto=1)
