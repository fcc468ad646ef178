"""DeepSeek-V4 mHC mixing (hc_pre: weights, Sinkhorn and collapse; hc_post: stream mixing) vs reference."""
from __future__ import annotations

import pytest
import torch

from sluice.kernels import reference as R
from sluice.kernels._common import KernelArgumentError
from sluice.kernels.hyper_connections import hc_post, hc_pre
from tests.kernels.helpers import assert_close, forbid_fallback

DTYPES = [torch.float32, torch.float16]


def _params(n, d):
    m = (2 + n) * n
    return torch.randn(m, n * d) * 0.5, torch.randn(m) * 0.3, torch.rand(3) + 0.5


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("tokens,n,d,iters", [(5, 4, 48, 20), (1, 3, 100, 5), (7, 2, 1100, 1)])
def test_hc_pre_matches_reference(monkeypatch, dtype, tokens, n, d, iters):
    x = torch.randn(tokens, n, d, dtype=dtype)
    fn, base, scale = _params(n, d)
    kw = dict(norm_eps=1e-6, hc_eps=1e-6, sinkhorn_iters=iters)
    coll_ref, post_ref, comb_ref = R.hc_pre(x, fn, base, scale, **kw)
    forbid_fallback(monkeypatch, "hyper_connections", "hc_pre_ref")
    coll, post, comb = hc_pre(x, fn, base, scale, **kw)
    assert post.dtype == comb.dtype == torch.float32 and coll.dtype == dtype
    torch.testing.assert_close(post, post_ref, atol=1e-5, rtol=1e-5)
    torch.testing.assert_close(comb, comb_ref, atol=1e-5, rtol=1e-5)
    assert_close(coll, coll_ref, dtype, factor=2)


def test_sinkhorn_makes_comb_doubly_stochastic(monkeypatch):
    x = torch.randn(6, 4, 32)
    forbid_fallback(monkeypatch, "hyper_connections", "hc_pre_ref")
    fn, base, scale = _params(4, 32)
    _, post, comb = hc_pre(x, fn * 0.1, base, scale, sinkhorn_iters=20)  # logits of order 1, as trained
    torch.testing.assert_close(comb.sum(-1), torch.ones(6, 4), atol=1e-3, rtol=0)
    torch.testing.assert_close(comb.sum(-2), torch.ones(6, 4), atol=1e-5, rtol=0)
    assert ((post > 0) & (post < 2)).all()


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("tokens,n,d", [(5, 4, 48), (1, 3, 700), (9, 2, 17)])
def test_hc_post_matches_reference(monkeypatch, dtype, tokens, n, d):
    x, y = torch.randn(tokens, n, d, dtype=dtype), torch.randn(tokens, d, dtype=dtype)
    post, comb = torch.rand(tokens, n) * 2, torch.rand(tokens, n, n)
    expected = R.hc_post(x, y, post, comb)
    forbid_fallback(monkeypatch, "hyper_connections", "hc_post_ref")
    assert_close(hc_post(x, y, post, comb), expected, dtype, factor=2)


def test_hc_post_mixes_along_the_first_axis_of_comb(monkeypatch):
    x = torch.stack([torch.full((8,), 1.0), torch.full((8,), 10.0)]).unsqueeze(0)  # streams 1 and 10
    comb = torch.tensor([[[0.0, 1.0], [0.0, 0.0]]])  # comb[j=0, k=1] = 1: stream 0 feeds output 1
    forbid_fallback(monkeypatch, "hyper_connections", "hc_post_ref")
    out = hc_post(x, torch.zeros(1, 8), torch.zeros(1, 2), comb)
    assert out[0, 0].abs().sum() == 0 and (out[0, 1] == 1.0).all()


def test_hc_pre_refuses_a_projection_of_the_wrong_size():
    with pytest.raises(KernelArgumentError, match="fn must be"):
        hc_pre(torch.randn(2, 4, 8), torch.randn(24, 31), torch.randn(24), torch.ones(3))
