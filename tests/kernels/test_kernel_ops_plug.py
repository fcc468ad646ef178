"""sluice.inference.ops with the triton backend runs these kernels, with the torch backend's signatures and
results (Triton interpreter on CPU, fp32)."""
from __future__ import annotations

import pytest
import torch

from sluice import kernels
from sluice.kernels.fp8_linear import FP8_DTYPE


@pytest.fixture
def ops_backends():
    from sluice.inference import ops

    saved = dict(ops._state)

    def run(name, *args, **kwargs):
        out = {}
        for backend in ("torch", "triton"):
            ops.select_backend(backend, "cpu")
            out[backend] = getattr(ops, name)(*args, **kwargs)
        return out["torch"], out["triton"]

    yield run
    ops._state.update(saved)


def test_triton_backend_loads_every_kernel():
    from sluice.inference import ops

    saved = dict(ops._state)
    try:
        ops.select_backend("triton", "cpu")
        assert set(ops._state["impls"]) == set(ops.TRITON_MODULES)
        assert ops._state["impls"]["mla_decode"] is kernels.mla_decode
    finally:
        ops._state.update(saved)


def test_norm_rotary_routing_through_ops(ops_backends):
    x, res, w = torch.randn(5, 24), torch.randn(5, 24), torch.randn(24)
    (a, ra), (b, rb) = ops_backends("rms_norm", x, w, 1e-6, res)
    torch.testing.assert_close(b, a)
    torch.testing.assert_close(rb, ra)
    q, cos, sin = torch.randn(5, 3, 8), torch.randn(5, 4), torch.randn(5, 4)
    a, b = ops_backends("rotary", q, cos, sin, True)
    torch.testing.assert_close(b, a)
    kw = dict(top_k=4, scoring_func="sigmoid", topk_method="noaux_tc", n_group=4, topk_group=2,
              correction_bias=torch.randn(16) * 0.1, norm_topk_prob=True, routed_scaling_factor=2.5)
    (wa, ia), (wb, ib) = ops_backends("moe_route", torch.randn(6, 16), **kw)
    torch.testing.assert_close(ib.sort(-1).values, ia.sort(-1).values)
    torch.testing.assert_close(wb.sum(-1), wa.sum(-1))


def test_fp8_experts_through_ops_match_up_to_activation_quantization(ops_backends):
    E, H, I = 4, 64, 32
    w13, w2 = torch.randn(E, 2 * I, H).to(FP8_DTYPE), torch.randn(E, H, I).to(FP8_DTYPE)
    s13, s2 = torch.rand(E, 2 * I // 32, H // 32) * 0.02, torch.rand(E, H // 32, I // 32) * 0.02
    x, ids, weights = torch.randn(5, H), torch.randint(0, E, (5, 2)), torch.rand(5, 2)
    a, b = ops_backends("fused_moe", x, w13, w2, weights, ids, 0, w13_scale=s13, w2_scale=s2,
                        block_shape=(32, 32))
    # the kernel quantizes activations per 32-channel group to e4m3 (DeepSeek-V3's scheme),
    # the torch path keeps them in fp32: a few percent apart
    assert (b - a).norm() / a.norm() < 0.08


def test_fp8_linear_through_ops(ops_backends):
    w, s = torch.randn(48, 64).to(FP8_DTYPE), torch.rand(2, 2) + 0.5
    a, b = ops_backends("fp8_linear", torch.randn(3, 64), w, s, (32, 32))
    assert (b - a).norm() / a.norm() < 0.08


def test_dispatched_v4_function_runs_the_kernel_registered_for_its_op():
    from sluice.inference import ops
    from sluice.inference.v4.layers import hyper_expand

    saved = dict(ops._state)
    streams, out = torch.randn(3, 2, 4), torch.randn(3, 4)
    post, comb = torch.rand(3, 2), torch.rand(3, 2, 2)
    try:
        ops.select_backend("torch", "cpu")
        want = hyper_expand(streams, out, post, comb)
        ops.register_kernel("v4_hc_post", lambda *args: torch.zeros(3, 2, 4))
        assert torch.equal(hyper_expand(streams, out, post, comb), want)  # torch backend: the model's code
        ops.select_backend("triton", "cpu")
        assert not hyper_expand(streams, out, post, comb).any()  # triton backend: the registered kernel
    finally:
        ops._state.update(saved)
    with pytest.raises(KeyError):
        ops.dispatch("no_such_op")
