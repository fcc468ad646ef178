"""MLA decode (split-KV + LSE merge), MHA-form prefill and paged absorbed prefill vs references."""
from __future__ import annotations

import pytest
import torch

from sluice.kernels.mla_decode import mla_decode, mla_decode_ref
from sluice.kernels.mla_prefill import mla_prefill, mla_prefill_ref
from sluice.kernels.mla_prefill_paged import mla_prefill_paged, mla_prefill_paged_ref
from tests.kernels.helpers import assert_close, forbid_fallback

DTYPES = [torch.float32, torch.float16]


def _paged(batch, max_blocks, page, dl, dr, dtype):
    cache = torch.randn(batch * max_blocks + 3, page, dl + dr, dtype=dtype)
    table = torch.randperm(cache.shape[0])[:batch * max_blocks].view(batch, max_blocks).int()
    return cache, table


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("splits", [1, 3, 8])
@pytest.mark.parametrize("heads,dl,dr,page", [(5, 40, 8, 4), (16, 64, 16, 16), (18, 24, 6, 3)])
def test_mla_decode_matches_reference(monkeypatch, dtype, splits, heads, dl, dr, page):
    lens = torch.tensor([17, 1, 0, 9]).int()
    cache, table = _paged(4, -(-17 // page), page, dl, dr, dtype)
    q_lat, q_pe = torch.randn(4, heads, dl, dtype=dtype), torch.randn(4, heads, dr, dtype=dtype)
    expected = mla_decode_ref(q_lat, q_pe, cache, table, lens, 0.2)
    forbid_fallback(monkeypatch, "mla_decode", "mla_decode_ref")
    got = mla_decode(q_lat, q_pe, cache, table, lens, 0.2, num_kv_splits=splits)
    assert_close(got, expected, dtype, factor=2)
    assert got[2].abs().sum() == 0  # empty context gives zeros, not NaN


def test_mla_decode_values_are_the_latent_part_of_the_same_cache(monkeypatch):
    # one cached token: attention returns exactly its c_kv, whatever the scores
    cache = torch.randn(2, 4, 20)
    table = torch.tensor([[1]]).int()
    forbid_fallback(monkeypatch, "mla_decode", "mla_decode_ref")
    out = mla_decode(torch.randn(1, 3, 16), torch.randn(1, 3, 4), cache, table, torch.tensor([1]).int(), 1.0)
    torch.testing.assert_close(out[0], cache[1, 0, :16].expand(3, 16))


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("q_lens,k_lens", [([3, 1, 5], [5, 6, 5]), ([1], [1]), ([7, 2], [7, 20])])
def test_mla_prefill_matches_reference(monkeypatch, dtype, q_lens, k_lens):
    heads, d, dv = 3, 24, 16
    cq = [0] + torch.tensor(q_lens).cumsum(0).tolist()
    ck = [0] + torch.tensor(k_lens).cumsum(0).tolist()
    q = torch.randn(cq[-1], heads, d, dtype=dtype)
    k = torch.randn(ck[-1], heads, d, dtype=dtype)
    v = torch.randn(ck[-1], heads, d + dv, dtype=dtype)[..., d:]  # strided view, as sliced from kv_b_proj
    expected = mla_prefill_ref(q, k, v, cq, ck, 0.3)
    forbid_fallback(monkeypatch, "mla_prefill", "mla_prefill_ref")
    assert_close(mla_prefill(q, k, v, cq, ck, 0.3, block_m=16, block_n=16), expected, dtype, factor=2)


def test_mla_prefill_first_token_sees_only_itself(monkeypatch):
    q = torch.randn(4, 2, 16)
    k = torch.randn(4, 2, 16)
    v = torch.randn(4, 2, 16)
    forbid_fallback(monkeypatch, "mla_prefill", "mla_prefill_ref")
    out = mla_prefill(q, k, v, [0, 4], [0, 4], 0.25, block_m=16, block_n=16)
    torch.testing.assert_close(out[0], v[0])


@pytest.mark.parametrize("dtype", DTYPES)
def test_mla_prefill_paged_matches_reference(monkeypatch, dtype):
    heads, dl, dr, page = 5, 40, 8, 4
    lens = torch.tensor([17, 3, 9]).int()
    q_lens = torch.tensor([5, 3, 9])
    cu = torch.cat([torch.zeros(1), q_lens.cumsum(0)]).int()
    cache, table = _paged(3, 5, page, dl, dr, dtype)
    q_lat = torch.randn(int(cu[-1]), heads, dl, dtype=dtype)
    q_pe = torch.randn(int(cu[-1]), heads, dr, dtype=dtype)
    expected = mla_prefill_paged_ref(q_lat, q_pe, cache, table, cu, lens, 0.2)
    forbid_fallback(monkeypatch, "mla_prefill_paged", "mla_prefill_paged_ref")
    assert_close(mla_prefill_paged(q_lat, q_pe, cache, table, cu, lens, 0.2), expected, dtype, factor=2)


def test_paged_prefill_of_one_token_equals_decode():
    cache, table = _paged(2, 3, 4, 32, 8, torch.float32)
    lens = torch.tensor([10, 7]).int()
    q_lat, q_pe = torch.randn(2, 4, 32), torch.randn(2, 4, 8)
    cu = torch.tensor([0, 1, 2]).int()
    torch.testing.assert_close(mla_prefill_paged(q_lat, q_pe, cache, table, cu, lens, 0.3),
                               mla_decode(q_lat, q_pe, cache, table, lens, 0.3, num_kv_splits=2),
                               atol=1e-5, rtol=1e-5)
