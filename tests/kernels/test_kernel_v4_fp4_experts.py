"""DeepSeek-V4's routed experts stay packed in FP4 on the triton backend and run through
`fused_moe_fp4`: the demo model (FP4 experts) gives the torch backend's tokens and logprobs, the
experts are uint8 in memory, and an expert-parallel rank's share (its `expert_start`) gives the same
output as its dequantised experts.

On CPU the kernels run in the Triton interpreter (fp32, few tokens).
"""
from __future__ import annotations

from pathlib import Path

import pytest
import torch

from tests.kernels.helpers import forbid_fallback
from tests.kernels.test_kernel_model_backend import _compare, _run
from tests.kernels.test_kernel_model_backend import restore_backend  # noqa: F401 (fixture)

DEMO = Path(__file__).resolve().parents[2] / "inference" / "demo_model"
PROMPTS = [[5, 9, 14, 3, 22, 7, 8, 30, 2, 11, 17], [40, 41, 7, 9, 3, 15]]
ENGINE = dict(num_kv_blocks=64, block_size=4, max_num_batched_tokens=16, cuda_graphs=False)

@pytest.fixture
def moe_calls(monkeypatch):
    from sluice.inference.v4 import kernel_ops

    calls = []
    real = kernel_ops.fused_moe_fp4

    def counted(*args, **kwargs):
        calls.append(args[1].dtype)
        return real(*args, **kwargs)

    monkeypatch.setattr(kernel_ops, "fused_moe_fp4", counted)
    return calls

def test_demo_model_with_fp4_experts_on_triton_matches_torch_backend(restore_backend, moe_calls, monkeypatch):
    torch.set_num_threads(1)
    forbid_fallback(monkeypatch, "fused_moe_fp4", "fused_moe_fp4_ref")
    ref = _run(DEMO, "torch", "cpu", "float32", 3, PROMPTS, **ENGINE)
    assert not moe_calls
    got = _run(DEMO, "triton", "cpu", "float32", 3, PROMPTS, **ENGINE)
    assert moe_calls and set(moe_calls) == {torch.uint8}  # every MoE layer, every step, packed bytes
    _compare(ref, got, atol=1e-3)

def test_triton_backend_keeps_the_demo_experts_packed(restore_backend):
    from sluice.inference import ops
    from sluice.inference.engine_config import EngineConfig
    from sluice.inference.v4.config import load_v4_config
    from sluice.inference.v4.fp4_experts import PackedExperts
    from sluice.inference.v4.runner import V4Runner

    cfg = load_v4_config(DEMO)
    sizes = {}
    for backend in ("torch", "triton"):
        ops.select_backend(backend, "cpu")
        runner = V4Runner(cfg, DEMO, device=torch.device("cpu"), dtype=torch.float32, config=EngineConfig())
        experts = runner.model.layers[1].ffn.experts
        sizes[backend] = sum(t.numel() * t.element_size() for n, t in runner.model.named_parameters()
                             if ".ffn.experts." in n) + sum(
            t.numel() * t.element_size() for n, t in runner.model.named_buffers() if ".ffn.experts." in n)
        if backend == "torch":
            assert not isinstance(experts, PackedExperts) and runner.expert_bytes is None
            continue
        assert isinstance(experts, PackedExperts)
        assert {experts.w13.dtype, experts.w2.dtype, experts.w13_scale.dtype} == {torch.uint8}
        n, width, hidden = cfg.n_routed_experts, cfg.moe_intermediate_size, cfg.hidden_size
        assert experts.w13.shape == (n, 2 * width, hidden // 2) and experts.w2.shape == (n, hidden, width // 2)
        held, dequantised = runner.expert_bytes
        assert held == sizes["triton"] and dequantised == sizes["torch"]
    assert sizes["torch"] / sizes["triton"] > 7  # fp32 (32 bits) against 4 + 8/32 bits per weight

@pytest.mark.parametrize("rank", [0, 1])
def test_expert_parallel_rank_runs_its_packed_share(restore_backend, rank):
    """A rank of two holds experts [4 * rank, 4 * rank + 4): tokens routed elsewhere add nothing."""
    from sluice.inference import ops
    from sluice.inference.parallel import ParallelContext
    from sluice.inference.v4.config import load_v4_config
    from sluice.inference.v4.fp4_experts import routed_experts
    from sluice.inference.v4.moe import MoE
    from sluice.inference.v4.quant import dequant_fp4, quant_fp4

    cfg = load_v4_config(DEMO)
    par = ParallelContext(rank=rank, world_size=2)
    gen = torch.Generator().manual_seed(rank)
    dense = MoE(cfg, 1, par, dtype=torch.float32, device="cpu")
    packed = MoE(cfg, 1, par, dtype=torch.float32, device="cpu", fp4_experts=True)
    for e in range(4 * rank, 4 * rank + 4):
        for proj in ("w1", "w2", "w3"):
            weight = getattr(dense.experts[str(e)], proj).weight
            codes, scale = quant_fp4(torch.randn(weight.shape, generator=gen) * 0.3)
            weight.data.copy_(dequant_fp4(codes, scale))
            packed.experts.put(e, proj, codes, scale)
    x = torch.randn(7, cfg.hidden_size, generator=gen)
    ids = torch.randint(0, cfg.n_routed_experts, (7, 2), generator=gen)
    weights = torch.rand(7, 2, generator=gen)
    expected = torch.zeros_like(x)
    for t in range(7):
        for k in range(2):
            e = int(ids[t, k])
            if str(e) in dense.experts:
                expected[t] += weights[t, k] * dense.experts[str(e)](x[t : t + 1], cfg.swiglu_limit)[0]
    for backend in ("torch", "triton"):
        ops.select_backend(backend, "cpu")
        got = routed_experts(x, weights, ids, packed.experts, cfg.swiglu_limit)
        torch.testing.assert_close(got, expected, atol=1e-4, rtol=1e-4)
