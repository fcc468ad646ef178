"""Tolerances and checks shared by the kernel tests."""
from __future__ import annotations

import importlib

import torch

# Per-dtype tolerances (Liger-Kernel style): fp32 interpreter results are near-exact,
# fp16/bf16 differ from the fp32-accumulating references by output rounding.
TOL = {
    torch.float32: (1e-5, 1e-5),
    torch.float16: (2e-3, 2e-3),
    torch.bfloat16: (2e-2, 2e-2),
}


def assert_close(actual: torch.Tensor, expected: torch.Tensor, dtype: torch.dtype, factor: float = 1.0):
    atol, rtol = TOL[dtype]
    torch.testing.assert_close(actual.float(), expected.float(), atol=atol * factor, rtol=rtol * factor)


def forbid_fallback(monkeypatch, module: str, ref_name: str) -> None:
    """Make the wrapper in ``kernels.<module>`` fail loudly if it falls back to its reference."""
    mod = importlib.import_module(f"sluice.kernels.{module}")

    def _fail(*args, **kwargs):
        raise AssertionError(f"sluice.kernels.{module} fell back to {ref_name} instead of running Triton")

    monkeypatch.setattr(mod, ref_name, _fail)
