"""Load DeepSeek safetensors checkpoints (single file or sharded) into `DeepseekForCausalLM`.

Files are memory-mapped and read tensor by tensor (only this rank's slice under tensor/expert
parallelism). FP8 block-quantized weights are dequantized with their `weight_scale_inv`, unless the
model keeps them in FP8 (attention projections and routed experts, see `keep_fp8`). The
multi-token-prediction layers (index >= num_hidden_layers) are skipped. Missing, unexpected and
mismatched tensors are collected and reported by name in one `CheckpointError`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import torch
from safetensors import SafetensorError, safe_open
from tqdm import tqdm

from sluice.inference import ops
from sluice.inference.errors import CheckpointError, InferenceErrorCode
from sluice.inference.model import DeepseekForCausalLM

_LAYER_RE = re.compile(r"^model\.layers\.(\d+)\.")
_IGNORED_SUFFIXES = ("rotary_emb.inv_freq",)
# Attention projections that may stay in FP8 (run through ops.fp8_linear); kv_b_proj is always
# dequantized because decode uses slices of it (the absorbed form).
_FP8_KEEP = (
    "q_proj.weight",
    "q_a_proj.weight",
    "q_b_proj.weight",
    "kv_a_proj_with_mqa.weight",
    "o_proj.weight",
)


@dataclass
class Target:
    dest: torch.Tensor  # where the (sliced) tensor is copied
    full_shape: tuple[int, ...]  # shape the checkpoint must have
    shard_dim: int | None = None  # dimension sliced for this rank
    shard_start: int = 0


def checkpoint_files(model_dir: Path) -> list[Path]:
    index = model_dir / "model.safetensors.index.json"
    if index.is_file():
        try:
            weight_map = json.loads(index.read_text())["weight_map"]
        except (ValueError, KeyError, TypeError) as exc:
            raise CheckpointError(f"{index.name} is not a valid safetensors index: {exc}") from exc
        files = [model_dir / name for name in sorted(set(weight_map.values()))]
        missing = [f.name for f in files if not f.is_file()]
        if missing:
            raise CheckpointError(f"shards listed in {index.name} are missing: {missing}")
        return files
    single = model_dir / "model.safetensors"
    if single.is_file():
        return [single]
    files = sorted(model_dir.glob("*.safetensors"))
    if not files:
        raise CheckpointError(f"no .safetensors weights in {model_dir}",
                              code=InferenceErrorCode.MODEL_NOT_FOUND)
    return files


def build_targets(model: DeepseekForCausalLM) -> tuple[dict[str, Target], set[str]]:
    """Checkpoint name -> Target for this rank, and names that belong to other ranks (skipped)."""
    cfg, par = model.cfg, model.par
    targets: dict[str, Target] = {
        "model.embed_tokens.weight": Target(model.embed_tokens, model.embed_tokens.shape)
    }
    targets["model.norm.weight"] = Target(model.norm.weight, model.norm.weight.shape)
    if not cfg.tie_word_embeddings:
        targets["lm_head.weight"] = Target(model.lm_head, model.lm_head.shape)
    elsewhere: set[str] = set()
    hidden, heads = cfg.hidden_size, cfg.num_attention_heads
    for i, layer in enumerate(model.layers):
        p = f"model.layers.{i}."
        attn = layer.self_attn
        h0 = attn.heads * par.rank
        targets[p + "input_layernorm.weight"] = Target(layer.input_layernorm.weight, (hidden,))
        targets[p + "post_attention_layernorm.weight"] = Target(
            layer.post_attention_layernorm.weight, (hidden,)
        )
        a = p + "self_attn."
        qk = cfg.qk_head_dim
        if cfg.q_lora_rank is None:
            targets[a + "q_proj.weight"] = Target(attn.q_proj, (heads * qk, hidden), 0, h0 * qk)
        else:
            targets[a + "q_a_proj.weight"] = Target(attn.q_a_proj, (cfg.q_lora_rank, hidden))
            targets[a + "q_a_layernorm.weight"] = Target(attn.q_a_layernorm.weight, (cfg.q_lora_rank,))
            targets[a + "q_b_proj.weight"] = Target(attn.q_b_proj, (heads * qk, cfg.q_lora_rank), 0, h0 * qk)
        targets[a + "kv_a_proj_with_mqa.weight"] = Target(
            attn.kv_a_proj_with_mqa, attn.kv_a_proj_with_mqa.shape
        )
        targets[a + "kv_a_layernorm.weight"] = Target(attn.kv_a_layernorm.weight, (cfg.kv_lora_rank,))
        kvb = cfg.qk_nope_head_dim + cfg.v_head_dim
        targets[a + "kv_b_proj.weight"] = Target(attn.kv_b_proj, (heads * kvb, cfg.kv_lora_rank), 0, h0 * kvb)
        vd = cfg.v_head_dim
        targets[a + "o_proj.weight"] = Target(attn.o_proj, (hidden, heads * vd), 1, h0 * vd)
        m = p + "mlp."
        if cfg.is_moe_layer(i):
            moe = layer.mlp
            targets[m + "gate.weight"] = Target(moe.gate_weight, (cfg.n_routed_experts, hidden))
            if moe.correction_bias is not None:
                targets[m + "gate.e_score_correction_bias"] = Target(
                    moe.correction_bias, (cfg.n_routed_experts,)
                )
            inter = cfg.moe_intermediate_size
            for e in range(cfg.n_routed_experts):
                x = f"{m}experts.{e}."
                names = [x + f"{proj}.weight" for proj in ("gate_proj", "up_proj", "down_proj")]
                local = e - moe.expert_start
                if not 0 <= local < moe.num_local_experts:
                    elsewhere.update(names + [n + "_scale_inv" for n in names])
                    continue
                targets[names[0]] = Target(moe.w13[local, :inter], (inter, hidden))
                targets[names[1]] = Target(moe.w13[local, inter:], (inter, hidden))
                targets[names[2]] = Target(moe.w2[local], (hidden, inter))
                if moe.fp8_block is not None:  # experts stay in FP8: load their block scales too
                    bo, bi = moe.fp8_block
                    rows, cols = inter // bo, -(-hidden // bi)
                    gate_s, up_s, down_s = (n + "_scale_inv" for n in names)
                    targets[gate_s] = Target(moe.w13_scale[local, :rows], (rows, cols))
                    targets[up_s] = Target(moe.w13_scale[local, rows:], (rows, cols))
                    targets[down_s] = Target(moe.w2_scale[local], (-(-hidden // bo), -(-inter // bi)))
            if moe.shared is not None:
                _mlp_targets(
                    targets, m + "shared_experts.", moe.shared, hidden, inter * cfg.n_shared_experts, par
                )
        else:
            _mlp_targets(targets, m, layer.mlp, hidden, cfg.intermediate_size, par)
    return targets, elsewhere


def _mlp_targets(targets, prefix, mlp, hidden, inter, par) -> None:
    start = mlp.local * par.rank
    targets[prefix + "gate_proj.weight"] = Target(mlp.gate_up_proj[: mlp.local], (inter, hidden), 0, start)
    targets[prefix + "up_proj.weight"] = Target(mlp.gate_up_proj[mlp.local :], (inter, hidden), 0, start)
    targets[prefix + "down_proj.weight"] = Target(mlp.down_proj, (hidden, inter), 1, start)


def load_weights(model: DeepseekForCausalLM, model_dir: str | Path, *, progress: bool = True) -> None:
    model_dir = Path(model_dir)
    cfg = model.cfg
    targets, elsewhere = build_targets(model)
    keep_fp8 = bool(getattr(model, "keep_fp8", False))
    seen: set[str] = set()
    unexpected: list[str] = []
    mismatched: list[str] = []
    files = checkpoint_files(model_dir)
    bar = tqdm(total=len(targets), desc="loading weights", unit="tensor", disable=not progress)
    try:
        for path in files:
            try:
                handle = safe_open(str(path), framework="pt", device="cpu")
            except (SafetensorError, OSError, ValueError) as exc:
                raise CheckpointError(
                    f"cannot read {path.name}: corrupt or truncated safetensors file ({exc})"
                ) from exc
            with handle as f:
                names = list(f.keys())
                available = set(names)
                for name in names:
                    layer = _LAYER_RE.match(name)
                    if layer and int(layer.group(1)) >= cfg.num_hidden_layers:
                        continue  # multi-token-prediction layer, not used for decoding
                    scale_of_dequantized = name.endswith("_scale_inv") and name not in targets
                    if scale_of_dequantized or name.endswith(_IGNORED_SUFFIXES) or name in elsewhere:
                        continue
                    target = targets.get(name)
                    if target is None:
                        unexpected.append(name)
                        continue
                    try:
                        tensor = _read(f, name, target, available, cfg, keep_fp8)
                    except ValueError as exc:
                        mismatched.append(f"{name}: {exc}")
                        seen.add(name)
                        continue
                    except SafetensorError as exc:
                        raise CheckpointError(f"cannot read tensor {name} from {path.name}: {exc}") from exc
                    if isinstance(tensor, tuple):  # kept in FP8
                        weight, scale = tensor
                        target.dest.data = weight.to(target.dest.device)
                        target.dest.scale_inv = scale.to(target.dest.device, torch.float32)
                        target.dest.fp8_block = cfg.fp8.block_size
                    else:
                        target.dest.copy_(tensor)
                    seen.add(name)
                    bar.update(1)
    finally:
        bar.close()
    raise_mismatch(model_dir, sorted(set(targets) - seen), mismatched, unexpected)


def raise_mismatch(model_dir: Path, missing: list[str], mismatched: list[str], unexpected: list[str]) -> None:
    """One CheckpointError naming every missing, mismatched and unexpected tensor (if any)."""
    problems = []
    if missing:
        problems.append(f"missing tensors: {_names(missing)}")
    if mismatched:
        problems.append(f"mismatched tensors: {_names(mismatched)}")
    if unexpected:
        problems.append(f"unexpected tensors: {_names(unexpected)}")
    if problems:
        raise CheckpointError(f"checkpoint in {model_dir} does not match config.json; " + "; ".join(problems))


def _names(names: list[str], limit: int = 12) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" (+{len(names) - limit} more)" if len(names) > limit else "")


def _read(f, name: str, target: Target, available: set[str], cfg, keep_fp8: bool = False):
    """The tensor for target (this rank's slice), or (fp8 weight, scale_inv) when it stays in FP8."""
    sl = f.get_slice(name)
    shape = tuple(sl.get_shape())
    if shape != tuple(target.full_shape):
        raise ValueError(f"shape {list(shape)} in checkpoint, expected {list(target.full_shape)}")
    scale_name = name[: -len("weight")] + "weight_scale_inv" if name.endswith("weight") else None
    checkpoint_fp8 = sl.get_dtype() in ("F8_E4M3", "F8_E5M2")
    if target.dest.dtype == torch.float8_e4m3fn:  # kept in FP8 (routed experts)
        if sl.get_dtype() != "F8_E4M3":
            raise ValueError(f"expected an FP8 e4m3 weight, found {sl.get_dtype()}")
        return f.get_tensor(name)
    if checkpoint_fp8:
        if scale_name is None or scale_name not in available or cfg.fp8 is None:
            raise ValueError("FP8 tensor without weight_scale_inv / quantization_config")
        unsharded = tuple(target.dest.shape) == shape
        if keep_fp8 and unsharded and name.endswith(_FP8_KEEP):
            return f.get_tensor(name), f.get_tensor(scale_name)
        tensor = ops.fp8_block_dequant(f.get_tensor(name), f.get_tensor(scale_name), cfg.fp8.block_size)
        if target.shard_dim is not None:
            tensor = tensor.narrow(target.shard_dim, target.shard_start, target.dest.shape[target.shard_dim])
        return tensor
    if target.shard_dim is None:
        return f.get_tensor(name)
    size = target.dest.shape[target.shard_dim]
    index = [slice(None)] * len(shape)
    index[target.shard_dim] = slice(target.shard_start, target.shard_start + size)
    return sl[tuple(index)]
