"""The DeepSeek-V4 decoder on the torch path: one sequence with its own per-layer cache (the
reference), or a batch of sequences over the paged cache (`run` with `PagedLayer` views).

The residual stream is `hc_mult` parallel streams; each block reads a Sinkhorn-mixed collapse of
them and writes back through mHC (see `layers.hyper_mix`). Sliding-window layers use the main rope,
CSA / HCA layers the compress rope (YaRN where configured). MTP layers are not part of the model.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn

from sluice.inference.layers import _param
from sluice.inference.parallel import ParallelContext
from sluice.inference.v4 import c_build
from sluice.inference.v4.attention import LayerCache, V4Attention
from sluice.inference.v4.config import SLIDING, V4Config
from sluice.inference.v4.layers import (
    RMSNorm,
    Rotary,
    Weight,
    hyper_expand_mix_norm,
    hyper_expand_over,
    hyper_head,
    hyper_mix_norm,
)
from sluice.inference.v4.moe import MoE
from sluice.inference.v4.sharding import check_divisible


@dataclass
class V4Cache:
    """Decoding state of one sequence: tokens seen so far and each layer's cache."""

    layers: list[LayerCache]
    length: int = 0


class Block(nn.Module):
    def __init__(self, cfg: V4Config, layer: int, par: ParallelContext, *, dtype, device,
                 fp4_experts: bool = False) -> None:
        super().__init__()
        self.cfg, self.par = cfg, par
        hc = cfg.hc_mult
        mix = (2 + hc) * hc
        self.attn_norm = RMSNorm(cfg.hidden_size, cfg.rms_norm_eps, device=device)
        self.ffn_norm = RMSNorm(cfg.hidden_size, cfg.rms_norm_eps, device=device)
        self.attn = V4Attention(cfg, layer, par, dtype=dtype, device=device)
        self.ffn = MoE(cfg, layer, par, dtype=dtype, device=device, fp4_experts=fp4_experts)
        f32 = {"dtype": torch.float32, "device": device}
        for site in ("attn", "ffn"):
            setattr(self, f"hc_{site}_fn", _param(mix, hc * cfg.hidden_size, **f32))
            setattr(self, f"hc_{site}_base", _param(mix, **f32))
            setattr(self, f"hc_{site}_scale", _param(3, **f32))

    def forward(self, streams, input_ids, positions, cache: LayerCache, rotary, cos_sin):
        post, comb, x, q_latent, q, kv = self.before_attention(streams, cos_sin)
        out = self.attn.attend_cache(cache, x, q, q_latent, kv, positions, rotary, cos_sin)
        return self.after_attention(streams, out, post, comb, input_ids, cos_sin)

    # The two halves around the attention proper: position-wise, fixed shapes for a fixed token
    # count (what `v4.decode_graphs` captures); the attention between them reads and writes the cache.
    def before_attention(self, streams, cos_sin):
        """(post, comb, normed block input x, q_latent, q, kv) of the attention half."""
        cfg = self.cfg
        post, comb, x = hyper_mix_norm(streams, self.hc_attn_fn, self.hc_attn_base, self.hc_attn_scale, cfg,
                                       self.attn_norm)
        return (post, comb, x, *self.attn.project(x, cos_sin))

    def after_attention(self, streams, attn_out, post, comb, input_ids, cos_sin):
        """The new streams after the attention output projection and the MoE half."""
        cfg = self.cfg
        out = self.par.all_reduce(self.attn.output(attn_out, cos_sin))
        streams, post, comb, x = hyper_expand_mix_norm(streams, out, post, comb, self.hc_ffn_fn, self.hc_ffn_base,
                                                       self.hc_ffn_scale, cfg, self.ffn_norm)
        out = self.par.all_reduce(self.ffn(x, input_ids))
        return hyper_expand_over(streams, out, post, comb)  # these streams were made here


class DeepseekV4ForCausalLM(nn.Module):
    def __init__(
        self,
        cfg: V4Config,
        par: ParallelContext | None = None,
        *,
        dtype: torch.dtype = torch.float32,
        device: torch.device | str = "cpu",
        fp4_experts: bool = False,
    ) -> None:
        """par: tensor / expert parallel ranks (see `v4.sharding`); one process by default.
        fp4_experts: keep the routed experts packed in FP4 (`v4.fp4_experts`; the checkpoint's
        experts must be FP4) instead of dequantised to `dtype`."""
        super().__init__()
        device = torch.device(device)
        self.cfg, self.par = cfg, par or ParallelContext()
        check_divisible(cfg, self.par)
        kw = {"dtype": dtype, "device": device}
        self.embed = Weight(cfg.vocab_size, cfg.hidden_size, **kw)
        self.layers = nn.ModuleList(
            Block(cfg, i, self.par, **kw, fp4_experts=fp4_experts) for i in range(cfg.num_hidden_layers)
        )
        self.norm = RMSNorm(cfg.hidden_size, cfg.rms_norm_eps, device=device)
        self.head = self.embed if cfg.tie_word_embeddings else Weight(cfg.vocab_size, cfg.hidden_size, **kw)
        hc = cfg.hc_mult
        self.hc_head_fn = _param(hc, hc * cfg.hidden_size, dtype=torch.float32, device=device)
        self.hc_head_base = _param(hc, dtype=torch.float32, device=device)
        self.hc_head_scale = _param(1, dtype=torch.float32, device=device)
        dims = (cfg.qk_rope_head_dim, cfg.max_position_embeddings, device)
        self.main_rotary = Rotary(cfg.main_rope, *dims)
        self.compress_rotary = Rotary(cfg.compress_rope, *dims)

    def new_cache(self) -> V4Cache:
        return V4Cache([LayerCache() for _ in range(self.cfg.num_hidden_layers)])

    @torch.inference_mode()
    def forward(self, input_ids: torch.Tensor, cache: V4Cache) -> torch.Tensor:
        """Hidden states [T, hidden] after the final norm for the next T tokens of the sequence."""
        positions = torch.arange(cache.length, cache.length + input_ids.shape[0], device=input_ids.device)
        hidden = self.run(input_ids, positions, cache.layers)
        cache.length += input_ids.shape[0]
        return hidden

    @torch.inference_mode()
    def run(self, input_ids: torch.Tensor, positions: torch.Tensor, layer_caches: Sequence) -> torch.Tensor:
        """Hidden states [T, hidden] for tokens at `positions`, with one cache per layer: a
        `LayerCache` (one sequence) or a `PagedLayer` view (a batch, see `v4.paged_attention`)."""
        with c_build.resolved():
            main, compress = self.main_rotary(positions), self.compress_rotary(positions)
            streams = self.embed_streams(input_ids)
            for layer, block, layer_cache in zip(self.cfg.layer_types, self.layers, layer_caches):
                cos_sin = main if layer == SLIDING else compress
                streams = block(streams, input_ids, positions, layer_cache, self.compress_rotary, cos_sin)
            return self.final_hidden(streams)

    def embed_streams(self, input_ids: torch.Tensor) -> torch.Tensor:
        """The hc_mult residual streams [T, hc, D] the blocks start from."""
        x = F.embedding(input_ids, self.embed.weight)
        return x.unsqueeze(1).expand(-1, self.cfg.hc_mult, -1).contiguous()

    def final_hidden(self, streams: torch.Tensor) -> torch.Tensor:
        x = hyper_head(streams, self.hc_head_fn, self.hc_head_base, self.hc_head_scale, self.cfg)
        return self.norm(x)

    @torch.inference_mode()
    def compute_logits(self, hidden: torch.Tensor) -> torch.Tensor:
        return F.linear(hidden, self.head.weight).float()

    @torch.inference_mode()
    def prompt_logprobs(self, ids: list[int]) -> torch.Tensor:
        """log p(ids[i] | ids[:i]) for i >= 1, from one prefill."""
        tokens = torch.tensor(ids, device=self.embed.weight.device)
        logits = self.compute_logits(self(tokens, self.new_cache()))[:-1]
        return torch.log_softmax(logits, dim=-1).gather(1, tokens[1:, None])[:, 0]

    @torch.inference_mode()
    def greedy(self, ids: list[int], max_new_tokens: int) -> list[int]:
        """Prefill the prompt, then decode one token at a time through the cache."""
        cache = self.new_cache()
        device = self.embed.weight.device
        hidden = self(torch.tensor(ids, device=device), cache)[-1:]
        out: list[int] = []
        for _ in range(max_new_tokens):
            out.append(int(self.compute_logits(hidden).argmax(-1)))
            hidden = self(torch.tensor(out[-1:], device=device), cache)
        return out
