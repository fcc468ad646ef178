"""Safetensors loading: sharded files, FP8 block dequantization, MTP skipping, clear errors by name."""

from __future__ import annotations

import json
import shutil

import pytest
import torch
from safetensors.torch import load_file, save_file

from sluice.inference.config import load_model_config
from sluice.inference.errors import CheckpointError
from sluice.inference.loader import load_weights
from sluice.inference.model import DeepseekForCausalLM


def _copy(src, dst, tensors=None, config_update=None):
    dst.mkdir()
    for name in ("config.json", "tokenizer.json", "tokenizer_config.json"):
        shutil.copy(src / name, dst / name)
    if config_update:
        raw = json.loads((dst / "config.json").read_text())
        raw.update(config_update)
        (dst / "config.json").write_text(json.dumps(raw))
    if tensors is not None:
        save_file(tensors, str(dst / "model.safetensors"))
    return dst


def _load(path):
    model = DeepseekForCausalLM(load_model_config(path))
    load_weights(model, path, progress=False)
    return model


@pytest.fixture(scope="module")
def source(reference_checkpoints):
    path, _ = reference_checkpoints("v3_groups")
    return path, load_file(str(path / "model.safetensors"))


def test_sharded_checkpoint_loads_the_same_weights(source, tmp_path):
    path, tensors = source
    dst = _copy(path, tmp_path / "sharded")
    names = sorted(tensors)
    shards = {"model-00001-of-00002.safetensors": names[::2], "model-00002-of-00002.safetensors": names[1::2]}
    weight_map = {}
    for file, keys in shards.items():
        save_file({k: tensors[k] for k in keys}, str(dst / file))
        weight_map.update({k: file for k in keys})
    (dst / "model.safetensors.index.json").write_text(json.dumps({"metadata": {}, "weight_map": weight_map}))
    single, sharded = _load(path), _load(dst)
    for (name, a), (_, b) in zip(single.state_dict().items(), sharded.state_dict().items()):
        assert torch.equal(a, b), name


def test_missing_mismatched_and_unexpected_tensors_are_named(source, tmp_path):
    path, tensors = source
    broken = dict(tensors)
    del broken["model.layers.1.mlp.experts.3.up_proj.weight"]
    broken["model.layers.0.self_attn.kv_b_proj.weight"] = torch.zeros(3, 3)
    broken["model.layers.0.self_attn.extra.weight"] = torch.zeros(2)
    dst = _copy(path, tmp_path / "broken", broken)
    with pytest.raises(CheckpointError) as err:
        _load(dst)
    message = str(err.value)
    assert "missing tensors: model.layers.1.mlp.experts.3.up_proj.weight" in message
    assert "model.layers.0.self_attn.kv_b_proj.weight: shape [3, 3]" in message
    assert "unexpected tensors: model.layers.0.self_attn.extra.weight" in message


@pytest.mark.parametrize("damage", ["truncate", "garbage"])
def test_corrupt_or_truncated_file_gives_a_clear_error(source, tmp_path, damage):
    path, _ = source
    dst = _copy(path, tmp_path / damage)
    data = (path / "model.safetensors").read_bytes()
    (dst / "model.safetensors").write_bytes(data[: len(data) // 2] if damage == "truncate" else b"\x07" * 64)
    with pytest.raises(CheckpointError, match="corrupt or truncated") as err:
        _load(dst)
    assert err.value.code == "checkpoint_invalid"


def test_multi_token_prediction_layer_is_skipped(source, tmp_path):
    path, tensors = source
    layers = load_model_config(path).num_hidden_layers
    extra = dict(tensors)
    extra[f"model.layers.{layers}.eh_proj.weight"] = torch.zeros(4, 4)
    extra[f"model.layers.{layers}.self_attn.kv_b_proj.weight"] = torch.zeros(4, 4)
    dst = _copy(path, tmp_path / "mtp", extra, {"num_nextn_predict_layers": 1})
    assert torch.equal(_load(dst).layers[0].self_attn.kv_b_proj, _load(path).layers[0].self_attn.kv_b_proj)


def _quantize(weight: torch.Tensor, block: int):
    out_f, in_f = weight.shape
    rows, cols = -(-out_f // block), -(-in_f // block)
    scale = torch.empty(rows, cols)
    q = torch.empty(out_f, in_f, dtype=torch.float8_e4m3fn)
    deq = torch.empty(out_f, in_f)
    for r in range(rows):
        for c in range(cols):
            tile = weight[r * block : (r + 1) * block, c * block : (c + 1) * block]
            s = tile.abs().max().clamp(min=1e-12) / 448.0
            scale[r, c] = s
            qt = (tile / s).to(torch.float8_e4m3fn)
            q[r * block : (r + 1) * block, c * block : (c + 1) * block] = qt
            deq[r * block : (r + 1) * block, c * block : (c + 1) * block] = qt.float() * s
    return q, scale, deq


def test_fp8_block_quantized_weights_are_dequantized_on_load(source, tmp_path):
    path, tensors = source
    fp8, plain = {}, {}
    for name, t in tensors.items():
        quantizable = t.dim() == 2 and "proj" in name and "norm" not in name
        if quantizable:
            q, scale, deq = _quantize(t, 8)
            fp8[name], fp8[name.replace(".weight", ".weight_scale_inv")] = q, scale
            plain[name] = deq
        else:
            fp8[name] = plain[name] = t
    quant = {
        "quant_method": "fp8",
        "fmt": "e4m3",
        "activation_scheme": "dynamic",
        "weight_block_size": [8, 8],
    }
    a = _load(_copy(path, tmp_path / "fp8", fp8, {"quantization_config": quant}))
    b = _load(_copy(path, tmp_path / "deq", plain))
    for (name, x), (_, y) in zip(a.state_dict().items(), b.state_dict().items()):
        assert torch.equal(x, y), name
    w = a.layers[1].self_attn.q_b_proj
    assert not torch.equal(w, tensors["model.layers.1.self_attn.q_b_proj.weight"])
    torch.testing.assert_close(w, tensors["model.layers.1.self_attn.q_b_proj.weight"], atol=0.05, rtol=0.1)


def test_missing_weights_directory_is_reported(tmp_path, source):
    path, _ = source
    dst = _copy(path, tmp_path / "empty")
    with pytest.raises(CheckpointError, match="no .safetensors"):
        _load(dst)


def test_fp8_attention_and_expert_weights_can_stay_in_fp8(source, tmp_path):
    from sluice.inference import LLM, SamplingParams

    path, tensors = source
    fp8 = {}
    for name, t in tensors.items():
        if t.dim() == 2 and "proj" in name and "norm" not in name:
            q, scale, _ = _quantize(t, 8)
            fp8[name], fp8[name.replace(".weight", ".weight_scale_inv")] = q, scale
        else:
            fp8[name] = t
    quant = {
        "quant_method": "fp8",
        "fmt": "e4m3",
        "activation_scheme": "dynamic",
        "weight_block_size": [8, 8],
    }
    dst = _copy(path, tmp_path / "fp8keep", fp8, {"quantization_config": quant})
    params = SamplingParams(max_tokens=4, temperature=0, prompt_logprobs=0, ignore_eos=True)
    outs = {}
    for keep in (True, False):
        llm = LLM(dst, dtype="float32", load_progress=False, num_kv_blocks=64, keep_fp8=keep)
        layer = llm.engine.runner.model.layers[1]
        attn = layer.self_attn
        assert (attn.q_b_proj.dtype == torch.float8_e4m3fn) is keep
        assert (layer.mlp.w13.dtype == torch.float8_e4m3fn) is keep
        assert layer.mlp.shared.gate_up_proj.dtype == torch.float32  # dense MLPs are dequantized
        assert attn.kv_b_proj.dtype == torch.float32  # the absorbed form slices it: always dequantized
        outs[keep] = llm.generate([[5, 9, 17, 33, 2, 41]], params)[0]
    assert outs[True].outputs[0].token_ids == outs[False].outputs[0].token_ids
    a = [next(iter(d.values())).logprob for d in outs[True].prompt_logprobs[1:]]
    b = [next(iter(d.values())).logprob for d in outs[False].prompt_logprobs[1:]]
    assert a == pytest.approx(b, abs=1e-5)
