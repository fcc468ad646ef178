"""Tiny random DeepSeek-V4 checkpoints written by transformers, the numerical reference for V4."""

from __future__ import annotations

from pathlib import Path

import torch

from tests.inference.reference_models import VOCAB, write_byte_tokenizer

S, C, H = "sliding_attention", "compressed_sparse_attention", "heavily_compressed_attention"

_COMMON = dict(
    vocab_size=VOCAB,
    hidden_size=32,
    moe_intermediate_size=16,
    num_attention_heads=4,
    head_dim=16,
    partial_rotary_factor=0.25,
    q_lora_rank=12,
    o_groups=2,
    o_lora_rank=8,
    n_routed_experts=6,
    n_shared_experts=1,
    num_experts_per_tok=2,
    index_n_heads=4,
    index_head_dim=8,
    hc_sinkhorn_iters=20,
    num_nextn_predict_layers=0,
    max_position_embeddings=256,
    bos_token_id=0,
    eos_token_id=1,
)

# name -> extra DeepseekV4Config fields; together they cover the three attention types, hash and
# routed MoE, YaRN and plain compress rope, top-k smaller and larger than the entry count.
CONFIGS = {
    "v4_mixed": dict(
        num_hidden_layers=4,
        layer_types=[S, C, H, C],
        mlp_layer_types=["hash_moe", "moe", "moe", "moe"],
        compress_rates={C: 4, H: 8},
        sliding_window=8,
        index_topk=3,
        hc_mult=3,
        swiglu_limit=0.8,
        rope_parameters={"rope_type": "yarn", "factor": 4.0, "original_max_position_embeddings": 32},
    ),
    "v4_hca_first": dict(
        num_hidden_layers=3,
        layer_types=[H, C, S],
        mlp_layer_types=["hash_moe", "hash_moe", "moe"],
        compress_rates={C: 2, H: 4},
        sliding_window=5,
        index_topk=6,
        hc_mult=4,
        scoring_func="sqrtsoftplus",
        swiglu_limit=10.0,
    ),
}


def build_v4(name: str, out_dir: Path, seed: int = 0):
    """Write checkpoint `name` with transformers' save_pretrained; returns the fp32 reference model."""
    from transformers import DeepseekV4Config, DeepseekV4ForCausalLM

    torch.manual_seed(seed)
    config = DeepseekV4Config(**_COMMON, **CONFIGS[name], initializer_range=0.2)
    model = DeepseekV4ForCausalLM(config).eval()
    randomize(model, seed)
    model.save_pretrained(out_dir)
    write_byte_tokenizer(out_dir)
    return model


@torch.no_grad()
def randomize(model, seed: int) -> None:
    """Give the parameters transformers initialises to constants (sinks, position biases, norms,
    mHC bases, router biases, tid2eid) random values, so every one of them affects the output."""
    gen = torch.Generator().manual_seed(seed + 1)
    experts = model.config.n_routed_experts
    for name, tensor in model.named_parameters():
        if name.endswith(("norm.weight", "layernorm.weight")):
            tensor.copy_(torch.rand(tensor.shape, generator=gen) + 0.5)
        elif name.endswith(("sinks", "position_bias", ".base", "hc_base")):
            tensor.copy_(torch.randn(tensor.shape, generator=gen))
        elif name.endswith((".scale", "hc_scale")):
            tensor.copy_(torch.rand(tensor.shape, generator=gen) + 0.5)
    for name, buffer in model.named_buffers():
        if name.endswith("e_score_correction_bias"):
            buffer.copy_(torch.rand(buffer.shape, generator=gen) * 0.4 - 0.2)
        elif name.endswith("tid2eid"):
            ranks = torch.rand(buffer.shape[0], experts, generator=gen).argsort(dim=-1)
            buffer.copy_(ranks[:, : buffer.shape[1]])
