"""FP8 (E8M0 per-block scales) and FP4 (e2m1, E8M0 per 32 inputs) dequantisation, bit-exact against
element-by-element decoding from the format definitions."""

from __future__ import annotations

import pytest
import torch

from sluice.inference.v4.quant import E2M1_VALUES, dequant_fp4, dequant_fp8, e8m0_to_float, quant_fp4, quant_fp8


def _e8m0(byte: int) -> float:
    return float("nan") if byte == 255 else 2.0 ** (byte - 127)


def _e2m1(code: int) -> float:
    sign = -1.0 if code & 0b1000 else 1.0
    exponent, mantissa = (code >> 1) & 0b11, code & 1
    magnitude = mantissa * 0.5 if exponent == 0 else 2.0 ** (exponent - 1) * (1 + mantissa / 2)
    return sign * magnitude


def _random_fp8(rows, cols, gen):
    codes = torch.randint(0, 256, (rows, cols), generator=gen, dtype=torch.uint8)
    codes[(codes & 0x7F) == 0x7F] = 0x12  # no NaN codes
    return codes.view(torch.float8_e4m3fn)


@pytest.mark.parametrize("rows, cols, block", [(130, 200, (128, 128)), (7, 33, (4, 16)), (64, 64, (64, 32))])
def test_fp8_block_dequant_is_exact(rows, cols, block):
    gen = torch.Generator().manual_seed(rows)
    weight = _random_fp8(rows, cols, gen)
    scale_rows, scale_cols = -(-rows // block[0]), -(-cols // block[1])
    scale = torch.randint(90, 160, (scale_rows, scale_cols), generator=gen, dtype=torch.uint8)
    got = dequant_fp8(weight, scale.view(torch.float8_e8m0fnu), block)
    w = weight.float().tolist()
    expected = torch.tensor(
        [
            [w[i][j] * _e8m0(int(scale[i // block[0], j // block[1]])) for j in range(cols)]
            for i in range(rows)
        ],
        dtype=torch.float64,
    ).float()
    assert torch.equal(got, expected)
    assert torch.equal(dequant_fp8(weight, scale, block), expected)  # raw exponent bytes read the same


@pytest.mark.parametrize("rows, cols", [(3, 32), (17, 96), (64, 256)])
@pytest.mark.parametrize("storage", [torch.int8, torch.uint8])
def test_fp4_dequant_is_exact(rows, cols, storage):
    gen = torch.Generator().manual_seed(cols)
    packed = torch.randint(0, 256, (rows, cols // 2), generator=gen, dtype=torch.uint8)
    scale = torch.randint(100, 150, (rows, cols // 32), generator=gen, dtype=torch.uint8)
    got = dequant_fp4(packed.view(storage), scale.view(torch.float8_e8m0fnu))
    p = packed.tolist()
    expected = [
        [
            _e2m1(p[i][j // 2] & 0xF if j % 2 == 0 else p[i][j // 2] >> 4) * _e8m0(int(scale[i, j // 32]))
            for j in range(cols)
        ]
        for i in range(rows)
    ]
    assert torch.equal(got, torch.tensor(expected, dtype=torch.float64).float())


def test_e8m0_extremes():
    got = e8m0_to_float(torch.tensor([0, 1, 126, 127, 128, 254, 255], dtype=torch.uint8))
    expected = torch.tensor([2.0**-127, 2.0**-126, 0.5, 1.0, 2.0, 2.0**127, 0.0], dtype=torch.float64)
    assert torch.equal(got[:-1], expected[:-1].float()) and got[-1].isnan()


def test_scale_shapes_that_do_not_fit_are_refused():
    with pytest.raises(ValueError, match=r"block scale shape \[1, 1\], expected \[2, 2\]"):
        dequant_fp8(torch.zeros(130, 130).to(torch.float8_e4m3fn), torch.ones(1, 1), (128, 128))
    with pytest.raises(ValueError, match="one per 32 inputs"):
        dequant_fp4(torch.zeros(4, 32, dtype=torch.int8), torch.zeros(4, 1, dtype=torch.uint8))


def test_fp8_quantiser_round_trips_within_e4m3_precision_with_power_of_two_scales():
    weight = torch.randn(200, 160, generator=torch.Generator().manual_seed(0)) * 0.05
    codes, scale = quant_fp8(weight)
    assert codes.dtype == torch.float8_e4m3fn and scale.dtype == torch.uint8 and scale.shape == (2, 2)
    back = dequant_fp8(codes, scale, (128, 128))
    step = e8m0_to_float(scale).repeat_interleave(128, 0).repeat_interleave(128, 1)[:200, :160]
    assert ((back - weight).abs() <= step * 16).all()  # e4m3: 3 mantissa bits, codes up to 448
    assert torch.equal(dequant_fp8(*quant_fp8(back), (128, 128)), back)  # representable values are kept


def test_fp4_quantiser_keeps_every_e2m1_code_and_rounds_to_the_nearest():
    codes = torch.tensor(E2M1_VALUES).repeat(3, 2)  # [3, 32]: every code, both signs
    for scale in (1.0, 2.0**-6):
        packed, scales = quant_fp4(codes * scale)
        assert packed.shape == (3, 16) and scales.shape == (3, 1)
        assert torch.equal(dequant_fp4(packed, scales), codes * scale)
    weight = torch.randn(8, 64, generator=torch.Generator().manual_seed(1))
    back = dequant_fp4(*quant_fp4(weight))
    grid = torch.tensor(E2M1_VALUES[:8])
    for row, got in zip(weight.view(-1, 32), back.view(-1, 32)):
        scale = back.new_tensor(2.0) ** torch.ceil(torch.log2(row.abs().max() / 6))
        nearest = grid[(row.abs()[:, None] / scale - grid).abs().argmin(-1)] * row.sign() * scale
        assert torch.equal(got, nearest)
