"""What every wrapper promises: clear argument errors, and the reference path when Triton can't run."""
from __future__ import annotations

import sys

import pytest
import torch

from sluice import kernels
from sluice.kernels import KernelArgumentError
from sluice.kernels._common import LazyJit, triton_runnable


class _NoLaunch:
    def __getitem__(self, grid):
        raise AssertionError("a Triton kernel was launched")


def test_cpu_without_interpreter_falls_back_to_the_reference(monkeypatch):
    monkeypatch.delenv("TRITON_INTERPRET")
    monkeypatch.setattr(sys.modules["sluice.kernels.rms_norm"], "_rms_norm_kernel", _NoLaunch())
    x, w = torch.randn(3, 8), torch.randn(8)
    torch.testing.assert_close(kernels.rms_norm(x, w, 1e-6), kernels.rms_norm_ref(x, w, 1e-6))
    assert not triton_runnable(x)


def test_bfloat16_on_the_interpreter_uses_the_reference():
    x = torch.randn(4, 8, dtype=torch.bfloat16)
    assert not triton_runnable(x)
    assert triton_runnable(x.float())
    out = kernels.rms_norm(x, torch.ones(8, dtype=torch.bfloat16), 1e-6)
    assert out.dtype == torch.bfloat16


def test_kernels_compile_in_the_mode_set_at_launch(monkeypatch):
    from triton.runtime.interpreter import InterpretedFunction

    def body(x_ptr):
        pass

    lazy = LazyJit(body)
    assert isinstance(lazy._kernel(), InterpretedFunction)


@pytest.mark.parametrize("call,message", [
    (lambda: kernels.rms_norm(torch.randn(3, 8), torch.randn(7), 1e-6), "weight must have shape"),
    (lambda: kernels.rms_norm(torch.randn(3, 8).int(), torch.randn(8), 1e-6), "dtype int32 not supported"),
    (lambda: kernels.rotary(torch.randn(3, 2, 7), torch.randn(3, 3), torch.randn(3, 3)), "must be even"),
    (lambda: kernels.rotary(torch.randn(3, 2, 8), torch.randn(4, 4), torch.randn(4, 4)), "cos/sin must both"),
    (lambda: kernels.cache_write(torch.zeros(2, 4, 10), torch.tensor([0, 1]), torch.randn(2, 9)),
     "cache rows hold 10"),
    (lambda: kernels.moe_route(torch.randn(2, 8), top_k=9), "top_k=9"),
    (lambda: kernels.moe_route(torch.randn(2, 8), top_k=2, topk_method="noaux_tc", n_group=3, topk_group=1),
     "cannot be split"),
    (lambda: kernels.moe_route(torch.randn(2, 8), top_k=2, scoring_func="relu"), "unknown scoring_func"),
    (lambda: kernels.fused_moe(torch.randn(2, 8), torch.randn(3, 10, 8), torch.randn(3, 8, 4),
                               torch.rand(2, 1), torch.zeros(2, 1, dtype=torch.long)), "w2 must be"),
    (lambda: kernels.mla_decode(torch.randn(2, 4, 16), torch.randn(2, 4, 4), torch.randn(3, 4, 21),
                                torch.zeros(2, 1).int(), torch.ones(2).int(), 1.0), "cache last dim 21"),
    (lambda: kernels.mla_prefill(torch.randn(3, 2, 8), torch.randn(2, 2, 8), torch.randn(2, 2, 4),
                                 [0, 3], [0, 2], 1.0), "query length <= key length"),
    (lambda: kernels.fp8_linear(torch.randn(2, 32), torch.randn(16, 32).to(kernels.FP8_DTYPE),
                                torch.ones(2, 2), (16, 16)), "weight_scale_inv must be (1, 2)"),
    (lambda: kernels.mla_decode(torch.randn(2, 4, 16)[:, :, ::2], torch.randn(2, 4, 4),
                                torch.randn(3, 4, 12), torch.zeros(2, 1).int(), torch.ones(2).int(), 1.0),
     "contiguous in its last dim"),
])
def test_bad_arguments_raise_a_coded_error_naming_the_problem(call, message):
    with pytest.raises(KernelArgumentError) as err:
        call()
    assert err.value.code == "kernel_bad_argument"
    assert message in str(err.value)
