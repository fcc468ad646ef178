"""RMSNorm (+ residual), rotary embedding and paged cache write: Triton (interpreter) vs reference."""
from __future__ import annotations

import pytest
import torch

from sluice.kernels.cache_write import cache_write, cache_write_ref
from sluice.kernels.rms_norm import rms_norm, rms_norm_ref
from sluice.kernels.rotary import rotary, rotary_ref
from tests.kernels.helpers import assert_close, forbid_fallback

DTYPES = [torch.float32, torch.float16]


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", [(1, 7), (5, 37), (3, 2, 65)])
@pytest.mark.parametrize("with_residual", [False, True])
def test_rms_norm_matches_reference(monkeypatch, dtype, shape, with_residual):
    x = torch.randn(shape, dtype=dtype)
    w = torch.randn(shape[-1], dtype=dtype)
    res = torch.randn(shape, dtype=dtype) if with_residual else None
    expected = rms_norm_ref(x, w, 1e-6, res)
    forbid_fallback(monkeypatch, "rms_norm", "rms_norm_ref")
    got = rms_norm(x, w, 1e-6, res)
    if with_residual:
        assert_close(got[0], expected[0], dtype)
        torch.testing.assert_close(got[1], expected[1], atol=0, rtol=0)
    else:
        assert_close(got, expected, dtype)


def test_rms_norm_reads_strided_rows(monkeypatch):
    base = torch.randn(6, 40)
    x = base[:, 3:30]
    w = torch.randn(27)
    forbid_fallback(monkeypatch, "rms_norm", "rms_norm_ref")
    got = rms_norm(x, w, 1e-5)
    assert_close(got, rms_norm_ref(x.contiguous(), w, 1e-5), torch.float32)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("interleaved", [True, False])
@pytest.mark.parametrize("shape", [(7, 3, 10), (5, 18, 6), (4, 14)])
def test_rotary_matches_reference(monkeypatch, dtype, interleaved, shape):
    x = torch.randn(shape, dtype=dtype)
    cos, sin = torch.randn(shape[0], shape[-1] // 2), torch.randn(shape[0], shape[-1] // 2)
    expected = rotary_ref(x, cos, sin, interleaved)
    forbid_fallback(monkeypatch, "rotary", "rotary_ref")
    assert_close(rotary(x, cos, sin, interleaved), expected, dtype)


def test_rotary_on_the_rope_slice_of_a_wider_projection(monkeypatch):
    kv_a = torch.randn(5, 9 + 8)  # latent (9) then rope (8), as kv_a_proj_with_mqa produces
    cos, sin = torch.randn(5, 4), torch.randn(5, 4)
    forbid_fallback(monkeypatch, "rotary", "rotary_ref")
    got = rotary(kv_a[:, 9:], cos, sin, True)
    assert_close(got, rotary_ref(kv_a[:, 9:].contiguous(), cos, sin, True), torch.float32)


def test_interleaved_rotary_rotates_pairs_by_their_angle():
    x = torch.tensor([[1.0, 0.0, 0.0, 1.0]])
    angle = torch.tensor([[torch.pi / 2, torch.pi]])
    out = rotary(x, angle.cos(), angle.sin(), True)
    torch.testing.assert_close(out, torch.tensor([[0.0, 1.0, 0.0, -1.0]]), atol=1e-6, rtol=0)


@pytest.mark.parametrize("dtype", DTYPES)
def test_cache_write_places_rows_at_slots_and_skips_padding(monkeypatch, dtype):
    cache = torch.zeros(4, 3, 13, dtype=dtype)
    latent = torch.randn(5, 13, dtype=dtype)
    slots = torch.tensor([0, 5, -1, 11, 7])
    expected = cache.clone()
    cache_write_ref(expected, slots, latent)
    forbid_fallback(monkeypatch, "cache_write", "cache_write_ref")
    cache_write(cache, slots, latent)
    torch.testing.assert_close(cache, expected, atol=0, rtol=0)
    assert cache.view(-1, 13)[[1, 2, 3, 4, 6, 8, 9, 10]].abs().sum() == 0
