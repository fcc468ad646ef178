"""Typed model configuration parsed from a Hugging Face `config.json` (DeepSeek-V2 / V3 only).

Unknown architectures, unknown fields and unsupported values are refused with a message that names
them, so a checkpoint is never run with settings the engine silently ignores.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sluice.inference.errors import ConfigError, InferenceErrorCode

SUPPORTED_ARCHITECTURES = {"DeepseekV2ForCausalLM": "deepseek_v2", "DeepseekV3ForCausalLM": "deepseek_v3"}

# Fields that describe the model and are read below.
_MODEL_FIELDS = {
    "architectures",
    "model_type",
    "vocab_size",
    "hidden_size",
    "intermediate_size",
    "moe_intermediate_size",
    "num_hidden_layers",
    "num_attention_heads",
    "num_key_value_heads",
    "q_lora_rank",
    "kv_lora_rank",
    "qk_nope_head_dim",
    "qk_rope_head_dim",
    "v_head_dim",
    "qk_head_dim",
    "head_dim",
    "n_routed_experts",
    "n_shared_experts",
    "num_experts_per_tok",
    "first_k_dense_replace",
    "moe_layer_freq",
    "scoring_func",
    "topk_method",
    "n_group",
    "topk_group",
    "norm_topk_prob",
    "routed_scaling_factor",
    "rms_norm_eps",
    "max_position_embeddings",
    "rope_theta",
    "rope_scaling",
    "rope_parameters",
    "rope_interleave",
    "tie_word_embeddings",
    "bos_token_id",
    "eos_token_id",
    "pad_token_id",
    "num_nextn_predict_layers",
    "num_mtp_layers",
    "quantization_config",
    "hidden_act",
    "attention_bias",
    "mlp_bias",
}
# Fields that only matter for training or bookkeeping; accepted and ignored.
_IGNORED_FIELDS = {
    "_name_or_path",
    "auto_map",
    "aux_loss_alpha",
    "seq_aux",
    "ep_size",
    "torch_dtype",
    "dtype",
    "transformers_version",
    "use_cache",
    "initializer_range",
    "pretraining_tp",
    "output_router_logits",
    "router_aux_loss_coef",
    "attention_dropout",
    "id2label",
    "label2id",
    "return_dict",
    "output_hidden_states",
    "output_attentions",
    "use_return_dict",
    "chunk_size_feed_forward",
    "is_encoder_decoder",
    "problem_type",
    "tokenizer_class",
    "model_name",
}
_ROPE_FIELDS = {
    "type",
    "rope_type",
    "rope_theta",
    "factor",
    "original_max_position_embeddings",
    "beta_fast",
    "beta_slow",
    "mscale",
    "mscale_all_dim",
    "attention_factor",
    "truncate",
}


@dataclass(frozen=True)
class RopeConfig:
    theta: float = 10000.0
    kind: str = "default"  # "default" | "yarn"
    factor: float = 1.0
    original_max_position_embeddings: int | None = None
    beta_fast: float = 32.0
    beta_slow: float = 1.0
    mscale: float | None = None
    mscale_all_dim: float | None = None
    attention_factor: float | None = None
    truncate: bool = True


@dataclass(frozen=True)
class Fp8Config:
    block_size: tuple[int, int] = (128, 128)


@dataclass(frozen=True)
class ModelConfig:
    architecture: str
    vocab_size: int
    hidden_size: int
    intermediate_size: int
    num_hidden_layers: int
    num_attention_heads: int
    kv_lora_rank: int
    qk_nope_head_dim: int
    qk_rope_head_dim: int
    v_head_dim: int
    q_lora_rank: int | None = None
    moe_intermediate_size: int = 0
    n_routed_experts: int = 0
    n_shared_experts: int = 0
    num_experts_per_tok: int = 0
    first_k_dense_replace: int = 0
    scoring_func: str = "softmax"
    topk_method: str = "greedy"
    n_group: int = 1
    topk_group: int = 1
    norm_topk_prob: bool = False
    routed_scaling_factor: float = 1.0
    rms_norm_eps: float = 1e-6
    max_position_embeddings: int = 4096
    rope: RopeConfig = field(default_factory=RopeConfig)
    rope_interleave: bool = True
    tie_word_embeddings: bool = False
    bos_token_id: int | None = None
    eos_token_ids: tuple[int, ...] = ()
    num_nextn_predict_layers: int = 0
    fp8: Fp8Config | None = None
    torch_dtype: str | None = None

    @property
    def qk_head_dim(self) -> int:
        return self.qk_nope_head_dim + self.qk_rope_head_dim

    @property
    def kv_cache_dim(self) -> int:
        """Values cached per token per layer: the compressed latent plus the rotated key part."""
        return self.kv_lora_rank + self.qk_rope_head_dim

    @property
    def softmax_scale(self) -> float:
        scale = self.qk_head_dim**-0.5
        if self.rope.kind == "yarn" and self.rope.mscale_all_dim:
            m = yarn_mscale(self.rope.factor, self.rope.mscale_all_dim)
            scale *= m * m
        return scale

    def is_moe_layer(self, layer: int) -> bool:
        return self.n_routed_experts > 0 and layer >= self.first_k_dense_replace

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> ModelConfig:
        return _parse(raw)


def yarn_mscale(scale: float, mscale: float = 1.0) -> float:
    return 1.0 if scale <= 1 else 0.1 * mscale * math.log(scale) + 1.0


def load_model_config(model_dir: str | Path) -> ModelConfig:
    return _parse(read_config_json(model_dir))


def read_config_json(model_dir: str | Path) -> dict[str, Any]:
    """The JSON object in model_dir/config.json, or a ConfigError that says what is wrong."""
    path = Path(model_dir) / "config.json"
    if not path.is_file():
        raise ConfigError(f"no config.json in {model_dir}", code=InferenceErrorCode.MODEL_NOT_FOUND)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{path} is not valid JSON: {exc}") from exc
    if not isinstance(raw, dict):
        raise ConfigError(f"{path} must hold a JSON object")
    return raw


def _parse(raw: dict[str, Any]) -> ModelConfig:
    archs = raw.get("architectures") or []
    arch = archs[0] if isinstance(archs, list) and len(archs) == 1 else None
    if arch not in SUPPORTED_ARCHITECTURES:
        raise ConfigError(
            f"unsupported architecture {archs!r}; this engine runs {sorted(SUPPORTED_ARCHITECTURES)}",
            code=InferenceErrorCode.UNSUPPORTED_ARCHITECTURE,
        )
    model_type = raw.get("model_type", SUPPORTED_ARCHITECTURES[arch])
    if model_type != SUPPORTED_ARCHITECTURES[arch]:
        raise ConfigError(f"model_type {model_type!r} does not match architecture {arch}")
    unknown = sorted(set(raw) - _MODEL_FIELDS - _IGNORED_FIELDS)
    if unknown:
        raise ConfigError(
            f"unknown config fields {unknown}; refusing to run a model with settings it would ignore"
        )
    _require_equal(raw, "hidden_act", "silu")
    _require_equal(raw, "attention_bias", False)
    _require_equal(raw, "mlp_bias", False)
    _require_equal(raw, "moe_layer_freq", 1)
    heads = _int(raw, "num_attention_heads")
    if raw.get("num_key_value_heads") not in (None, heads):
        raise ConfigError("num_key_value_heads must equal num_attention_heads for MLA models")
    v3 = arch == "DeepseekV3ForCausalLM"
    experts = _int(raw, "n_routed_experts", 0)
    eos = raw.get("eos_token_id")
    eos_ids = tuple(eos) if isinstance(eos, list) else (() if eos is None else (int(eos),))
    cfg = ModelConfig(
        architecture=arch,
        vocab_size=_int(raw, "vocab_size"),
        hidden_size=_int(raw, "hidden_size"),
        intermediate_size=_int(raw, "intermediate_size"),
        num_hidden_layers=_int(raw, "num_hidden_layers"),
        num_attention_heads=heads,
        kv_lora_rank=_int(raw, "kv_lora_rank"),
        qk_nope_head_dim=_int(raw, "qk_nope_head_dim"),
        qk_rope_head_dim=_int(raw, "qk_rope_head_dim"),
        v_head_dim=_int(raw, "v_head_dim"),
        q_lora_rank=raw.get("q_lora_rank"),
        moe_intermediate_size=_int(raw, "moe_intermediate_size", 0),
        n_routed_experts=experts,
        n_shared_experts=_int(raw, "n_shared_experts", 0) or 0,
        num_experts_per_tok=_int(raw, "num_experts_per_tok", 0) or 0,
        first_k_dense_replace=_int(raw, "first_k_dense_replace", 0) or 0,
        scoring_func=raw.get("scoring_func") or ("sigmoid" if v3 else "softmax"),
        topk_method=raw.get("topk_method") or ("noaux_tc" if v3 else "greedy"),
        n_group=raw.get("n_group") or 1,
        topk_group=raw.get("topk_group") or 1,
        norm_topk_prob=bool(raw.get("norm_topk_prob", v3)),
        routed_scaling_factor=float(raw.get("routed_scaling_factor", 2.5 if v3 else 1.0)),
        rms_norm_eps=float(raw.get("rms_norm_eps", 1e-6)),
        max_position_embeddings=_int(raw, "max_position_embeddings", 4096),
        rope=_parse_rope(raw),
        rope_interleave=bool(raw.get("rope_interleave", True)),
        tie_word_embeddings=bool(raw.get("tie_word_embeddings", False)),
        bos_token_id=raw.get("bos_token_id"),
        eos_token_ids=eos_ids,
        num_nextn_predict_layers=int(raw.get("num_nextn_predict_layers", raw.get("num_mtp_layers", 0)) or 0),
        fp8=_parse_quant(raw.get("quantization_config")),
        torch_dtype=raw.get("torch_dtype") or raw.get("dtype"),
    )
    _validate(cfg)
    return cfg


def _int(raw: dict[str, Any], name: str, default: int | None = None) -> int:
    value = raw.get(name, default)
    if value is None and default is not None:
        return default
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ConfigError(f"config field {name} must be a non-negative integer, got {value!r}")
    return value


def _require_equal(raw: dict[str, Any], name: str, expected: Any) -> None:
    if name in raw and raw[name] not in (expected, None):
        raise ConfigError(f"config field {name}={raw[name]!r} is not supported (only {expected!r})")


def _parse_rope(raw: dict[str, Any]) -> RopeConfig:
    params = raw.get("rope_parameters")
    scaling = raw.get("rope_scaling")
    if params is not None and scaling is not None:
        raise ConfigError("config has both rope_parameters and rope_scaling; keep one")
    spec = params if params is not None else (scaling or {})
    return parse_rope_spec(spec, float(raw.get("rope_theta", 10000.0)), raw.get("max_position_embeddings"))


def parse_rope_spec(
    spec: Any, theta: float, max_positions: int | None, *, extra_fields: frozenset[str] = frozenset()
) -> RopeConfig:
    """One rope parameter object (`rope_parameters` / `rope_scaling` shape); `theta` if it has none."""
    if not isinstance(spec, dict):
        raise ConfigError("rope_scaling / rope_parameters must be an object")
    unknown = sorted(set(spec) - _ROPE_FIELDS - extra_fields)
    if unknown:
        raise ConfigError(f"unknown rope fields {unknown}")
    kind = spec.get("rope_type", spec.get("type", "default"))
    theta = float(spec.get("rope_theta", theta))
    if kind == "default":
        return RopeConfig(theta=theta)
    if kind != "yarn":
        raise ConfigError(f"rope type {kind!r} is not supported (default or yarn)")
    original = spec.get("original_max_position_embeddings", max_positions)
    if not isinstance(original, int) or original <= 0:
        raise ConfigError("yarn rope needs original_max_position_embeddings (a positive integer)")
    factor = spec.get("factor") or (max_positions or 0) / original
    if not factor or factor <= 0:
        raise ConfigError("yarn rope needs a positive factor")
    return RopeConfig(
        theta=theta,
        kind="yarn",
        factor=float(factor),
        original_max_position_embeddings=int(original),
        beta_fast=float(spec.get("beta_fast") or 32),
        beta_slow=float(spec.get("beta_slow") or 1),
        mscale=spec.get("mscale"),
        mscale_all_dim=spec.get("mscale_all_dim"),
        attention_factor=spec.get("attention_factor"),
        truncate=bool(spec.get("truncate", True)),
    )


def _parse_quant(spec: Any) -> Fp8Config | None:
    if spec is None:
        return None
    if not isinstance(spec, dict) or spec.get("quant_method") != "fp8":
        raise ConfigError(f"quantization {spec!r} is not supported (only DeepSeek fp8 block quantization)")
    if spec.get("fmt", "e4m3") != "e4m3" or spec.get("activation_scheme", "dynamic") != "dynamic":
        raise ConfigError("fp8 quantization must use fmt e4m3 with dynamic activation scaling")
    block = spec.get("weight_block_size") or [128, 128]
    if not (isinstance(block, list) and len(block) == 2 and all(isinstance(b, int) and b > 0 for b in block)):
        raise ConfigError(f"weight_block_size must be two positive integers, got {block!r}")
    return Fp8Config(block_size=(block[0], block[1]))


def _validate(cfg: ModelConfig) -> None:
    if cfg.q_lora_rank is not None and (not isinstance(cfg.q_lora_rank, int) or cfg.q_lora_rank <= 0):
        raise ConfigError("q_lora_rank must be null or a positive integer")
    if cfg.qk_rope_head_dim % 2:
        raise ConfigError("qk_rope_head_dim must be even")
    if cfg.n_routed_experts:
        if cfg.scoring_func not in ("softmax", "sigmoid"):
            raise ConfigError(f"scoring_func {cfg.scoring_func!r} is not supported (softmax or sigmoid)")
        if cfg.topk_method not in ("greedy", "group_limited_greedy", "noaux_tc"):
            raise ConfigError(f"topk_method {cfg.topk_method!r} is not supported")
        if cfg.topk_method == "noaux_tc" and cfg.scoring_func != "sigmoid":
            raise ConfigError("topk_method noaux_tc requires scoring_func sigmoid")
        if cfg.n_routed_experts % cfg.n_group or not 1 <= cfg.topk_group <= cfg.n_group:
            raise ConfigError(
                "n_routed_experts must divide into n_group groups and 1 <= topk_group <= n_group"
            )
        if not 1 <= cfg.num_experts_per_tok <= cfg.n_routed_experts:
            raise ConfigError("num_experts_per_tok must be between 1 and n_routed_experts")
        if cfg.topk_method == "noaux_tc" and cfg.n_routed_experts // cfg.n_group < 2:
            raise ConfigError("noaux_tc needs at least 2 experts per group")
        if cfg.moe_intermediate_size <= 0:
            raise ConfigError("moe_intermediate_size must be positive for MoE models")
