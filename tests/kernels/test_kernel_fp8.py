"""FP8 per-token-group activation quantization and the block-scaled FP8 GEMM."""
from __future__ import annotations

import pytest
import torch

from sluice.kernels.fp8_linear import (FP8_DTYPE, fp8_linear, fp8_linear_ref, per_token_group_quant_fp8,
                                per_token_group_quant_fp8_ref)
from tests.kernels.helpers import assert_close, forbid_fallback

DTYPES = [torch.float32, torch.float16]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("rows,cols,group", [(5, 64, 16), (1, 128, 128), (3, 96, 32)])
def test_group_quant_matches_reference_bit_for_bit(monkeypatch, dtype, rows, cols, group):
    x = torch.randn(rows, cols, dtype=dtype) * 3
    q_ref, s_ref = per_token_group_quant_fp8_ref(x, group)
    forbid_fallback(monkeypatch, "fp8_linear", "per_token_group_quant_fp8_ref")
    q, s = per_token_group_quant_fp8(x, group)
    assert q.dtype == FP8_DTYPE
    torch.testing.assert_close(s, s_ref, atol=0, rtol=0)
    torch.testing.assert_close(q.float(), q_ref.float(), atol=0, rtol=0)


def test_group_quant_uses_the_full_e4m3_range():
    x = torch.tensor([[0.5, -2.0, 1.0, 0.25]])
    q, s = per_token_group_quant_fp8(x, 4)
    torch.testing.assert_close(s, torch.tensor([[2.0 / 448]]))
    assert q.float()[0, 1] == -448.0


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("m,n,k,block", [(5, 40, 64, (16, 16)), (17, 33, 32, (16, 32)),
                                         (1, 16, 128, (128, 128))])
def test_fp8_linear_matches_reference(monkeypatch, dtype, m, n, k, block):
    x = torch.randn(m, k, dtype=dtype)
    w = torch.randn(n, k).to(FP8_DTYPE)
    scale = torch.rand(-(-n // block[0]), -(-k // block[1])) + 0.5
    expected = fp8_linear_ref(x, w, scale, block, quantize_activations=True)
    forbid_fallback(monkeypatch, "fp8_linear", "fp8_linear_ref")
    assert_close(fp8_linear(x, w, scale, block, block_n=16), expected, dtype, factor=5)
