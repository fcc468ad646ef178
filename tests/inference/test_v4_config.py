"""DeepSeek-V4 config.json parsing: both published spellings, and refusals that name the field."""

from __future__ import annotations

import pytest

from sluice.inference.errors import ConfigError
from sluice.inference.v4.config import CSA, HASH_MOE, HCA, MOE, SLIDING, parse_v4

# The shape DeepSeek's own config.json uses (older top-level names, MTP rate in compress_ratios).
OFFICIAL = {
    "architectures": ["DeepseekV4ForCausalLM"],
    "model_type": "deepseek_v4",
    "vocab_size": 129280,
    "hidden_size": 4096,
    "moe_intermediate_size": 2048,
    "num_hidden_layers": 5,
    "num_attention_heads": 64,
    "num_key_value_heads": 1,
    "head_dim": 512,
    "qk_rope_head_dim": 64,
    "q_lora_rank": 1024,
    "o_groups": 8,
    "o_lora_rank": 1024,
    "compress_ratios": [0, 0, 4, 128, 4, 0],
    "compress_rope_theta": 160000,
    "num_hash_layers": 3,
    "sliding_window": 128,
    "index_n_heads": 64,
    "index_head_dim": 128,
    "index_topk": 512,
    "n_routed_experts": 256,
    "n_shared_experts": 1,
    "num_experts_per_tok": 6,
    "scoring_func": "sqrtsoftplus",
    "topk_method": "noaux_tc",
    "norm_topk_prob": True,
    "routed_scaling_factor": 1.5,
    "swiglu_limit": 10.0,
    "hc_mult": 4,
    "hc_sinkhorn_iters": 20,
    "hc_eps": 1e-6,
    "rope_theta": 10000,
    "rope_scaling": {
        "type": "yarn",
        "factor": 16,
        "original_max_position_embeddings": 65536,
        "beta_fast": 32,
        "beta_slow": 1,
    },
    "max_position_embeddings": 1048576,
    "num_nextn_predict_layers": 1,
    "expert_dtype": "fp4",
    "quantization_config": {
        "quant_method": "fp8",
        "fmt": "e4m3",
        "activation_scheme": "dynamic",
        "scale_fmt": "ue8m0",
        "weight_block_size": [128, 128],
    },
    "torch_dtype": "bfloat16",
}


def test_official_config_folds_legacy_fields_into_per_layer_types():
    cfg = parse_v4(OFFICIAL)
    assert cfg.layer_types == (SLIDING, SLIDING, CSA, HCA, CSA)  # the MTP layer's rate is not a layer
    assert cfg.mlp_layer_types == (HASH_MOE, HASH_MOE, HASH_MOE, MOE, MOE)
    assert [cfg.compress_rate(i) for i in range(5)] == [0, 0, 4, 128, 4]
    assert cfg.qk_rope_head_dim == 64 and cfg.num_nextn_predict_layers == 1
    assert cfg.main_rope.kind == "default" and cfg.main_rope.theta == 10000
    compress = cfg.compress_rope
    assert (compress.kind, compress.theta, compress.factor) == ("yarn", 160000, 16)
    assert compress.attention_factor == 1.0
    assert cfg.quant.scale_fmt == "ue8m0" and cfg.quant.expert_dtype == "fp4"


def test_official_config_reads_as_transformers_reads_it():
    from transformers import DeepseekV4Config

    ref = DeepseekV4Config(**{k: v for k, v in OFFICIAL.items() if k not in ("architectures", "model_type")})
    cfg = parse_v4(OFFICIAL)
    assert list(cfg.layer_types) == ref.layer_types
    assert list(cfg.mlp_layer_types) == ref.mlp_layer_types
    assert cfg.qk_rope_head_dim == ref.qk_rope_head_dim
    compress = ref.rope_parameters["compress"]
    assert (cfg.compress_rope.theta, cfg.compress_rope.factor) == (compress["rope_theta"], compress["factor"])
    assert cfg.compress_rope.attention_factor == compress["attention_factor"]
    assert cfg.main_rope.theta == ref.rope_parameters["main"]["rope_theta"]


def test_transformers_saved_config_round_trips(tmp_path):
    from transformers import DeepseekV4Config

    ref = DeepseekV4Config(
        num_hidden_layers=4,
        layer_types=[SLIDING, CSA, HCA, CSA],
        mlp_layer_types=[HASH_MOE, MOE, MOE, MOE],
        compress_rates={CSA: 4, HCA: 16},
        rope_parameters={"rope_type": "yarn", "factor": 4.0, "original_max_position_embeddings": 64},
    )
    ref.save_pretrained(tmp_path)
    import json

    cfg = parse_v4(json.loads((tmp_path / "config.json").read_text()))
    assert cfg.layer_types == (SLIDING, CSA, HCA, CSA)
    assert (cfg.csa_rate, cfg.hca_rate) == (4, 16)
    assert cfg.compress_rope.kind == "yarn" and cfg.compress_rope.attention_factor == 1.0
    assert cfg.main_rope.kind == "default"


@pytest.mark.parametrize(
    "change, named",
    [
        ({"attn_window_shift": 3}, "attn_window_shift"),
        ({"layer_types": [SLIDING, CSA, HCA, CSA, HCA]}, "layer_types contradicts compress_ratios"),
        ({"mlp_layer_types": [MOE] * 5}, "mlp_layer_types contradicts num_hash_layers"),
        ({"partial_rotary_factor": 0.25}, "qk_rope_head_dim=64 contradicts partial_rotary_factor"),
        ({"intermediate_size": 4096}, "intermediate_size=4096 contradicts moe_intermediate_size"),
        ({"compress_ratios": [0, 0, 4, 64, 4, 0]}, "compress_ratios values [64]"),
        ({"compress_rate_csa": 8, "compress_rates": {CSA: 4}}, "compress_rate_csa=8 contradicts"),
        ({"o_groups": 6}, "o_groups=6 must divide num_attention_heads=64"),
        ({"num_key_value_heads": 8}, "num_key_value_heads=8"),
        ({"n_group": 8}, "n_group=8"),
        ({"scoring_func": "relu"}, "scoring_func 'relu'"),
        ({"norm_topk_prob": False}, "norm_topk_prob=false"),
        ({"n_shared_experts": 2}, "n_shared_experts=2"),
        (
            {
                "rope_scaling": None,
                "rope_parameters": {
                    "main": {"rope_type": "default", "partial_rotary_factor": 0.5},
                    "compress": {"rope_type": "default"},
                },
            },
            "partial_rotary_factor=0.5 contradicts",
        ),
        ({"expert_dtype": "fp8"}, "expert_dtype='fp8' contradicts"),
        ({"rope_scaling": {"type": "yarn", "factor": 4, "original_max_position_embeddings": 8, "w": 1}},
         "'w'"),
    ],
)
def test_unknown_or_inconsistent_fields_are_refused_by_name(change, named):
    raw = {**OFFICIAL, **change}
    if "expert_dtype" in change:
        raw["quantization_config"] = {**OFFICIAL["quantization_config"], "expert_dtype": "fp4"}
    with pytest.raises(ConfigError) as err:
        parse_v4(raw)
    assert named in str(err.value)


def test_layer_type_names_are_checked():
    raw = {k: v for k, v in OFFICIAL.items() if k != "compress_ratios"}
    with pytest.raises(ConfigError, match="full_attention"):
        parse_v4({**raw, "layer_types": [SLIDING, "full_attention", CSA, HCA, CSA]})
    with pytest.raises(ConfigError, match="one attention type per layer"):
        parse_v4({**raw, "layer_types": [SLIDING, CSA]})
