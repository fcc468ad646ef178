"""DeepSeek-V4 FP4 (e2m1) and FP8 (e4m3) dequantisation with E8M0 scales: Triton (interpreter) and
the reference, both bit for bit against an element-by-element decoding written from the formats."""
from __future__ import annotations

import math

import pytest
import torch

from sluice.kernels import reference as R
from sluice.kernels._common import KernelArgumentError
from sluice.kernels.v4_dequant import fp4_dequant, fp8_e8m0_dequant
from tests.kernels.helpers import forbid_fallback

DTYPES = [torch.float32, torch.float16]


def _e2m1(nibble: int) -> float:
    sign = -1.0 if nibble & 8 else 1.0
    exp, man = (nibble >> 1) & 3, nibble & 1
    return sign * (man * 0.5 if exp == 0 else (1 + man / 2) * 2.0 ** (exp - 1))


def _e8m0(byte: int) -> float:
    return math.nan if byte == 255 else math.ldexp(1.0, byte - 127)


def _fp4_elementwise(packed: torch.Tensor, scale: torch.Tensor) -> torch.Tensor:
    rows = packed.reshape(-1, packed.shape[-1]).tolist()
    scales = scale.view(torch.uint8).reshape(-1, scale.shape[-1]).tolist()
    out = []
    for row, srow in zip(rows, scales):
        vals = []
        for k in range(2 * len(row)):
            byte = row[k // 2] & 0xFF
            nib = byte & 0xF if k % 2 == 0 else byte >> 4
            vals.append(_e2m1(nib) * _e8m0(srow[k // 32]))
        out.append(vals)
    return torch.tensor(out, dtype=torch.float32).view(*packed.shape[:-1], 2 * packed.shape[-1])


def _fp8_elementwise(w: torch.Tensor, scale: torch.Tensor, block) -> torch.Tensor:
    flat_w = w.float().reshape(-1, *w.shape[-2:])
    flat_s = scale.view(torch.uint8).reshape(-1, *scale.shape[-2:])
    out = torch.empty(flat_w.shape)
    for b in range(flat_w.shape[0]):
        for n in range(flat_w.shape[1]):
            for k in range(flat_w.shape[2]):
                out[b, n, k] = float(flat_w[b, n, k]) * _e8m0(int(flat_s[b, n // block[0], k // block[1]]))
    return out.view(w.shape)


def _scales(*shape, lo=117, hi=137):
    return torch.randint(lo, hi, shape, dtype=torch.uint8).view(torch.float8_e8m0fnu)


def _same_bits(a: torch.Tensor, b: torch.Tensor) -> None:
    assert a.dtype == b.dtype and a.shape == b.shape
    assert torch.equal(a.view(torch.int16 if a.element_size() == 2 else torch.int32),
                       b.view(torch.int16 if b.element_size() == 2 else torch.int32))


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape", [(3, 32), (2, 5, 96), (1, 160)])
def test_fp4_dequant_is_bit_exact(monkeypatch, dtype, shape):
    *lead, k = shape
    packed = torch.randint(0, 256, (*lead, k // 2), dtype=torch.uint8)
    scale = _scales(*lead, k // 32)
    expected = _fp4_elementwise(packed, scale).to(dtype)
    _same_bits(R.fp4_dequant(packed, scale, dtype), expected)
    forbid_fallback(monkeypatch, "v4_dequant", "fp4_dequant_ref")
    _same_bits(fp4_dequant(packed.view(torch.int8), scale, dtype), expected)


def test_fp4_low_nibble_is_the_first_element_and_every_code_decodes(monkeypatch):
    packed = torch.tensor([[(15 << 4) | lo for lo in range(16)] * 2], dtype=torch.uint8)
    scale = torch.tensor([[127, 128]], dtype=torch.uint8)  # x1 for elements 0-31, x2 for 32-63
    forbid_fallback(monkeypatch, "v4_dequant", "fp4_dequant_ref")
    got = fp4_dequant(packed, scale)[0]
    table = torch.tensor(R.E2M1_VALUES)
    torch.testing.assert_close(got[0:32:2], table, atol=0, rtol=0)  # low nibbles, scale 1
    torch.testing.assert_close(got[32:64:2], 2 * table, atol=0, rtol=0)
    assert (got[1::2] == -6.0 * torch.tensor([1.0] * 16 + [2.0] * 16)).all()  # high nibble 15 = -6


def test_e8m0_extremes_decode_as_powers_of_two_and_nan():
    got = R.e8m0_to_float(torch.tensor([0, 1, 127, 254, 255], dtype=torch.uint8))
    assert got[:4].tolist() == [2.0 ** -127, 2.0 ** -126, 1.0, 2.0 ** 127]
    assert math.isnan(got[4])


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("shape,block", [((40, 70), (16, 32)), ((2, 17, 33), (8, 8)),
                                         ((130, 129), (128, 128))])
def test_fp8_e8m0_dequant_is_bit_exact(monkeypatch, dtype, shape, block):
    w = (torch.randn(shape) * 20).to(torch.float8_e4m3fn)
    scale = _scales(*shape[:-2], -(-shape[-2] // block[0]), -(-shape[-1] // block[1]))
    expected = _fp8_elementwise(w, scale, block).to(dtype)
    _same_bits(R.fp8_e8m0_dequant(w, scale, block, dtype), expected)
    forbid_fallback(monkeypatch, "v4_dequant", "fp8_e8m0_dequant_ref")
    _same_bits(fp8_e8m0_dequant(w, scale, block, dtype), expected)


def test_dequant_refuses_mismatched_scales():
    with pytest.raises(KernelArgumentError, match="kernel_bad_argument"):
        fp4_dequant(torch.zeros(4, 16, dtype=torch.uint8), torch.zeros(4, 2, dtype=torch.uint8))
    with pytest.raises(KernelArgumentError, match="scale must have shape"):
        fp8_e8m0_dequant(torch.zeros(4, 16).to(torch.float8_e4m3fn), torch.zeros(2, 2, dtype=torch.uint8),
                         (2, 16))
