"""Writer of a small DeepSeek-V3-architecture checkpoint with random weights, for tests and benchmarks.

It is not the `sluice-demo` model that `sluice model init-demo` installs (see `inference/demo.py`). It
exercises the real architecture (MLA with q_lora, a dense first layer, MoE with a shared expert,
sigmoid noaux_tc routing over several groups, YaRN) while staying small enough to serve on a CPU
with decode steps of a few milliseconds. The byte-level BPE tokenizer is trained offline with the
`tokenizers` library on a built-in corpus and round-trips any UTF-8 text.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import torch
from safetensors.torch import save_file
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

from sluice.inference.config import ModelConfig
from sluice.inference.demo_assets import BOS, CHAT_TEMPLATE, CORPUS, EOS, SPECIAL_TOKENS
from sluice.inference.loader import build_targets
from sluice.inference.model import DeepseekForCausalLM

_FILES = ("config.json", "tokenizer.json", "tokenizer_config.json", "model.safetensors")
_TOKENIZER_VOCAB = 1024


def demo_config(vocab_size: int, bos_id: int, eos_id: int) -> dict:
    return {
        "architectures": ["DeepseekV3ForCausalLM"],
        "model_type": "deepseek_v3",
        "vocab_size": vocab_size,
        "hidden_size": 256,
        "intermediate_size": 512,
        "moe_intermediate_size": 128,
        "num_hidden_layers": 4,
        "num_attention_heads": 8,
        "num_key_value_heads": 8,
        "q_lora_rank": 128,
        "kv_lora_rank": 64,
        "qk_nope_head_dim": 32,
        "qk_rope_head_dim": 16,
        "v_head_dim": 32,
        "n_routed_experts": 16,
        "n_shared_experts": 1,
        "num_experts_per_tok": 4,
        "first_k_dense_replace": 1,
        "moe_layer_freq": 1,
        "scoring_func": "sigmoid",
        "topk_method": "noaux_tc",
        "n_group": 4,
        "topk_group": 2,
        "norm_topk_prob": True,
        "routed_scaling_factor": 2.5,
        "rms_norm_eps": 1e-6,
        "max_position_embeddings": 4096,
        "rope_theta": 10000.0,
        "rope_scaling": {
            "type": "yarn",
            "factor": 4.0,
            "original_max_position_embeddings": 1024,
            "beta_fast": 32,
            "beta_slow": 1,
            "mscale": 1.0,
            "mscale_all_dim": 1.0,
        },
        "hidden_act": "silu",
        "attention_bias": False,
        "tie_word_embeddings": False,
        "bos_token_id": bos_id,
        "eos_token_id": eos_id,
        "num_nextn_predict_layers": 0,
        "torch_dtype": "float32",
    }


def build_tokenizer() -> Tokenizer:
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=_TOKENIZER_VOCAB,
        min_frequency=2,
        special_tokens=SPECIAL_TOKENS,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator([CORPUS] * 4, trainer=trainer)
    return tok


def write_random_v3(out_dir: Path | str, *, seed: int = 0) -> Path:
    """Write the random-weight checkpoint into out_dir (created if needed); a complete one is left as is."""
    out_dir = Path(out_dir)
    if all((out_dir / name).is_file() for name in _FILES):
        return out_dir
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".sluice-random-v3-", dir=out_dir.parent))
    try:
        tok = build_tokenizer()
        tok.save(str(staging / "tokenizer.json"))
        bos, eos = tok.token_to_id(BOS), tok.token_to_id(EOS)
        raw = demo_config(tok.get_vocab_size(), bos, eos)
        (staging / "config.json").write_text(json.dumps(raw, indent=2) + "\n")
        (staging / "tokenizer_config.json").write_text(
            json.dumps(
                {
                    "tokenizer_class": "PreTrainedTokenizerFast",
                    "bos_token": BOS,
                    "eos_token": EOS,
                    "add_bos_token": False,
                    "model_max_length": raw["max_position_embeddings"],
                    "chat_template": CHAT_TEMPLATE,
                },
                indent=2,
                ensure_ascii=False,
            )
            + "\n"
        )
        save_file(_random_weights(ModelConfig.from_dict(raw), seed), str(staging / "model.safetensors"))
        out_dir.mkdir(parents=True, exist_ok=True)
        for name in _FILES:
            (staging / name).chmod(0o644)
            (staging / name).replace(out_dir / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return out_dir


def _random_weights(cfg: ModelConfig, seed: int) -> dict[str, torch.Tensor]:
    gen = torch.Generator().manual_seed(seed)
    model = DeepseekForCausalLM(cfg)
    targets, _ = build_targets(model)
    tensors = {}
    for name in sorted(targets):
        shape = tuple(targets[name].full_shape)
        if name.endswith("norm.weight") or "layernorm" in name:
            value = torch.ones(shape)
        elif name.endswith("e_score_correction_bias"):
            value = torch.rand(shape, generator=gen) * 0.1
        else:
            value = torch.randn(shape, generator=gen) * 0.05
        tensors[name] = value.contiguous()
    return tensors
