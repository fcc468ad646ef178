"""Every published spelling of a V4 tensor name maps to the official one; MTP names are recognised."""

from __future__ import annotations

import pytest

from sluice.inference.v4.names import canonical, is_mtp

# official name -> spellings in transformers' save_pretrained files and in its in-memory modules
SPELLINGS = {
    "embed.weight": ["model.embed_tokens.weight", "embed_tokens.weight"],
    "head.weight": ["lm_head.weight"],
    "norm.weight": ["model.norm.weight"],
    "hc_head_fn": ["model.hc_head.hc_fn"],
    "layers.3.attn_norm.weight": ["model.layers.3.input_layernorm.weight"],
    "layers.3.hc_ffn_scale": ["model.layers.3.ffn_hc.scale"],
    "layers.3.attn.wq_a.weight": ["model.layers.3.self_attn.q_a_proj.weight"],
    "layers.3.attn.q_norm.weight": ["model.layers.3.self_attn.q_a_norm.weight"],
    "layers.3.attn.norm.weight": ["model.layers.3.self_attn.kv_norm.weight"],
    "layers.3.attn.attn_sink": ["model.layers.3.self_attn.sinks"],
    "layers.3.attn.wo_b.weight": ["model.layers.3.self_attn.o_b_proj.weight"],
    "layers.3.attn.compressor.ape": ["model.layers.3.self_attn.compressor.position_bias"],
    "layers.3.attn.compressor.wgate.weight": ["model.layers.3.self_attn.compressor.gate_proj.weight"],
    "layers.3.attn.indexer.wq_b.weight": ["model.layers.3.self_attn.compressor.indexer.q_b_proj.weight"],
    "layers.3.attn.indexer.weights_proj.weight": [
        "model.layers.3.self_attn.compressor.indexer.scorer.weights_proj.weight"
    ],
    "layers.3.attn.indexer.compressor.norm.weight": [
        "model.layers.3.self_attn.compressor.indexer.kv_norm.weight"
    ],
    "layers.3.ffn.gate.bias": ["model.layers.3.mlp.gate.e_score_correction_bias"],
    "layers.3.ffn.gate.tid2eid": ["model.layers.3.mlp.gate.tid2eid"],
    "layers.3.ffn.experts.7.w1.weight": ["model.layers.3.mlp.experts.7.gate_proj.weight"],
    "layers.3.ffn.experts.7.w3.weight": ["model.layers.3.mlp.experts.7.up_proj.weight"],
    "layers.3.ffn.experts.7.w2.scale": ["model.layers.3.mlp.experts.7.down_proj.weight_scale_inv"],
    "layers.3.ffn.shared_experts.w1.weight": ["model.layers.3.mlp.shared_experts.gate_proj.weight"],
    "layers.3.attn.wkv.scale": ["model.layers.3.self_attn.kv_proj.weight_scale_inv"],
}


@pytest.mark.parametrize("official, spellings", SPELLINGS.items())
def test_every_spelling_maps_to_the_official_name(official, spellings):
    assert canonical(official) == official
    for spelling in spellings:
        assert canonical(spelling) == official


def test_mtp_names_are_recognised_and_backbone_names_are_not():
    assert is_mtp("mtp.0.attn.wq_a.weight", 43)
    assert is_mtp("layers.43.attn.wq_a.weight", 43)
    assert not is_mtp("layers.42.attn.wq_a.weight", 43)
    assert not is_mtp("embed.weight", 43)
