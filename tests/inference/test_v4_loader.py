"""DeepSeek-V4 checkpoints in DeepSeek's release layout: sharded, FP8 / FP4, MTP layers, clear errors."""

from __future__ import annotations

import pytest
import torch

from sluice.inference.errors import CheckpointError
from sluice.inference.v4.config import load_v4_config
from sluice.inference.v4.loader import load_v4_model, load_v4_weights
from sluice.inference.v4.model import DeepseekV4ForCausalLM
from sluice.inference.v4.quant import dequant_fp4, dequant_fp8
from tests.inference.conftest import random_prompts
from tests.inference.reference_models import VOCAB, reference_greedy, reference_prompt_logprobs
from tests.inference.reference_v4 import FP8_BLOCK, official_tensors, quantized_tensors, write_checkpoint

QUANT = {
    "quantization_config": {
        "quant_method": "fp8",
        "fmt": "e4m3",
        "activation_scheme": "dynamic",
        "scale_fmt": "ue8m0",
        "weight_block_size": FP8_BLOCK,
    },
    "expert_dtype": "fp4",
}


@pytest.fixture(scope="module")
def source(v4_checkpoints):
    path, ref = v4_checkpoints("v4_quant")
    return path, ref, official_tensors(path)


def _state(model):
    return {k: v.detach().clone() for k, v in model.state_dict().items()}


def test_official_layout_sharded_matches_transformers(source, tmp_path):
    path, ref, tensors = source
    dst = write_checkpoint(tmp_path / "official", path, tensors, shards=3)
    model = load_v4_model(dst)
    for ids in random_prompts(2, 10, 50, VOCAB, seed=5):
        want = reference_prompt_logprobs(ref, ids)
        torch.testing.assert_close(model.prompt_logprobs(ids), want, atol=1e-4, rtol=0)
        assert model.greedy(ids, 12) == reference_greedy(ref, ids, 12)


@pytest.mark.parametrize("fp4_storage", ["int8", "float4_e2m1fn_x2"])
def test_fp8_and_fp4_checkpoint_loads_the_dequantised_weights_exactly(source, tmp_path, fp4_storage):
    path, _, tensors = source
    quantized = quantized_tensors(tensors)
    if fp4_storage != "int8":  # safetensors' own F4 dtype
        quantized = {
            k: v.view(torch.float4_e2m1fn_x2) if v.dtype == torch.int8 else v for k, v in quantized.items()
        }
    assert quantized["layers.0.attn.wq_a.weight"].dtype == torch.float8_e4m3fn
    # the same values written unquantized, dequantised tensor by tensor with the quant module
    plain = {}
    for name, tensor in quantized.items():
        if name.endswith(".scale"):
            continue
        scale = quantized.get(name[: -len(".weight")] + ".scale")
        if scale is None:
            plain[name] = tensor
        elif tensor.dtype in (torch.int8, torch.float4_e2m1fn_x2):
            plain[name] = dequant_fp4(tensor, scale)
        else:
            plain[name] = dequant_fp8(tensor, scale, tuple(FP8_BLOCK))
    q_model = load_v4_model(write_checkpoint(tmp_path / "fp8", path, quantized, shards=4, config=QUANT))
    p_model = load_v4_model(write_checkpoint(tmp_path / "plain", path, plain))
    assert q_model.cfg.quant.expert_dtype == "fp4"
    q_state, p_state = _state(q_model), _state(p_model)
    for name in p_state:
        assert torch.equal(q_state[name], p_state[name]), name
    # quantisation moved the weights: the check above compared real FP8 / FP4 payloads
    expert = "layers.1.ffn.experts.2.w2.weight"
    assert not torch.equal(p_state[expert], tensors[expert])


def test_mtp_layers_are_skipped_and_never_loaded_as_backbone(source, tmp_path):
    path, _, tensors = source
    layers = load_v4_config(path).num_hidden_layers
    extra = dict(tensors)
    extra[f"layers.{layers}.attn.wq_a.weight"] = torch.full((3, 3), 7.0)  # V3-style MTP index
    extra["mtp.0.ffn.gate.weight"] = torch.full((2, 2), 7.0)
    extra["mtp.0.attn.wq_a.weight"] = torch.full((2, 2), 7.0)
    model = DeepseekV4ForCausalLM(load_v4_config(path))
    dst = write_checkpoint(tmp_path / "mtp", path, extra, config={"num_nextn_predict_layers": 1})
    skipped = load_v4_weights(model, dst)
    mtp = [f"layers.{layers}.attn.wq_a.weight", "mtp.0.ffn.gate.weight", "mtp.0.attn.wq_a.weight"]
    assert sorted(skipped) == sorted(mtp)
    reference = load_v4_model(write_checkpoint(tmp_path / "plain", path, tensors))
    for (name, a), b in zip(_state(model).items(), _state(reference).values()):
        assert torch.equal(a, b), name


def test_missing_mismatched_unexpected_and_unscaled_tensors_are_named(source, tmp_path):
    path, _, tensors = source
    broken = quantized_tensors(tensors)
    del broken["layers.2.ffn.experts.3.w3.weight"]
    del broken["layers.1.attn.wkv.scale"]
    broken["layers.0.attn.attn_sink"] = torch.zeros(5)
    broken["layers.0.attn.rope_cache"] = torch.zeros(2)
    with pytest.raises(CheckpointError) as err:
        load_v4_model(write_checkpoint(tmp_path / "broken", path, broken, config=QUANT))
    message = str(err.value)
    assert "missing tensors: layers.2.ffn.experts.3.w3.weight" in message
    assert "layers.0.attn.attn_sink: shape [5] in checkpoint, expected [4]" in message
    assert "layers.1.attn.wkv.weight: F8_E4M3 weight without its scale (layers.1.attn.wkv.scale)" in message
    assert "unexpected tensors: layers.0.attn.rope_cache" in message


def test_transformers_in_memory_names_with_fused_experts_load_the_same(source, tmp_path):
    path, ref, tensors = source
    state = {k: v.contiguous() for k, v in ref.state_dict().items()}
    assert "model.layers.0.mlp.experts.gate_up_proj" in state and "model.layers.0.self_attn.sinks" in state
    from_state = load_v4_model(write_checkpoint(tmp_path / "state", path, state))
    official = load_v4_model(write_checkpoint(tmp_path / "official", path, tensors))
    for (name, a), b in zip(_state(from_state).items(), _state(official).values()):
        assert torch.equal(a, b), name
