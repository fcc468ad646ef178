"""Typed DeepSeek-V4 configuration parsed from a `config.json` (official or transformers layout).

Both spellings of the published fields are read: the per-layer lists `layer_types` /
`mlp_layer_types` and the compress-rate map that transformers writes, and the older top-level
`compress_ratios`, `compress_rate_csa`, `compress_rate_hca`, `num_hash_layers`, `qk_rope_head_dim`
and `rope_scaling` that DeepSeek's own files carry. Unknown fields and values that contradict each
other are refused with a message that names them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sluice.inference.config import _IGNORED_FIELDS, RopeConfig, parse_rope_spec, read_config_json
from sluice.inference.errors import ConfigError, InferenceErrorCode

ARCHITECTURE = "DeepseekV4ForCausalLM"
MODEL_TYPE = "deepseek_v4"
SLIDING, CSA, HCA = "sliding_attention", "compressed_sparse_attention", "heavily_compressed_attention"
LAYER_TYPES = (SLIDING, CSA, HCA)
HASH_MOE, MOE = "hash_moe", "moe"
_RATIO_TO_TYPE = {0: SLIDING}
_DEFAULT_RATES = {CSA: 4, HCA: 128}

_MODEL_FIELDS = {
    "architectures", "model_type", "vocab_size", "hidden_size", "moe_intermediate_size",
    "intermediate_size", "num_hidden_layers", "num_attention_heads", "num_key_value_heads", "head_dim",
    "qk_rope_head_dim", "partial_rotary_factor", "q_lora_rank", "o_groups", "o_lora_rank",
    "layer_types", "compress_rates", "compress_ratios", "compress_rate_csa", "compress_rate_hca",
    "sliding_window", "index_n_heads", "index_head_dim", "index_topk", "n_routed_experts",
    "n_shared_experts", "num_experts_per_tok", "mlp_layer_types", "num_hash_layers", "scoring_func",
    "topk_method", "n_group", "topk_group", "norm_topk_prob", "routed_scaling_factor", "swiglu_limit",
    "hc_mult", "hc_sinkhorn_iters", "hc_eps", "rms_norm_eps", "max_position_embeddings", "rope_theta",
    "compress_rope_theta", "rope_parameters", "rope_scaling", "tie_word_embeddings", "bos_token_id",
    "eos_token_id", "pad_token_id", "num_nextn_predict_layers", "quantization_config", "expert_dtype",
    "hidden_act", "attention_bias", "mlp_bias",
}  # fmt: skip
_V4_IGNORED = {"router_jitter_noise", "router_aux_loss_coef", "output_router_logits"}
_QUANT_FIELDS = {
    "quant_method", "fmt", "activation_scheme", "weight_block_size", "scale_fmt", "expert_dtype",
    "modules_to_not_convert", "dequantize",
}  # fmt: skip


@dataclass(frozen=True)
class V4QuantConfig:
    """FP8 e4m3 block weights; routed experts in FP8 or FP4 (e2m1, scale per 32 inputs)."""

    block_size: tuple[int, int] = (128, 128)
    scale_fmt: str = "float"  # "float" (fp32 scale_inv) or "ue8m0" (power-of-two exponents)
    expert_dtype: str = "fp8"  # "fp8" or "fp4"


@dataclass(frozen=True)
class V4Config:
    vocab_size: int
    hidden_size: int
    num_hidden_layers: int
    num_attention_heads: int
    head_dim: int
    qk_rope_head_dim: int
    q_lora_rank: int
    o_groups: int
    o_lora_rank: int
    layer_types: tuple[str, ...]
    csa_rate: int
    hca_rate: int
    sliding_window: int
    index_n_heads: int
    index_head_dim: int
    index_topk: int
    moe_intermediate_size: int
    n_routed_experts: int
    n_shared_experts: int
    num_experts_per_tok: int
    mlp_layer_types: tuple[str, ...]
    scoring_func: str
    norm_topk_prob: bool
    routed_scaling_factor: float
    swiglu_limit: float | None
    hc_mult: int
    hc_sinkhorn_iters: int
    hc_eps: float
    rms_norm_eps: float
    max_position_embeddings: int
    main_rope: RopeConfig
    compress_rope: RopeConfig
    tie_word_embeddings: bool = False
    bos_token_id: int | None = None
    eos_token_ids: tuple[int, ...] = ()
    num_nextn_predict_layers: int = 0
    quant: V4QuantConfig | None = None
    torch_dtype: str | None = None
    architecture: str = ARCHITECTURE

    def compress_rate(self, layer: int) -> int:
        """0 for sliding-window layers, else how many tokens one compressed entry covers."""
        kind = self.layer_types[layer]
        return 0 if kind == SLIDING else (self.csa_rate if kind == CSA else self.hca_rate)

    def is_hash_layer(self, layer: int) -> bool:
        return self.mlp_layer_types[layer] == HASH_MOE

    @property
    def softmax_scale(self) -> float:
        return self.head_dim**-0.5

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> V4Config:
        return parse_v4(raw)


def load_v4_config(model_dir: str | Path) -> V4Config:
    return parse_v4(read_config_json(model_dir))


def is_v4(raw: dict[str, Any]) -> bool:
    return raw.get("model_type") == MODEL_TYPE or raw.get("architectures") == [ARCHITECTURE]


def parse_v4(raw: dict[str, Any]) -> V4Config:
    if raw.get("architectures", [ARCHITECTURE]) != [ARCHITECTURE]:
        raise ConfigError(
            f"unsupported architecture {raw.get('architectures')!r} for model_type deepseek_v4",
            code=InferenceErrorCode.UNSUPPORTED_ARCHITECTURE,
        )
    if raw.get("model_type", MODEL_TYPE) != MODEL_TYPE:
        raise ConfigError(f"model_type {raw['model_type']!r} does not match architecture {ARCHITECTURE}")
    unknown = sorted(set(raw) - _MODEL_FIELDS - _IGNORED_FIELDS - _V4_IGNORED)
    if unknown:
        raise ConfigError(
            f"unknown config fields {unknown}; refusing to run a model with settings it would ignore"
        )
    for name, expected in (("hidden_act", "silu"), ("attention_bias", False), ("mlp_bias", False),
                           ("num_key_value_heads", 1), ("topk_method", "noaux_tc"), ("n_group", 1),
                           ("topk_group", 1)):  # fmt: skip
        if raw.get(name) not in (None, expected):
            raise ConfigError(
                f"config field {name}={raw[name]!r} is not supported for DeepSeek-V4 (only {expected!r})"
            )
    layers = _int(raw, "num_hidden_layers", 43)
    mtp = _int(raw, "num_nextn_predict_layers", 1)
    head_dim = _int(raw, "head_dim", 512)
    inter = _int(raw, "moe_intermediate_size", 2048)
    if "intermediate_size" in raw and raw["intermediate_size"] != inter:
        raise ConfigError(
            f"intermediate_size={raw['intermediate_size']!r} contradicts moe_intermediate_size={inter} "
            "(DeepSeek-V4 has no dense MLP; drop one)"
        )
    rope_dim = _rope_dim(raw, head_dim)
    _check_rope_fraction(raw, rope_dim, head_dim)
    rates = _compress_rates(raw)
    eos = raw.get("eos_token_id", 1)
    main_rope, compress_rope = _ropes(raw)
    cfg = V4Config(
        vocab_size=_int(raw, "vocab_size", 129280),
        hidden_size=_int(raw, "hidden_size", 4096),
        num_hidden_layers=layers,
        num_attention_heads=_int(raw, "num_attention_heads", 64),
        head_dim=head_dim,
        qk_rope_head_dim=rope_dim,
        q_lora_rank=_int(raw, "q_lora_rank", 1024),
        o_groups=_int(raw, "o_groups", 8),
        o_lora_rank=_int(raw, "o_lora_rank", 1024),
        layer_types=_layer_types(raw, layers, mtp),
        csa_rate=rates[CSA],
        hca_rate=rates[HCA],
        sliding_window=_int(raw, "sliding_window", 128),
        index_n_heads=_int(raw, "index_n_heads", 64),
        index_head_dim=_int(raw, "index_head_dim", 128),
        index_topk=_int(raw, "index_topk", 512),
        moe_intermediate_size=inter,
        n_routed_experts=_int(raw, "n_routed_experts", 256),
        n_shared_experts=_int(raw, "n_shared_experts", 1),
        num_experts_per_tok=_int(raw, "num_experts_per_tok", 6),
        mlp_layer_types=_mlp_layer_types(raw, layers),
        scoring_func=raw.get("scoring_func", "sqrtsoftplus"),
        norm_topk_prob=bool(raw.get("norm_topk_prob", True)),
        routed_scaling_factor=float(raw.get("routed_scaling_factor", 1.5)),
        swiglu_limit=None if raw.get("swiglu_limit", 10.0) is None else float(raw.get("swiglu_limit", 10.0)),
        hc_mult=_int(raw, "hc_mult", 4),
        hc_sinkhorn_iters=_int(raw, "hc_sinkhorn_iters", 20),
        hc_eps=float(raw.get("hc_eps", 1e-6)),
        rms_norm_eps=float(raw.get("rms_norm_eps", 1e-6)),
        max_position_embeddings=_int(raw, "max_position_embeddings", 1048576),
        main_rope=main_rope,
        compress_rope=compress_rope,
        tie_word_embeddings=bool(raw.get("tie_word_embeddings", False)),
        bos_token_id=raw.get("bos_token_id", 0),
        eos_token_ids=tuple(eos) if isinstance(eos, list) else (() if eos is None else (int(eos),)),
        num_nextn_predict_layers=mtp,
        quant=_quant(raw),
        torch_dtype=raw.get("torch_dtype") or raw.get("dtype"),
    )
    _validate(cfg)
    return cfg


def _int(raw: dict[str, Any], name: str, default: int) -> int:
    value = raw.get(name, default)
    if value is None:
        value = default
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ConfigError(f"config field {name} must be a non-negative integer, got {value!r}")
    return value


def _rope_dim(raw: dict[str, Any], head_dim: int) -> int:
    legacy = raw.get("qk_rope_head_dim")
    factor = raw.get("partial_rotary_factor")
    from_factor = None if factor is None else int(head_dim * factor)
    if legacy is not None and from_factor is not None and legacy != from_factor:
        raise ConfigError(
            f"qk_rope_head_dim={legacy} contradicts partial_rotary_factor={factor} x head_dim={head_dim}"
        )
    dim = legacy if legacy is not None else (from_factor if from_factor is not None else head_dim // 8)
    if not isinstance(dim, int) or dim <= 0 or dim % 2 or dim > head_dim:
        raise ConfigError(f"rotary dimension {dim!r} must be even, positive and at most head_dim={head_dim}")
    return dim


def _check_rope_fraction(raw: dict[str, Any], rope_dim: int, head_dim: int) -> None:
    params = raw.get("rope_parameters") or {}
    subs = [params[k] for k in ("main", "compress") if isinstance(params.get(k), dict)] or [params]
    for sub in subs:
        factor = sub.get("partial_rotary_factor") if isinstance(sub, dict) else None
        if factor is not None and int(head_dim * factor) != rope_dim:
            raise ConfigError(
                f"rope_parameters partial_rotary_factor={factor} contradicts the rotary dimension {rope_dim}"
            )


def _compress_rates(raw: dict[str, Any]) -> dict[str, int]:
    rates = dict(_DEFAULT_RATES)
    given = raw.get("compress_rates")
    if given is not None:
        if not isinstance(given, dict) or set(given) - {CSA, HCA}:
            raise ConfigError(f"compress_rates must map {CSA!r} / {HCA!r} to integers, got {given!r}")
        rates.update(given)
    for name, kind in (("compress_rate_csa", CSA), ("compress_rate_hca", HCA)):
        if raw.get(name) is None:
            continue
        if given is not None and kind in given and given[kind] != raw[name]:
            raise ConfigError(f"{name}={raw[name]!r} contradicts compress_rates[{kind!r}]={given[kind]!r}")
        rates[kind] = raw[name]
    for kind, rate in rates.items():
        if not isinstance(rate, int) or isinstance(rate, bool) or rate < 1:
            raise ConfigError(f"compress rate of {kind} must be a positive integer, got {rate!r}")
    return rates


def _layer_types(raw: dict[str, Any], layers: int, mtp: int) -> tuple[str, ...]:
    types, ratios = raw.get("layer_types"), raw.get("compress_ratios")
    if ratios is not None:
        if not isinstance(ratios, list) or len(ratios) not in (layers, layers + mtp):
            raise ConfigError(f"compress_ratios must list one rate per layer ({layers}), got {ratios!r}")
        rates = _compress_rates(raw)
        by_rate = {**_RATIO_TO_TYPE, rates[CSA]: CSA, rates[HCA]: HCA}
        bad = [r for r in ratios if r not in by_rate]
        if bad:
            raise ConfigError(
                f"compress_ratios values {bad} match no attention type (0, {rates[CSA]}, {rates[HCA]})"
            )
        from_ratios = [by_rate[r] for r in ratios[:layers]]
        if types is not None and list(types)[:layers] != from_ratios:
            raise ConfigError("layer_types contradicts compress_ratios; keep one")
        types = from_ratios
    if types is None:  # transformers' default: two HCA layers, then CSA / HCA interleaved
        types = [HCA] * min(layers, 2) + [CSA if i % 2 else HCA for i in range(max(layers - 2, 0))]
    if not isinstance(types, list) or len(types) != layers:
        raise ConfigError(f"layer_types must list one attention type per layer ({layers})")
    bad = sorted({t for t in types if t not in LAYER_TYPES})
    if bad:
        raise ConfigError(f"layer_types values {bad} are not DeepSeek-V4 attention types {list(LAYER_TYPES)}")
    return tuple(types)


def _mlp_layer_types(raw: dict[str, Any], layers: int) -> tuple[str, ...]:
    types, hashed = raw.get("mlp_layer_types"), raw.get("num_hash_layers")
    if hashed is not None:
        if not isinstance(hashed, int) or isinstance(hashed, bool) or not 0 <= hashed <= layers:
            raise ConfigError(f"num_hash_layers must be between 0 and {layers}, got {hashed!r}")
        from_count = [HASH_MOE] * hashed + [MOE] * (layers - hashed)
        if types is not None and list(types) != from_count:
            raise ConfigError("mlp_layer_types contradicts num_hash_layers; keep one")
        types = from_count
    if types is None:
        types = [HASH_MOE] * min(layers, 3) + [MOE] * max(layers - 3, 0)
    if not isinstance(types, list) or len(types) != layers:
        raise ConfigError(f"mlp_layer_types must list one MoE type per layer ({layers})")
    bad = sorted({t for t in types if t not in (HASH_MOE, MOE)})
    if bad:
        raise ConfigError(f"mlp_layer_types values {bad} are not one of {[HASH_MOE, MOE]}")
    return tuple(types)


def _ropes(raw: dict[str, Any]) -> tuple[RopeConfig, RopeConfig]:
    """(main rope: sliding-window layers, compress rope: CSA / HCA layers and their compressors)."""
    params, scaling = raw.get("rope_parameters"), raw.get("rope_scaling")
    if params is not None and scaling is not None:
        raise ConfigError("config has both rope_parameters and rope_scaling; keep one")
    spec = params if params is not None else (scaling or {})
    if not isinstance(spec, dict):
        raise ConfigError("rope_parameters / rope_scaling must be an object")
    theta = float(raw.get("rope_theta", 10000.0))
    compress_theta = float(raw.get("compress_rope_theta", 160000.0))
    max_pos = raw.get("max_position_embeddings", 1048576)
    extra = frozenset({"partial_rotary_factor"})
    if "main" in spec or "compress" in spec:
        if set(spec) != {"main", "compress"}:
            raise ConfigError(
                f"nested rope_parameters must hold exactly 'main' and 'compress', got {sorted(spec)}"
            )
        main = parse_rope_spec(spec["main"], theta, max_pos, extra_fields=extra)
        compress = parse_rope_spec(spec["compress"], compress_theta, max_pos, extra_fields=extra)
    else:  # flat: the scaling applies to the compressed branch only, as in DeepSeek's reference
        main = RopeConfig(theta=theta)
        flat = {k: v for k, v in spec.items() if k != "rope_theta"}
        compress = parse_rope_spec(flat, compress_theta, max_pos, extra_fields=extra)
    if compress.kind == "yarn" and compress.attention_factor is None:
        # the reference does not scale cos / sin on the compressed branch
        compress = RopeConfig(**{**compress.__dict__, "attention_factor": 1.0})
    return main, compress


def _quant(raw: dict[str, Any]) -> V4QuantConfig | None:
    spec = raw.get("quantization_config")
    top_expert_dtype = raw.get("expert_dtype")
    if spec is None:
        if top_expert_dtype is not None:
            raise ConfigError("expert_dtype is set but the config has no quantization_config")
        return None
    if not isinstance(spec, dict) or spec.get("quant_method") != "fp8":
        raise ConfigError(f"quantization {spec!r} is not supported (only DeepSeek fp8 block quantization)")
    unknown = sorted(set(spec) - _QUANT_FIELDS)
    if unknown:
        raise ConfigError(f"unknown quantization_config fields {unknown}")
    if spec.get("fmt", "e4m3") != "e4m3" or spec.get("activation_scheme", "dynamic") != "dynamic":
        raise ConfigError("fp8 quantization must use fmt e4m3 with dynamic activation scaling")
    if spec.get("dequantize"):
        raise ConfigError("quantization_config.dequantize is not supported; dequantization happens on load")
    block = spec.get("weight_block_size") or [128, 128]
    if not (isinstance(block, list) and len(block) == 2 and all(isinstance(b, int) and b > 0 for b in block)):
        raise ConfigError(f"weight_block_size must be two positive integers, got {block!r}")
    scale_fmt = spec.get("scale_fmt") or "float"
    if scale_fmt not in ("float", "ue8m0"):
        raise ConfigError(f"scale_fmt {scale_fmt!r} is not supported (float or ue8m0)")
    expert_dtype = spec.get("expert_dtype", top_expert_dtype) or "fp8"
    if top_expert_dtype is not None and top_expert_dtype != expert_dtype:
        raise ConfigError(
            f"expert_dtype={top_expert_dtype!r} contradicts quantization_config.expert_dtype={expert_dtype!r}"
        )
    if expert_dtype not in ("fp8", "fp4"):
        raise ConfigError(f"expert_dtype {expert_dtype!r} is not supported (fp8 or fp4)")
    return V4QuantConfig(block_size=(block[0], block[1]), scale_fmt=scale_fmt, expert_dtype=expert_dtype)


def _validate(cfg: V4Config) -> None:
    positive = ("vocab_size", "hidden_size", "num_hidden_layers", "num_attention_heads", "head_dim",
                "q_lora_rank", "o_groups", "o_lora_rank", "sliding_window", "moe_intermediate_size",
                "n_routed_experts", "num_experts_per_tok", "hc_mult", "hc_sinkhorn_iters")  # fmt: skip
    zero = [name for name in positive if getattr(cfg, name) <= 0]
    if zero:
        raise ConfigError(f"config fields {zero} must be positive")
    if cfg.num_attention_heads % cfg.o_groups:
        raise ConfigError(
            f"o_groups={cfg.o_groups} must divide num_attention_heads={cfg.num_attention_heads}"
        )
    if CSA in cfg.layer_types and min(cfg.index_n_heads, cfg.index_head_dim, cfg.index_topk) <= 0:
        raise ConfigError(
            "compressed sparse attention layers need positive index_n_heads, index_head_dim, index_topk"
        )
    if CSA in cfg.layer_types and (cfg.index_head_dim < cfg.qk_rope_head_dim or cfg.index_head_dim % 2):
        raise ConfigError("index_head_dim must be even and at least the rotary dimension")
    if cfg.scoring_func not in ("sqrtsoftplus", "softmax", "sigmoid"):
        raise ConfigError(
            f"scoring_func {cfg.scoring_func!r} is not supported (sqrtsoftplus, softmax or sigmoid)"
        )
    if not cfg.norm_topk_prob:
        raise ConfigError(
            "norm_topk_prob=false is not supported: DeepSeek-V4 always normalises the top-k weights"
        )
    if cfg.n_shared_experts != 1:
        raise ConfigError(
            f"n_shared_experts={cfg.n_shared_experts} is not supported: DeepSeek-V4 has one shared expert "
            "of width moe_intermediate_size"
        )
    if cfg.num_experts_per_tok > cfg.n_routed_experts:
        raise ConfigError("num_experts_per_tok must be at most n_routed_experts")
    if cfg.swiglu_limit is not None and cfg.swiglu_limit <= 0:
        raise ConfigError("swiglu_limit must be positive or null")
