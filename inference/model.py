"""The DeepSeek-V2/V3 decoder: plain modules, every hot op through `sluice.inference.ops`."""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from sluice.inference.attention import MLAttention
from sluice.inference.config import ModelConfig
from sluice.inference.forward_batch import ForwardBatch
from sluice.inference.layers import MLP, MoE, RMSNorm, _param
from sluice.inference.parallel import ParallelContext
from sluice.inference.rope import RotaryTable


class DecoderLayer(nn.Module):
    def __init__(
        self, cfg: ModelConfig, layer: int, par: ParallelContext, *, dtype, device, fp8_experts: bool = False
    ) -> None:
        super().__init__()
        kw = {"dtype": dtype, "device": device}
        self.par = par
        self.input_layernorm = RMSNorm(cfg.hidden_size, cfg.rms_norm_eps, **kw)
        self.self_attn = MLAttention(cfg, par, **kw)
        self.post_attention_layernorm = RMSNorm(cfg.hidden_size, cfg.rms_norm_eps, **kw)
        self.mlp = (
            MoE(cfg, par, fp8_experts=fp8_experts, **kw)
            if cfg.is_moe_layer(layer)
            else MLP(cfg.hidden_size, cfg.intermediate_size, par, **kw)
        )

    def forward(self, x, residual, cos_sin, batch, kv_cache):
        if residual is None:
            residual, x = x, self.input_layernorm(x)
        else:
            x, residual = self.input_layernorm(x, residual)
        x = self.par.all_reduce(self.self_attn(x, cos_sin, batch, kv_cache))
        x, residual = self.post_attention_layernorm(x, residual)
        return self.par.all_reduce(self.mlp(x)), residual


class DeepseekForCausalLM(nn.Module):
    def __init__(
        self,
        cfg: ModelConfig,
        par: ParallelContext | None = None,
        *,
        dtype: torch.dtype = torch.float32,
        device: torch.device | str = "cpu",
        keep_fp8: bool = False,
    ) -> None:
        """keep_fp8: for FP8 checkpoints, keep attention projections and routed experts in FP8
        (block-scaled, see ops.fp8_linear / ops.fused_moe) instead of dequantizing them on load."""
        super().__init__()
        device = torch.device(device)
        self.cfg, self.par = cfg, par or ParallelContext()
        self.keep_fp8 = keep_fp8 and cfg.fp8 is not None
        fp8_experts = self.keep_fp8 and cfg.moe_intermediate_size % cfg.fp8.block_size[0] == 0
        kw = {"dtype": dtype, "device": device}
        self.embed_tokens = _param(cfg.vocab_size, cfg.hidden_size, **kw)
        self.layers = nn.ModuleList(
            DecoderLayer(cfg, i, self.par, fp8_experts=fp8_experts, **kw)
            for i in range(cfg.num_hidden_layers)
        )
        self.norm = RMSNorm(cfg.hidden_size, cfg.rms_norm_eps, **kw)
        self.lm_head = (
            self.embed_tokens if cfg.tie_word_embeddings else _param(cfg.vocab_size, cfg.hidden_size, **kw)
        )
        self.rotary = RotaryTable(cfg, device)

    @torch.inference_mode()
    def forward(self, batch: ForwardBatch, kv_caches: torch.Tensor) -> torch.Tensor:
        """Hidden states [T, hidden] after the final norm; kv_caches [layers, N, block, R + P]."""
        x = F.embedding(batch.input_ids, self.embed_tokens)
        cos_sin = self.rotary(batch.positions)
        residual = None
        for i, layer in enumerate(self.layers):
            x, residual = layer(x, residual, cos_sin, batch, kv_caches[i])
        x, _ = self.norm(x, residual)
        return x

    @torch.inference_mode()
    def compute_logits(self, hidden: torch.Tensor) -> torch.Tensor:
        return F.linear(hidden, self.lm_head).float()
