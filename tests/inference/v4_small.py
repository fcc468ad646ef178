"""Helpers of the V4 layer and C kernel tests: a small random MoE, and the torch ops run with the C
kernels turned off."""

from __future__ import annotations

import torch

from sluice.inference.parallel import ParallelContext
from sluice.inference.v4 import c_build
from sluice.inference.v4.config import parse_v4
from sluice.inference.v4.moe import MoE


def torch_ops(monkeypatch, fn):
    """fn() with the V4 C kernels off (`SLUICE_V4_C_KERNELS=0`), then back on."""
    monkeypatch.setenv(c_build.ENV_VAR, "0")
    try:
        return fn()
    finally:
        monkeypatch.setenv(c_build.ENV_VAR, "1")


def small_moe(hashed: bool, seed: int = 3, **fields) -> MoE:
    """A MoE of 6 experts over width 16 with random weights (and hash table); `fields` override the
    config."""
    cfg = parse_v4({
        "vocab_size": 50, "hidden_size": 16, "num_hidden_layers": 2, "num_attention_heads": 2,
        "head_dim": 8, "qk_rope_head_dim": 4, "q_lora_rank": 8, "o_groups": 2, "o_lora_rank": 4,
        "layer_types": ["sliding_attention", "sliding_attention"], "sliding_window": 4,
        "n_routed_experts": 6, "num_experts_per_tok": 2, "moe_intermediate_size": 8,
        "num_hash_layers": 1 if hashed else 0, "swiglu_limit": 0.5, "hc_mult": 2,
        "index_n_heads": 2, "index_head_dim": 4, "index_topk": 2, **fields,
    })
    torch.manual_seed(seed)
    moe = MoE(cfg, 0, ParallelContext(), dtype=torch.float32, device="cpu")
    with torch.no_grad():
        for p in moe.parameters():
            p.copy_(torch.randn_like(p))
        if hashed:
            moe.gate.tid2eid.copy_(torch.randint(0, 6, moe.gate.tid2eid.shape))
    return moe
