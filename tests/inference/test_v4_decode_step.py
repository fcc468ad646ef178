"""Pieces of the batch-wide V4 decode step (`v4.paged_decode`) against what they stand for."""

from __future__ import annotations

import torch

from sluice.inference.v4.config import parse_v4
from sluice.inference.v4.layers import Rotary
from sluice.inference.v4.paged_decode import window_rotation

CFG = parse_v4({
    "vocab_size": 50, "hidden_size": 32, "num_hidden_layers": 1, "num_attention_heads": 2, "head_dim": 16,
    "qk_rope_head_dim": 8, "q_lora_rank": 8, "o_groups": 2, "o_lora_rank": 4, "sliding_window": 4,
    "n_routed_experts": 4, "num_experts_per_tok": 2, "moe_intermediate_size": 8, "hc_mult": 4,
    "index_n_heads": 2, "index_head_dim": 8, "index_topk": 2,
})


def test_window_rotation_rows_are_the_rotary_at_each_windows_first_position():
    rotary = Rotary(CFG.compress_rope, 8, 4096, "cpu")
    for rate, windows in ((4, 3), (4, 700), (16, 5)):  # 700 grows the rate-4 table past its first size
        cos, sin = window_rotation(rotary, rate, windows)
        assert cos.shape[0] >= windows and sin.shape == cos.shape
        first = torch.tensor([0, 1, windows - 1, windows // 2])
        want_cos, want_sin = rotary(first * rate)
        torch.testing.assert_close(cos[first], want_cos, atol=1e-6, rtol=0)
        torch.testing.assert_close(sin[first], want_sin, atol=1e-6, rtol=0)
    assert window_rotation(rotary, 4, 10)[0].shape[0] >= 700  # kept, not rebuilt smaller
