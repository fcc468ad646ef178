"""DeepSeek-V4 lightning indexer: Triton scores and top-k vs the reference."""
from __future__ import annotations

import pytest
import torch

from sluice.kernels import reference as R
from sluice.kernels._common import KernelArgumentError
from sluice.kernels.indexer import indexer_scores, indexer_topk
from tests.kernels.helpers import forbid_fallback

DTYPES = [torch.float32, torch.float16]
TOL = {torch.float32: 1e-5, torch.float16: 2e-3}


def _case(q_lens, k_lens, heads, d, dtype, rate):
    cq = [0] + torch.tensor(q_lens).cumsum(0).tolist()
    ck = [0] + torch.tensor(k_lens).cumsum(0).tolist()
    q = torch.randn(cq[-1], heads, d, dtype=dtype)
    k = torch.randn(ck[-1], d, dtype=dtype)
    w = torch.randn(cq[-1], heads) * heads ** -0.5
    # queries are the last tokens of sequences whose compressed entries cover rate * k_len tokens
    ends = [rate * kl + rate - 1 for kl in k_lens]
    pos = torch.cat([torch.arange(end - ql, end) for ql, end in zip(q_lens, ends)])
    return q, k, w, cq, ck, pos


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("q_lens,k_lens,heads,d,rate", [([5, 1], [3, 9], 4, 32, 4), ([13], [40], 3, 24, 2),
                                                        ([1, 2, 3], [0, 70, 5], 17, 16, 4)])
def test_indexer_scores_match_reference(monkeypatch, dtype, q_lens, k_lens, heads, d, rate):
    q, k, w, cq, ck, pos = _case(q_lens, k_lens, heads, d, dtype, rate)
    expected = R.indexer_scores(q, k, w, cq, ck, pos, rate, d ** -0.5)
    forbid_fallback(monkeypatch, "indexer", "indexer_scores_ref")
    got = indexer_scores(q, k, w, cq, ck, pos, rate, d ** -0.5, block_n=16)
    assert torch.equal(torch.isinf(got), torch.isinf(expected))  # same entries selectable
    tol = TOL[dtype] * (1 + expected[torch.isfinite(expected)].abs().max())
    torch.testing.assert_close(got, expected, atol=float(tol), rtol=0)


@pytest.mark.parametrize("dtype", DTYPES)
def test_indexer_topk_picks_the_best_selectable_entries(monkeypatch, dtype):
    q, k, w, cq, ck, pos = _case([6, 3], [30, 12], 4, 32, dtype, 4)
    ref_scores = R.indexer_scores(q, k, w, cq, ck, pos, 4, 0.2)
    expected = R.indexer_topk(q, k, w, cq, ck, pos, 4, 8, 0.2)
    forbid_fallback(monkeypatch, "indexer", "indexer_scores_ref")
    got = indexer_topk(q, k, w, cq, ck, pos, 4, 8, 0.2)
    assert got.dtype == torch.int32 and got.shape == (9, 8)
    assert torch.equal(got < 0, expected < 0)
    picked = ref_scores.gather(1, got.clamp(min=0).long())
    best = ref_scores.gather(1, expected.clamp(min=0).long())
    torch.testing.assert_close(picked[got >= 0], best[expected >= 0], atol=TOL[dtype] * 10, rtol=0)


def test_early_queries_get_only_ready_entries_and_minus_one(monkeypatch):
    # rate 4: the query at position 6 may use entry 0 only ((6 + 1) // 4 = 1); position 3 uses entry 0
    q, k = torch.randn(3, 2, 16), torch.randn(2, 16)
    pos = torch.tensor([2, 3, 6])
    forbid_fallback(monkeypatch, "indexer", "indexer_scores_ref")
    got = indexer_topk(q, k, torch.ones(3, 2), [0, 3], [0, 2], pos, 4, 3, 1.0)
    assert got.tolist() == [[-1, -1, -1], [0, -1, -1], [0, -1, -1]]


def test_indexer_refuses_mismatched_weights():
    with pytest.raises(KernelArgumentError, match="shapes disagree"):
        indexer_topk(torch.randn(3, 2, 16), torch.randn(2, 16), torch.ones(3, 4), [0, 3], [0, 2],
                     torch.arange(3), 4, 2, 1.0)
