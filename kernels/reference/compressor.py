"""DeepSeek-V4 gated KV compressor: every ``rate`` tokens become one normalised KV entry.

Per channel, the entry is a softmax-gated sum of the window's projected ``kv`` with weights
``softmax(gate + position_bias)`` over the window's slots, then a weighted RMSNorm (RoPE on the
entry is the caller's). HCA (``overlap=False``): ``kv``/``gate`` ``[T, d]``, bias ``[rate, d]``. CSA
and the indexer (``overlap=True``): ``kv``/``gate`` ``[T, 2d]``, bias ``[rate, 2d]``; the second
half (Cb) of a window's tokens and the first half (Ca) of the previous window's tokens form
``2 * rate`` slots. For a sequence's first window the Ca slots come from ``prev_kv``/``prev_gate``
``[B, rate, d]`` (the previous call's last window, bias already added; a ``-inf`` gate means none)
or are empty.

Varlen: sequence ``b`` owns rows ``cu_seqlens[b]:cu_seqlens[b+1]``, a multiple of ``rate`` (the
caller keeps incomplete windows for later); its ``len / rate`` entries follow those of sequence
``b - 1`` in the output ``[sum of len / rate, d]`` (in ``kv``'s dtype).
"""
from __future__ import annotations

import torch

from .mla_prefill import offsets


def rms_norm_fp32(x: torch.Tensor, weight: torch.Tensor, eps: float) -> torch.Tensor:
    h = x.float()
    h = h * torch.rsqrt(h.square().mean(-1, keepdim=True) + eps)
    return (weight.float() * h).to(x.dtype)


def compress_kv(kv: torch.Tensor, gate: torch.Tensor, position_bias: torch.Tensor, norm_weight: torch.Tensor,
                cu_seqlens, rate: int, *, overlap: bool, eps: float = 1e-6,
                prev_kv: torch.Tensor | None = None, prev_gate: torch.Tensor | None = None) -> torch.Tensor:
    """Compressed entries ``[W, d]``; arithmetic as transformers' compressors (softmax in fp32, the
    gated sum in ``kv``'s dtype, the norm in fp32)."""
    cu = offsets(cu_seqlens)
    d = norm_weight.shape[0]
    outs = []
    for b in range(len(cu) - 1):
        n = (cu[b + 1] - cu[b]) // rate
        chunk_kv = kv[cu[b]:cu[b] + n * rate].view(n, rate, kv.shape[1])
        chunk_gate = gate[cu[b]:cu[b] + n * rate].view(n, rate, gate.shape[1]) + position_bias
        if overlap:
            new_kv = chunk_kv.new_zeros((n, 2 * rate, d))
            new_gate = chunk_gate.new_full((n, 2 * rate, d), float("-inf"))
            new_kv[:, rate:], new_gate[:, rate:] = chunk_kv[..., d:], chunk_gate[..., d:]
            new_kv[1:, :rate], new_gate[1:, :rate] = chunk_kv[:-1, :, :d], chunk_gate[:-1, :, :d]
            if prev_kv is not None and n:
                new_kv[0, :rate] = prev_kv[b].to(new_kv.dtype)
                new_gate[0, :rate] = prev_gate[b].to(new_gate.dtype)
            chunk_kv, chunk_gate = new_kv, new_gate
        pooled = (chunk_kv * chunk_gate.softmax(dim=1, dtype=torch.float32).to(chunk_kv.dtype)).sum(dim=1)
        outs.append(rms_norm_fp32(pooled, norm_weight, eps))
    return torch.cat(outs) if outs else kv.new_zeros((0, d))
