"""DeepSeek-V4 gated KV compressor (HCA windows, CSA / indexer overlapping windows) vs reference."""
from __future__ import annotations

import pytest
import torch

from sluice.kernels import reference as R
from sluice.kernels._common import KernelArgumentError
from sluice.kernels.compressor import compress_kv
from tests.kernels.helpers import assert_close, forbid_fallback

DTYPES = [torch.float32, torch.float16]


def _inputs(lens, d, rate, overlap, dtype):
    width = 2 * d if overlap else d
    T = sum(lens)
    kv, gate = torch.randn(T, width, dtype=dtype), torch.randn(T, width, dtype=dtype)
    bias, weight = torch.randn(rate, width) * 0.5, torch.rand(d) + 0.5
    return kv, gate, bias, weight, [0] + torch.tensor(lens).cumsum(0).tolist()


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("lens,d,rate,overlap", [([8, 4], 24, 4, True), ([12, 0, 6], 40, 3, True),
                                                 ([40], 16, 20, False), ([5, 10], 33, 5, False)])
def test_compress_kv_matches_reference(monkeypatch, dtype, lens, d, rate, overlap):
    kv, gate, bias, weight, cu = _inputs(lens, d, rate, overlap, dtype)
    expected = R.compress_kv(kv, gate, bias, weight, cu, rate, overlap=overlap)
    forbid_fallback(monkeypatch, "compressor", "compress_kv_ref")
    got = compress_kv(kv, gate, bias, weight, cu, rate, overlap=overlap)
    assert got.shape == (sum(lens) // rate, d)
    assert_close(got, expected, dtype, factor=3)


@pytest.mark.parametrize("dtype", DTYPES)
def test_carried_state_feeds_the_first_window(monkeypatch, dtype):
    kv, gate, bias, weight, cu = _inputs([8, 4], 16, 4, True, dtype)
    prev_kv = torch.randn(2, 4, 16, dtype=dtype)
    prev_gate = torch.randn(2, 4, 16)
    prev_gate[1] = float("-inf")  # sequence 1 has no previous window
    state = dict(prev_kv=prev_kv, prev_gate=prev_gate)
    expected = R.compress_kv(kv, gate, bias, weight, cu, 4, overlap=True, **state)
    forbid_fallback(monkeypatch, "compressor", "compress_kv_ref")
    got = compress_kv(kv, gate, bias, weight, cu, 4, overlap=True, **state)
    assert_close(got, expected, dtype, factor=3)
    without = compress_kv(kv, gate, bias, weight, cu, 4, overlap=True)
    assert not torch.allclose(got[0], without[0])  # state used for sequence 0's first entry
    assert_close(got[1:], without[1:], dtype)  # later entries and sequence 1 do not depend on it


def test_split_call_with_state_equals_one_call(monkeypatch):
    kv, gate, bias, weight, _ = _inputs([12], 8, 4, True, torch.float32)
    whole = compress_kv(kv, gate, bias, weight, [0, 12], 4, overlap=True)
    forbid_fallback(monkeypatch, "compressor", "compress_kv_ref")
    head = compress_kv(kv[:8], gate[:8], bias, weight, [0, 8], 4, overlap=True)
    carried_gate = (gate[4:8, :8].float() + bias[:, :8]).unsqueeze(0)
    tail = compress_kv(kv[8:], gate[8:], bias, weight, [0, 4], 4, overlap=True,
                       prev_kv=kv[4:8, :8].unsqueeze(0), prev_gate=carried_gate)
    torch.testing.assert_close(torch.cat([head, tail]), whole, atol=1e-5, rtol=1e-5)


def test_compress_kv_refuses_partial_windows():
    kv, gate, bias, weight, _ = _inputs([6], 8, 4, False, torch.float32)
    with pytest.raises(KernelArgumentError, match="multiples of rate"):
        compress_kv(kv, gate, bias, weight, [0, 6], 4, overlap=False)
