"""Multi-head Latent Attention over the paged latent cache.

Prefill chunks use the non-absorbed form: the cached latents of the whole context (prefix + chunk)
are expanded to per-head keys and values with kv_b_proj. Decode tokens use the absorbed form: the
query is moved into latent space with W_UK, attends over the compressed cache directly, and the
result leaves latent space through W_UV.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from sluice.inference import ops
from sluice.inference.config import ModelConfig
from sluice.inference.forward_batch import ForwardBatch
from sluice.inference.layers import RMSNorm, _param, linear
from sluice.inference.parallel import ParallelContext


class MLAttention(nn.Module):
    def __init__(self, cfg: ModelConfig, par: ParallelContext, *, dtype, device) -> None:
        super().__init__()
        self.cfg = cfg
        _, self.heads = par.split(cfg.num_attention_heads, "num_attention_heads")
        hidden, qk, rank = cfg.hidden_size, cfg.qk_head_dim, cfg.kv_lora_rank
        kw = {"dtype": dtype, "device": device}
        if cfg.q_lora_rank is None:
            self.q_proj = _param(self.heads * qk, hidden, **kw)
        else:
            self.q_a_proj = _param(cfg.q_lora_rank, hidden, **kw)
            self.q_a_layernorm = RMSNorm(cfg.q_lora_rank, 1e-6, **kw)
            self.q_b_proj = _param(self.heads * qk, cfg.q_lora_rank, **kw)
        self.kv_a_proj_with_mqa = _param(rank + cfg.qk_rope_head_dim, hidden, **kw)
        self.kv_a_layernorm = RMSNorm(rank, 1e-6, **kw)
        self.kv_b_proj = _param(self.heads * (cfg.qk_nope_head_dim + cfg.v_head_dim), rank, **kw)
        self.o_proj = _param(hidden, self.heads * cfg.v_head_dim, **kw)
        self.scale = cfg.softmax_scale

    def absorbed_weights(self) -> tuple[torch.Tensor, torch.Tensor]:
        """(W_UK [H, nope, R], W_UV^T [H, R, v]) as views of kv_b_proj."""
        cfg = self.cfg
        w = self.kv_b_proj.view(self.heads, cfg.qk_nope_head_dim + cfg.v_head_dim, cfg.kv_lora_rank)
        return w[:, : cfg.qk_nope_head_dim], w[:, cfg.qk_nope_head_dim :].transpose(1, 2)

    def forward(
        self,
        x: torch.Tensor,
        cos_sin: tuple[torch.Tensor, torch.Tensor],
        batch: ForwardBatch,
        kv_cache: torch.Tensor,
    ) -> torch.Tensor:
        cfg = self.cfg
        tokens = x.shape[0]
        nope, rope_dim, rank = cfg.qk_nope_head_dim, cfg.qk_rope_head_dim, cfg.kv_lora_rank
        if cfg.q_lora_rank is None:
            q = linear(x, self.q_proj)
        else:
            q = linear(self.q_a_layernorm(linear(x, self.q_a_proj)), self.q_b_proj)
        q = q.view(tokens, self.heads, cfg.qk_head_dim)
        q_nope, q_pe = q[..., :nope], q[..., nope:]
        kv_a = linear(x, self.kv_a_proj_with_mqa)
        c_kv = self.kv_a_layernorm(kv_a[:, :rank])
        cos, sin = cos_sin
        q_pe = ops.rotary(q_pe, cos, sin, cfg.rope_interleave)
        k_pe = ops.rotary(kv_a[:, rank:], cos, sin, cfg.rope_interleave)
        ops.cache_write(kv_cache, batch.slot_mapping, torch.cat((c_kv, k_pe), dim=-1))

        out = x.new_empty(tokens, self.heads, cfg.v_head_dim)
        nd = batch.num_decode
        if nd:
            w_uk, w_uv_t = self.absorbed_weights()
            q_latent = torch.bmm(q_nope[:nd].transpose(0, 1), w_uk).transpose(0, 1)
            o_latent = ops.mla_decode(
                q_latent.contiguous(),
                q_pe[:nd].contiguous(),
                kv_cache,
                batch.decode_block_tables,
                batch.decode_context_lens,
                self.scale,
            )
            out[:nd] = torch.bmm(o_latent.transpose(0, 1), w_uv_t).transpose(0, 1)
        if tokens > nd:
            latent = ops.cache_gather(kv_cache, batch.prefill_block_tables, batch.prefill_context_lens)
            kv = F.linear(latent[:, :rank], self.kv_b_proj).view(-1, self.heads, nope + cfg.v_head_dim)
            k = torch.cat((kv[..., :nope], latent[:, None, rank:].expand(-1, self.heads, rope_dim)), dim=-1)
            q_full = torch.cat((q_nope[nd:], q_pe[nd:]), dim=-1)
            out[nd:] = ops.mla_prefill(
                q_full, k, kv[..., nope:], batch.cu_seqlens_q, batch.cu_seqlens_k, self.scale
            )
        return linear(out.view(tokens, -1), self.o_proj)
