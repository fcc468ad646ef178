"""Rotary frequencies (default and YaRN) computed exactly as the reference implementation does."""

from __future__ import annotations

import math

import torch

from sluice.inference.config import ModelConfig, RopeConfig, yarn_mscale


def rope_frequencies(cfg: ModelConfig) -> tuple[torch.Tensor, float]:
    """Return (inv_freq [rope_dim / 2] fp32, attention factor applied to cos and sin)."""
    return inverse_frequencies(cfg.rope, cfg.qk_rope_head_dim, cfg.max_position_embeddings)


def inverse_frequencies(rope: RopeConfig, dim: int, max_positions: int) -> tuple[torch.Tensor, float]:
    """(inv_freq [dim / 2] fp32, attention factor) for one rotary branch of `dim` channels."""
    pos_freqs = rope.theta ** (torch.arange(0, dim, 2, dtype=torch.float) / dim)
    if rope.kind == "default":
        return 1.0 / pos_freqs, 1.0
    factor = rope.factor
    if rope.attention_factor is not None:
        attention = float(rope.attention_factor)
    elif rope.mscale and rope.mscale_all_dim:
        attention = yarn_mscale(factor, rope.mscale) / yarn_mscale(factor, rope.mscale_all_dim)
    else:
        attention = yarn_mscale(factor)
    original = rope.original_max_position_embeddings or max_positions

    def correction_dim(rotations: float) -> float:
        return (dim * math.log(original / (rotations * 2 * math.pi))) / (2 * math.log(rope.theta))

    low, high = correction_dim(rope.beta_fast), correction_dim(rope.beta_slow)
    if rope.truncate:
        low, high = math.floor(low), math.ceil(high)
    low, high = max(low, 0), min(high, dim - 1)
    if low == high:
        high += 0.001
    ramp = torch.clamp((torch.arange(dim // 2, dtype=torch.float32) - low) / (high - low), 0, 1)
    extrapolation = 1 - ramp
    inv_freq = (1.0 / (factor * pos_freqs)) * (1 - extrapolation) + (1.0 / pos_freqs) * extrapolation
    return inv_freq, attention


class RotaryTable:
    """cos/sin for given positions; the attention factor is folded in."""

    def __init__(self, cfg: ModelConfig, device: torch.device) -> None:
        inv_freq, self.attention_factor = rope_frequencies(cfg)
        self.inv_freq = inv_freq.to(device)

    def __call__(self, positions: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        freqs = positions.float()[:, None] * self.inv_freq[None, :]
        return freqs.cos() * self.attention_factor, freqs.sin() * self.attention_factor
