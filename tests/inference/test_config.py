"""config.json parsing: DeepSeek-V2/V3 only, unknown fields refused, both RoPE spellings accepted."""

from __future__ import annotations

import json

import pytest

from sluice.inference.config import ModelConfig, load_model_config
from sluice.inference.errors import ConfigError


def _v3(**overrides):
    raw = {
        "architectures": ["DeepseekV3ForCausalLM"],
        "model_type": "deepseek_v3",
        "vocab_size": 100,
        "hidden_size": 32,
        "intermediate_size": 64,
        "moe_intermediate_size": 16,
        "num_hidden_layers": 2,
        "num_attention_heads": 4,
        "q_lora_rank": 16,
        "kv_lora_rank": 16,
        "qk_nope_head_dim": 8,
        "qk_rope_head_dim": 8,
        "v_head_dim": 8,
        "n_routed_experts": 8,
        "n_shared_experts": 1,
        "num_experts_per_tok": 2,
        "n_group": 4,
        "topk_group": 2,
        "first_k_dense_replace": 1,
        "max_position_embeddings": 1024,
        "rope_theta": 10000.0,
        "rope_scaling": {
            "type": "yarn",
            "factor": 40,
            "original_max_position_embeddings": 4096,
            "beta_fast": 32,
            "beta_slow": 1,
            "mscale": 1.0,
            "mscale_all_dim": 1.0,
        },
    }
    raw.update(overrides)
    return raw


def test_v3_defaults_follow_the_published_model():
    cfg = ModelConfig.from_dict(_v3())
    assert (cfg.scoring_func, cfg.topk_method, cfg.norm_topk_prob) == ("sigmoid", "noaux_tc", True)
    assert cfg.kv_cache_dim == 24 and cfg.is_moe_layer(1) and not cfg.is_moe_layer(0)


def test_softmax_scale_includes_yarn_mscale_squared():
    cfg = ModelConfig.from_dict(_v3(qk_nope_head_dim=128, qk_rope_head_dim=64))
    assert cfg.softmax_scale == pytest.approx(0.13523, abs=1e-5)  # DeepSeek-V3's published value


def test_rope_scaling_and_rope_parameters_spellings_are_equivalent():
    legacy = ModelConfig.from_dict(_v3())
    params = dict(_v3()["rope_scaling"], rope_type="yarn", rope_theta=10000.0)
    del params["type"]
    modern = _v3(rope_parameters=params)
    del modern["rope_scaling"], modern["rope_theta"]
    assert ModelConfig.from_dict(modern).rope == legacy.rope


def test_unknown_architecture_is_refused_by_name():
    with pytest.raises(ConfigError, match="LlamaForCausalLM") as err:
        ModelConfig.from_dict(_v3(architectures=["LlamaForCausalLM"]))
    assert err.value.code == "unsupported_architecture"


def test_unknown_field_is_refused_by_name():
    with pytest.raises(ConfigError, match="sliding_window"):
        ModelConfig.from_dict(_v3(sliding_window=4096))


@pytest.mark.parametrize(
    "overrides, needle",
    [
        ({"hidden_act": "gelu"}, "hidden_act"),
        ({"rope_scaling": {"type": "dynamic", "factor": 2.0}}, "dynamic"),
        ({"topk_method": "noaux_tc", "scoring_func": "softmax"}, "noaux_tc"),
        ({"n_group": 3}, "n_group"),
        ({"quantization_config": {"quant_method": "awq"}}, "quantization"),
        ({"moe_layer_freq": 2}, "moe_layer_freq"),
    ],
)
def test_unsupported_values_are_refused(overrides, needle):
    with pytest.raises(ConfigError, match=needle):
        ModelConfig.from_dict(_v3(**overrides))


def test_missing_or_invalid_config_file_is_reported(tmp_path):
    with pytest.raises(ConfigError, match="no config.json"):
        load_model_config(tmp_path)
    (tmp_path / "config.json").write_text("{not json")
    with pytest.raises(ConfigError, match="not valid JSON"):
        load_model_config(tmp_path)
    (tmp_path / "config.json").write_text(json.dumps(_v3()))
    assert load_model_config(tmp_path).architecture == "DeepseekV3ForCausalLM"


def test_published_deepseek_v3_config_is_accepted():
    raw = {
        "architectures": ["DeepseekV3ForCausalLM"],
        "attention_bias": False,
        "attention_dropout": 0.0,
        "auto_map": {"AutoConfig": "configuration_deepseek.DeepseekV3Config"},
        "aux_loss_alpha": 0.001,
        "bos_token_id": 0,
        "eos_token_id": 1,
        "ep_size": 1,
        "first_k_dense_replace": 3,
        "hidden_act": "silu",
        "hidden_size": 7168,
        "initializer_range": 0.02,
        "intermediate_size": 18432,
        "kv_lora_rank": 512,
        "max_position_embeddings": 163840,
        "model_type": "deepseek_v3",
        "moe_intermediate_size": 2048,
        "moe_layer_freq": 1,
        "n_group": 8,
        "n_routed_experts": 256,
        "n_shared_experts": 1,
        "norm_topk_prob": True,
        "num_attention_heads": 128,
        "num_experts_per_tok": 8,
        "num_hidden_layers": 61,
        "num_key_value_heads": 128,
        "num_nextn_predict_layers": 1,
        "q_lora_rank": 1536,
        "qk_nope_head_dim": 128,
        "qk_rope_head_dim": 64,
        "quantization_config": {
            "activation_scheme": "dynamic",
            "fmt": "e4m3",
            "quant_method": "fp8",
            "weight_block_size": [128, 128],
        },
        "rms_norm_eps": 1e-06,
        "rope_scaling": {
            "beta_fast": 32,
            "beta_slow": 1,
            "factor": 40,
            "mscale": 1.0,
            "mscale_all_dim": 1.0,
            "original_max_position_embeddings": 4096,
            "type": "yarn",
        },
        "rope_theta": 10000,
        "routed_scaling_factor": 2.5,
        "scoring_func": "sigmoid",
        "seq_aux": True,
        "tie_word_embeddings": False,
        "topk_group": 4,
        "topk_method": "noaux_tc",
        "torch_dtype": "bfloat16",
        "transformers_version": "4.33.1",
        "use_cache": True,
        "v_head_dim": 128,
        "vocab_size": 129280,
    }
    cfg = ModelConfig.from_dict(raw)
    assert cfg.kv_cache_dim == 576 and cfg.fp8.block_size == (128, 128) and cfg.num_nextn_predict_layers == 1


def test_published_deepseek_v2_lite_config_is_accepted():
    raw = {
        "architectures": ["DeepseekV2ForCausalLM"],
        "attention_bias": False,
        "attention_dropout": 0.0,
        "auto_map": {"AutoModelForCausalLM": "modeling_deepseek.DeepseekV2ForCausalLM"},
        "aux_loss_alpha": 0.001,
        "bos_token_id": 100000,
        "eos_token_id": 100001,
        "first_k_dense_replace": 1,
        "hidden_act": "silu",
        "hidden_size": 2048,
        "initializer_range": 0.02,
        "intermediate_size": 10944,
        "kv_lora_rank": 512,
        "max_position_embeddings": 163840,
        "model_type": "deepseek_v2",
        "moe_intermediate_size": 1408,
        "moe_layer_freq": 1,
        "n_group": 1,
        "n_routed_experts": 64,
        "n_shared_experts": 2,
        "norm_topk_prob": False,
        "num_attention_heads": 16,
        "num_experts_per_tok": 6,
        "num_hidden_layers": 27,
        "num_key_value_heads": 16,
        "pretraining_tp": 1,
        "q_lora_rank": None,
        "qk_nope_head_dim": 128,
        "qk_rope_head_dim": 64,
        "rms_norm_eps": 1e-06,
        "rope_scaling": {
            "beta_fast": 32,
            "beta_slow": 1,
            "factor": 40,
            "mscale": 0.707,
            "mscale_all_dim": 0.707,
            "original_max_position_embeddings": 4096,
            "type": "yarn",
        },
        "rope_theta": 10000,
        "routed_scaling_factor": 1.0,
        "scoring_func": "softmax",
        "seq_aux": True,
        "tie_word_embeddings": False,
        "topk_group": 1,
        "topk_method": "greedy",
        "torch_dtype": "bfloat16",
        "transformers_version": "4.33.1",
        "use_cache": True,
        "v_head_dim": 128,
        "vocab_size": 102400,
    }
    cfg = ModelConfig.from_dict(raw)
    assert cfg.q_lora_rank is None and cfg.softmax_scale == pytest.approx(0.11472, abs=1e-5)
