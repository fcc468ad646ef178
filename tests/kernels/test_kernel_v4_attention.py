"""DeepSeek-V4 attention kernels (sliding window with sinks, sparse over chosen rows) vs references."""
from __future__ import annotations

import pytest
import torch

from sluice.kernels import reference as R
from sluice.kernels._common import KernelArgumentError
from sluice.kernels.sparse_attention import sparse_attention
from sluice.kernels.swa_attention import swa_decode, swa_prefill
from tests.kernels.helpers import assert_close, forbid_fallback

DTYPES = [torch.float32, torch.float16]


def _dense_window_attention(q, kv, positions, window, scale, sinks):
    """Plain masked softmax over every key with the sink as an extra column (transformers' form)."""
    scores = torch.einsum("thd,nd->thn", q.float(), kv.float()) * scale
    keys = torch.arange(kv.shape[0])
    visible = (keys[None, :] <= positions[:, None]) & (keys[None, :] > positions[:, None] - window)
    scores = scores.masked_fill(~visible[:, None, :], float("-inf"))
    logits = torch.cat([scores, sinks.float().view(1, -1, 1).expand(q.shape[0], -1, 1)], -1)
    return torch.einsum("thn,nd->thd", logits.softmax(-1)[..., :-1], kv.float())


def test_reference_matches_a_dense_masked_softmax_with_a_sink_column():
    q, kv, sinks = torch.randn(9, 3, 16), torch.randn(9, 16), torch.randn(3)
    got = R.swa_prefill(q, kv, [0, 9], [0, 9], 4, 0.3, sinks)
    torch.testing.assert_close(got, _dense_window_attention(q, kv, torch.arange(9), 4, 0.3, sinks))


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("q_lens,k_lens,window,heads", [([3, 1, 5], [5, 6, 5], 2, 3), ([1], [1], 4, 5),
                                                         ([7, 20], [7, 37], 6, 2), ([13], [13], 64, 4),
                                                         ([4, 2], [9, 2], 3, 17)])
def test_swa_prefill_matches_reference(monkeypatch, dtype, q_lens, k_lens, window, heads):
    d = 24
    cq = [0] + torch.tensor(q_lens).cumsum(0).tolist()
    ck = [0] + torch.tensor(k_lens).cumsum(0).tolist()
    q = torch.randn(cq[-1], heads, d, dtype=dtype)
    kv = torch.randn(ck[-1], d, dtype=dtype)
    sinks = torch.randn(heads)
    expected = R.swa_prefill(q, kv, cq, ck, window, 0.3, sinks)
    forbid_fallback(monkeypatch, "swa_attention", "swa_prefill_ref")
    got = swa_prefill(q, kv, cq, ck, window, 0.3, sinks, block_m=16, block_n=16)
    assert_close(got, expected, dtype, factor=2)


def test_swa_prefill_sees_exactly_the_window(monkeypatch):
    # keys are one-hot values: the output of a head is its softmax weight on each key
    kv = torch.eye(16)
    q = torch.zeros(16, 1, 16)  # zero scores: uniform weights over what is visible
    forbid_fallback(monkeypatch, "swa_attention", "swa_prefill_ref")
    out = swa_prefill(q, kv, [0, 16], [0, 16], 3, 1.0, block_m=16, block_n=16)[:, 0]
    for t in range(16):
        seen = out[t].nonzero().flatten().tolist()
        assert seen == list(range(max(0, t - 2), t + 1))
        torch.testing.assert_close(out[t, seen], torch.full((len(seen),), 1 / len(seen)))


def test_sink_takes_its_share_of_the_softmax(monkeypatch):
    kv = torch.ones(1, 16)
    q = torch.zeros(1, 2, 16)
    sinks = torch.tensor([0.0, float("-inf")])
    forbid_fallback(monkeypatch, "swa_attention", "swa_prefill_ref")
    out = swa_prefill(q, kv, [0, 1], [0, 1], 8, 1.0, sinks, block_m=16, block_n=16)
    torch.testing.assert_close(out[0, 0], torch.full((16,), 0.5))  # exp(0) / (exp(0) + exp(0))
    torch.testing.assert_close(out[0, 1], torch.ones(16))  # no sink for head 1


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("heads,d,page,window", [(5, 40, 4, 6), (16, 64, 16, 128), (3, 24, 3, 1)])
def test_swa_decode_matches_reference(monkeypatch, dtype, heads, d, page, window):
    lens = torch.tensor([17, 1, 0, 9]).int()
    blocks = -(-17 // page)
    cache = torch.randn(4 * blocks + 3, page, d, dtype=dtype)
    table = torch.randperm(cache.shape[0])[:4 * blocks].view(4, blocks).int()
    q, sinks = torch.randn(4, heads, d, dtype=dtype), torch.randn(heads)
    expected = R.swa_decode(q, cache, table, lens, window, 0.2, sinks)
    forbid_fallback(monkeypatch, "swa_attention", "swa_decode_ref")
    got = swa_decode(q, cache, table, lens, window, 0.2, sinks, block_m=16, block_n=16)
    assert_close(got, expected, dtype, factor=2)
    assert got[2].abs().sum() == 0  # empty context: zeros, not NaN


def test_swa_decode_equals_the_last_row_of_prefill():
    q, kv, sinks = torch.randn(11, 4, 32), torch.randn(11, 32), torch.randn(4)
    cache = kv.view(11, 1, 32)
    table = torch.arange(11).view(1, 11).int()
    dec = swa_decode(q[-1:], cache, table, torch.tensor([11]).int(), 5, 0.25, sinks, block_m=16, block_n=16)
    pre = swa_prefill(q, kv, [0, 11], [0, 11], 5, 0.25, sinks, block_m=16, block_n=16)
    torch.testing.assert_close(dec[0], pre[-1], atol=1e-5, rtol=1e-5)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("tokens,heads,d,rows,k", [(5, 3, 24, 40, 7), (1, 17, 64, 9, 33),
                                                   (8, 4, 16, 100, 16)])
def test_sparse_attention_matches_reference(monkeypatch, dtype, tokens, heads, d, rows, k):
    q, kv = torch.randn(tokens, heads, d, dtype=dtype), torch.randn(rows, d, dtype=dtype)
    idx = torch.stack([torch.randperm(rows)[:k] for _ in range(tokens)]).int()
    idx[0, ::2] = -1  # unused slots
    sinks = torch.randn(heads)
    expected = R.sparse_attention(q, kv, idx, 0.2, sinks)
    forbid_fallback(monkeypatch, "sparse_attention", "sparse_attention_ref")
    assert_close(sparse_attention(q, kv, idx, 0.2, sinks, block_n=16), expected, dtype, factor=2)


def test_sparse_attention_over_window_indices_is_sliding_window_attention(monkeypatch):
    q, kv, sinks = torch.randn(10, 2, 16), torch.randn(10, 16), torch.randn(2)
    idx = R.window_indices(torch.arange(10), 4)
    forbid_fallback(monkeypatch, "sparse_attention", "sparse_attention_ref")
    got = sparse_attention(q, kv, idx, 0.5, sinks, block_n=16)
    torch.testing.assert_close(got, swa_prefill(q, kv, [0, 10], [0, 10], 4, 0.5, sinks), atol=1e-5, rtol=1e-5)


def test_sparse_attention_query_without_keys_gives_zeros(monkeypatch):
    forbid_fallback(monkeypatch, "sparse_attention", "sparse_attention_ref")
    none = torch.full((2, 3), -1)
    out = sparse_attention(torch.randn(2, 2, 16), torch.randn(4, 16), none, 1.0, torch.zeros(2))
    assert out.abs().sum() == 0


def test_attention_refuses_wrong_sinks_and_window():
    with pytest.raises(KernelArgumentError, match="sinks must be"):
        sparse_attention(torch.randn(2, 2, 16), torch.randn(4, 16), torch.zeros(2, 3).long(), 1.0,
                         torch.zeros(3))
    with pytest.raises(KernelArgumentError, match="window must be"):
        swa_prefill(torch.randn(2, 2, 16), torch.randn(2, 16), [0, 2], [0, 2], 0, 1.0)
