"""Block sizes for the fused MoE GEMM, keyed by (experts, intermediate width, batch).

Tuned tables are JSON files in ``kernels/moe_configs/`` named
``E=<E>,N=<N>,dtype=<bf16|fp8>.json`` mapping a batch size (tokens) to a config dict
(``BLOCK_M``, ``BLOCK_N``, ``BLOCK_K``, ``GROUP_M``, ``num_warps``, ``num_stages``). The
entry whose batch key is nearest to the actual token count is used (as vLLM does).
``bench/kernels.py --tune-moe`` writes these files on a GPU. Without a file the defaults
below apply: small M-blocks for decode (few tokens per expert), large ones for prefill.
"""
from __future__ import annotations

import functools
import json
from pathlib import Path

CONFIG_DIR = Path(__file__).with_name("moe_configs")
_KEYS = ("BLOCK_M", "BLOCK_N", "BLOCK_K", "GROUP_M", "num_warps", "num_stages")


def config_file(num_experts: int, width: int, fp8: bool) -> Path:
    return CONFIG_DIR / f"E={num_experts},N={width},dtype={'fp8' if fp8 else 'bf16'}.json"


@functools.lru_cache(maxsize=64)
def _load_table(path: str) -> dict[int, dict] | None:
    p = Path(path)
    if not p.is_file():
        return None
    raw = json.loads(p.read_text())
    table = {}
    for batch, cfg in raw.items():
        missing = [k for k in _KEYS if k not in cfg]
        if missing:
            raise ValueError(f"MoE config {p.name} batch {batch}: missing {', '.join(missing)}")
        table[int(batch)] = {k: int(cfg[k]) for k in _KEYS}
    return table


def default_moe_config(num_tokens: int, num_experts: int, top_k: int, fp8: bool) -> dict:
    pairs_per_expert = num_tokens * top_k / max(num_experts, 1)
    block_k = 128 if fp8 else 64
    if pairs_per_expert <= 16:
        return dict(BLOCK_M=16, BLOCK_N=64, BLOCK_K=128, GROUP_M=1, num_warps=4, num_stages=3)
    if pairs_per_expert <= 64:
        return dict(BLOCK_M=32, BLOCK_N=64, BLOCK_K=block_k, GROUP_M=8, num_warps=4, num_stages=3)
    return dict(BLOCK_M=64, BLOCK_N=128, BLOCK_K=block_k, GROUP_M=8, num_warps=8, num_stages=3)


def get_moe_config(num_tokens: int, num_experts: int, width: int, top_k: int, fp8: bool) -> dict:
    """Config for ``num_tokens`` tokens on experts of intermediate ``width``."""
    table = _load_table(str(config_file(num_experts, width, fp8)))
    if table:
        nearest = min(table, key=lambda b: abs(b - num_tokens))
        return dict(table[nearest])
    return default_moe_config(num_tokens, num_experts, top_k, fp8)
