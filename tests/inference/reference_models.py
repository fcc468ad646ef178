"""Tiny random DeepSeek checkpoints written by transformers, the numerical reference."""

from __future__ import annotations

import json
from pathlib import Path

import torch
from tokenizers import Tokenizer, decoders, models, pre_tokenizers

VOCAB = 96

_COMMON = dict(
    vocab_size=VOCAB,
    hidden_size=48,
    intermediate_size=64,
    moe_intermediate_size=24,
    num_hidden_layers=3,
    num_attention_heads=4,
    num_key_value_heads=4,
    kv_lora_rank=16,
    qk_nope_head_dim=8,
    qk_rope_head_dim=8,
    v_head_dim=12,
    first_k_dense_replace=1,
    hidden_act="silu",
    max_position_embeddings=256,
    initializer_range=0.2,
    rms_norm_eps=1e-6,
    attention_bias=False,
    attention_dropout=0.0,
    tie_word_embeddings=False,
    bos_token_id=0,
    eos_token_id=1,
    pad_token_id=None,
    use_cache=True,
)

# name -> (architecture, extra config fields)
CONFIGS = {
    "v2_lite": (
        "v2",
        dict(
            q_lora_rank=None,
            n_routed_experts=8,
            n_shared_experts=2,
            num_experts_per_tok=3,
            topk_method="greedy",
            n_group=1,
            topk_group=1,
            norm_topk_prob=False,
            routed_scaling_factor=1.0,
            rope_parameters={"rope_type": "default", "rope_theta": 10000.0},
        ),
    ),
    "v2_group_limited": (
        "v2",
        dict(
            q_lora_rank=20,
            n_routed_experts=12,
            n_shared_experts=1,
            num_experts_per_tok=3,
            topk_method="group_limited_greedy",
            n_group=4,
            topk_group=2,
            norm_topk_prob=False,
            routed_scaling_factor=1.5,
            rope_parameters={"rope_type": "default", "rope_theta": 10000.0},
        ),
    ),
    "v3_groups": (
        "v3",
        dict(
            q_lora_rank=24,
            n_routed_experts=16,
            n_shared_experts=1,
            num_experts_per_tok=4,
            n_group=4,
            topk_group=2,
            norm_topk_prob=True,
            routed_scaling_factor=2.5,
            rope_interleave=True,
            rope_parameters={"rope_type": "default", "rope_theta": 10000.0},
        ),
    ),
    "v3_yarn": (
        "v3",
        dict(
            q_lora_rank=24,
            n_routed_experts=8,
            n_shared_experts=1,
            num_experts_per_tok=2,
            n_group=2,
            topk_group=1,
            norm_topk_prob=True,
            routed_scaling_factor=2.5,
            rope_interleave=True,
            rope_parameters={
                "rope_type": "yarn",
                "rope_theta": 10000.0,
                "factor": 4.0,
                "original_max_position_embeddings": 32,
                "beta_fast": 32,
                "beta_slow": 1,
                "mscale": 0.707,
                "mscale_all_dim": 0.707,
            },
        ),
    ),
    "v2_lite_yarn_legacy": (
        "v2",
        dict(
            q_lora_rank=None,
            n_routed_experts=8,
            n_shared_experts=2,
            num_experts_per_tok=2,
            topk_method="greedy",
            n_group=1,
            topk_group=1,
            norm_topk_prob=False,
            routed_scaling_factor=1.0,
            rope_parameters={
                "rope_type": "yarn",
                "rope_theta": 10000.0,
                "factor": 8.0,
                "original_max_position_embeddings": 16,
                "beta_fast": 32,
                "beta_slow": 1,
                "mscale": 0.707,
                "mscale_all_dim": 0.707,
            },
        ),
    ),
}


def build(name: str, out_dir: Path, seed: int = 0):
    """Write the checkpoint `name` into out_dir and return the transformers model (fp32, eval)."""
    from transformers import DeepseekV2Config, DeepseekV2ForCausalLM, DeepseekV3Config, DeepseekV3ForCausalLM

    arch, extra = CONFIGS[name]
    torch.manual_seed(seed)
    if arch == "v2":
        model = DeepseekV2ForCausalLM(DeepseekV2Config(**_COMMON, **extra))
    else:
        model = DeepseekV3ForCausalLM(DeepseekV3Config(**_COMMON, **extra, num_nextn_predict_layers=0))
    with torch.no_grad():
        for module in model.modules():
            bias = getattr(module, "e_score_correction_bias", None)
            if bias is not None:
                bias.uniform_(-0.3, 0.3)
            for attr in ("q_a_layernorm", "kv_a_layernorm", "input_layernorm", "post_attention_layernorm"):
                norm = getattr(module, attr, None)
                if norm is not None:
                    norm.weight.uniform_(0.5, 1.5)
    model.eval()
    model.save_pretrained(out_dir)
    if name.endswith("_legacy"):
        _to_legacy_rope(out_dir / "config.json")
    write_byte_tokenizer(out_dir)
    return model


def _to_legacy_rope(path: Path) -> None:
    """Rewrite `rope_parameters` the way published DeepSeek checkpoints store it."""
    raw = json.loads(path.read_text())
    params = raw.pop("rope_parameters")
    raw["rope_theta"] = params.pop("rope_theta")
    params["type"] = params.pop("rope_type")
    raw["rope_scaling"] = params
    path.write_text(json.dumps(raw, indent=2))


def write_byte_tokenizer(out_dir: Path) -> None:
    """A byte-level tokenizer whose ids fit the tiny vocabulary (bytes >= VOCAB - 2 are unused)."""
    alphabet = pre_tokenizers.ByteLevel.alphabet()
    vocab = {"<s>": 0, "</s>": 1}
    for ch in sorted(alphabet)[: VOCAB - 2]:
        vocab[ch] = len(vocab)
    tok = Tokenizer(models.BPE(vocab=vocab, merges=[]))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    tok.add_special_tokens(["<s>", "</s>"])
    tok.save(str(out_dir / "tokenizer.json"))
    (out_dir / "tokenizer_config.json").write_text(json.dumps({"bos_token": "<s>", "eos_token": "</s>"}))


@torch.no_grad()
def reference_prompt_logprobs(model, ids: list[int]) -> torch.Tensor:
    logits = model(torch.tensor([ids])).logits[0].float()
    logprobs = torch.log_softmax(logits[:-1], dim=-1)
    return logprobs.gather(1, torch.tensor(ids[1:])[:, None])[:, 0]


@torch.no_grad()
def reference_greedy(model, ids: list[int], max_new_tokens: int) -> list[int]:
    out = model.generate(
        torch.tensor([ids]), max_new_tokens=max_new_tokens, do_sample=False, eos_token_id=None, pad_token_id=0
    )
    return out[0, len(ids) :].tolist()
