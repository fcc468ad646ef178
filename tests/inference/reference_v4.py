"""Tiny random DeepSeek-V4 checkpoints written by transformers, the numerical reference for V4."""

from __future__ import annotations

from pathlib import Path

import torch

from tests.inference.reference_models import VOCAB, write_byte_tokenizer

S, C, H = "sliding_attention", "compressed_sparse_attention", "heavily_compressed_attention"

_COMMON = dict(
    vocab_size=VOCAB,
    hidden_size=32,
    moe_intermediate_size=16,
    num_attention_heads=4,
    head_dim=16,
    partial_rotary_factor=0.25,
    q_lora_rank=12,
    o_groups=2,
    o_lora_rank=8,
    n_routed_experts=6,
    n_shared_experts=1,
    num_experts_per_tok=2,
    index_n_heads=4,
    index_head_dim=8,
    hc_sinkhorn_iters=20,
    num_nextn_predict_layers=0,
    max_position_embeddings=256,
    bos_token_id=0,
    eos_token_id=1,
)

# name -> extra DeepseekV4Config fields; together they cover the three attention types, hash and
# routed MoE, YaRN and plain compress rope, top-k smaller and larger than the entry count.
CONFIGS = {
    "v4_mixed": dict(
        num_hidden_layers=4,
        layer_types=[S, C, H, C],
        mlp_layer_types=["hash_moe", "moe", "moe", "moe"],
        compress_rates={C: 4, H: 8},
        sliding_window=8,
        index_topk=3,
        hc_mult=3,
        swiglu_limit=0.8,
        rope_parameters={"rope_type": "yarn", "factor": 4.0, "original_max_position_embeddings": 32},
    ),
    "v4_hca_first": dict(
        num_hidden_layers=3,
        layer_types=[H, C, S],
        mlp_layer_types=["hash_moe", "hash_moe", "moe"],
        compress_rates={C: 2, H: 4},
        sliding_window=5,
        index_topk=6,
        hc_mult=4,
        scoring_func="sqrtsoftplus",
        swiglu_limit=10.0,
    ),
    "v4_quant": dict(  # expert widths that are multiples of the FP4 scale group (32)
        num_hidden_layers=3,
        layer_types=[C, S, H],
        mlp_layer_types=["hash_moe", "moe", "moe"],
        compress_rates={C: 4, H: 8},
        sliding_window=6,
        index_topk=2,
        hc_mult=2,
        moe_intermediate_size=32,
    ),
}


def build_v4(name: str, out_dir: Path, seed: int = 0):
    """Write checkpoint `name` with transformers' save_pretrained; returns the fp32 reference model."""
    from transformers import DeepseekV4Config, DeepseekV4ForCausalLM

    torch.manual_seed(seed)
    config = DeepseekV4Config(**{**_COMMON, **CONFIGS[name]}, initializer_range=0.2)
    model = DeepseekV4ForCausalLM(config).eval()
    randomize(model, seed)
    model.save_pretrained(out_dir)
    write_byte_tokenizer(out_dir)
    return model


@torch.no_grad()
def randomize(model, seed: int) -> None:
    """Give the parameters transformers initialises to constants (sinks, position biases, norms,
    mHC bases, router biases, tid2eid) random values, so every one of them affects the output."""
    gen = torch.Generator().manual_seed(seed + 1)
    experts = model.config.n_routed_experts
    for name, tensor in model.named_parameters():
        if name.endswith(("norm.weight", "layernorm.weight")):
            tensor.copy_(torch.rand(tensor.shape, generator=gen) + 0.5)
        elif name.endswith(("sinks", "position_bias", ".base", "hc_base")):
            tensor.copy_(torch.randn(tensor.shape, generator=gen))
        elif name.endswith((".scale", "hc_scale")):
            tensor.copy_(torch.rand(tensor.shape, generator=gen) + 0.5)
    for name, buffer in model.named_buffers():
        if name.endswith("e_score_correction_bias"):
            buffer.copy_(torch.rand(buffer.shape, generator=gen) * 0.4 - 0.2)
        elif name.endswith("tid2eid"):
            ranks = torch.rand(buffer.shape[0], experts, generator=gen).argsort(dim=-1)
            buffer.copy_(ranks[:, : buffer.shape[1]])


# --- DeepSeek's release layout, written from a transformers checkpoint ------------------------------

FP8_BLOCK = [16, 16]
E2M1_GRID = torch.tensor([0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0])
_FP8_SUFFIXES = (
    "wq_a.weight",
    "wq_b.weight",
    "wkv.weight",
    "wo_a.weight",
    "wo_b.weight",
    "shared_experts.w1.weight",
    "shared_experts.w2.weight",
    "shared_experts.w3.weight",
)


def official_tensors(src: Path) -> dict[str, torch.Tensor]:
    """save_pretrained writes official names under `model.`; the release has no prefix."""
    from safetensors.torch import load_file

    out = {}
    for name, tensor in load_file(str(src / "model.safetensors")).items():
        name = name.removeprefix("model.").replace("embed_tokens.weight", "embed.weight")
        out[name] = tensor
    assert "embed.weight" in out and "layers.0.attn.wq_a.weight" in out and "head.weight" in out
    return out


def _pow2_exponent(amax: torch.Tensor, top: float) -> torch.Tensor:
    return torch.ceil(torch.log2(amax.clamp(min=1e-30) / top)).to(torch.int32)


def quantize_fp8(w: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """e4m3 weight and E8M0 block scales (bytes as float8_e8m0fnu); edge blocks may be partial."""
    bo, bi = FP8_BLOCK
    rows, cols = w.shape
    nr, nc = -(-rows // bo), -(-cols // bi)
    padded = torch.zeros(nr * bo, nc * bi)
    padded[:rows, :cols] = w
    blocks = padded.view(nr, bo, nc, bi)
    exp = _pow2_exponent(blocks.abs().amax(dim=(1, 3)), 448.0)
    scale = torch.exp2(exp.float())
    q = (blocks / scale[:, None, :, None]).view(nr * bo, nc * bi)[:rows, :cols].to(torch.float8_e4m3fn)
    return q.contiguous(), (exp + 127).to(torch.uint8).view(torch.float8_e8m0fnu)


def quantize_fp4(w: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """e2m1 codes two per byte (even input in the low nibble) and E8M0 scales per 32 inputs."""
    rows, cols = w.shape
    groups = w.view(rows, cols // 32, 32)
    exp = _pow2_exponent(groups.abs().amax(dim=-1), 6.0)
    scaled = (groups / torch.exp2(exp.float())[..., None]).view(rows, cols)
    magnitude = (scaled.abs()[..., None] - E2M1_GRID).abs().argmin(dim=-1)
    codes = (magnitude | ((scaled < 0).long() << 3)).to(torch.uint8)
    packed = codes[:, 0::2] | (codes[:, 1::2] << 4)
    return packed.view(torch.int8), (exp + 127).to(torch.uint8).view(torch.float8_e8m0fnu)


def quantized_tensors(tensors: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """Attention and shared-expert projections in FP8, routed experts in FP4, scales as `.scale`."""
    out = {}
    for name, tensor in tensors.items():
        base = name[: -len(".weight")]
        if ".experts." in name and ".shared_experts." not in name:
            out[name], out[base + ".scale"] = quantize_fp4(tensor)
        elif name.endswith(_FP8_SUFFIXES):
            out[name], out[base + ".scale"] = quantize_fp8(tensor)
        else:
            out[name] = tensor
    return out


def write_checkpoint(dst: Path, src: Path, tensors: dict[str, torch.Tensor], shards: int = 1, config=None):
    """config.json (optionally updated) and the tensors, split round-robin into `shards` files."""
    import json

    from safetensors.torch import save_file

    dst.mkdir(parents=True)
    raw = json.loads((src / "config.json").read_text())
    raw.update(config or {})
    (dst / "config.json").write_text(json.dumps(raw))
    if shards == 1:
        save_file(tensors, str(dst / "model.safetensors"))
        return dst
    names = sorted(tensors)
    weight_map = {}
    for i in range(shards):
        file = f"model-{i + 1:05d}-of-{shards:05d}.safetensors"
        part = names[i::shards]
        save_file({k: tensors[k].contiguous() for k in part}, str(dst / file))
        weight_map.update(dict.fromkeys(part, file))
    (dst / "model.safetensors.index.json").write_text(json.dumps({"metadata": {}, "weight_map": weight_map}))
    return dst
