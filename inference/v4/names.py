"""Checkpoint tensor names -> DeepSeek's official V4 names (the model's own parameter names).

Three layouts occur: DeepSeek's release (`embed.weight`, `layers.0.attn.wq_a.weight`, scales as
`<name>.scale`), transformers' `save_pretrained` (the same names under `model.`, except
`model.embed_tokens.weight`, `head.weight`) and transformers' in-memory names (`self_attn.q_a_proj`,
`mlp.experts.gate_up_proj`, scales as `weight_scale_inv`). `canonical` maps any of them to the
official name; MTP / speculative layers are recognised by `is_mtp`.
"""

from __future__ import annotations

import re

# Applied in order to names without the leading "model."; each (old, new) is a plain substring swap.
_RENAMES = (
    (".self_attn.", ".attn."),
    (".mlp.", ".ffn."),
    (".input_layernorm.", ".attn_norm."),
    (".post_attention_layernorm.", ".ffn_norm."),
    (".compressor.indexer.scorer.weights_proj.", ".indexer.weights_proj."),
    (".compressor.indexer.q_b_proj.", ".indexer.wq_b."),
    (".compressor.indexer.", ".indexer.compressor."),
    (".shared_experts.gate_proj.", ".shared_experts.w1."),
    (".shared_experts.down_proj.", ".shared_experts.w2."),
    (".shared_experts.up_proj.", ".shared_experts.w3."),
    (".q_a_proj.", ".wq_a."),
    (".q_b_proj.", ".wq_b."),
    (".q_a_norm.", ".q_norm."),
    (".kv_proj.", ".wkv."),
    (".gate_proj.", ".wgate."),
    (".kv_norm.", ".norm."),
    (".o_a_proj.", ".wo_a."),
    (".o_b_proj.", ".wo_b."),
    (".gate.e_score_correction_bias", ".gate.bias"),
)
_SUFFIXES = (
    (".position_bias", ".ape"),
    (".sinks", ".attn_sink"),
    (".attn_hc.fn", ".hc_attn_fn"),
    (".attn_hc.base", ".hc_attn_base"),
    (".attn_hc.scale", ".hc_attn_scale"),
    (".ffn_hc.fn", ".hc_ffn_fn"),
    (".ffn_hc.base", ".hc_ffn_base"),
    (".ffn_hc.scale", ".hc_ffn_scale"),
)
_TOP = {
    "embed_tokens.weight": "embed.weight",
    "lm_head.weight": "head.weight",
    "hc_head.hc_fn": "hc_head_fn",
    "hc_head.hc_base": "hc_head_base",
    "hc_head.hc_scale": "hc_head_scale",
}
_EXPERT = re.compile(r"\.experts\.(\d+)\.(gate_proj|up_proj|down_proj)\.")
_EXPERT_OFFICIAL = {"gate_proj": "w1", "down_proj": "w2", "up_proj": "w3"}
_LAYER = re.compile(r"^layers\.(\d+)\.")


def canonical(name: str) -> str:
    """The official name of a checkpoint tensor; FP8 / FP4 scale sidecars end in `.scale`."""
    if name.startswith("model."):
        name = name[len("model.") :]
    if name.endswith(".weight_scale_inv"):
        name = name[: -len(".weight_scale_inv")] + ".scale"
    if name in _TOP:
        return _TOP[name]
    for old, new in _SUFFIXES:
        if name.endswith(old):
            name = name[: -len(old)] + new
    name = "." + name  # let patterns match at the start
    name = _EXPERT.sub(lambda m: f".experts.{m.group(1)}.{_EXPERT_OFFICIAL[m.group(2)]}.", name)
    for old, new in _RENAMES:
        name = name.replace(old, new)
    return name[1:]


def layer_index(name: str) -> int | None:
    match = _LAYER.match(name)
    return int(match.group(1)) if match else None


def is_mtp(name: str, num_layers: int) -> bool:
    """Multi-token-prediction / speculative stages: `mtp.*`, or layers past the backbone."""
    if name.startswith("mtp."):
        return True
    index = layer_index(name)
    return index is not None and index >= num_layers
