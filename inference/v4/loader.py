"""Load DeepSeek-V4 safetensors (official or transformers layout, single file or sharded) into
`DeepseekV4ForCausalLM`.

Names are mapped to the official ones (`names.canonical`). FP8 weights are dequantised with their
block scale, FP4 routed experts with their per-32 scale; a scale may live in another shard than its
weight. MTP / speculative layers are skipped. Missing, unexpected and mismatched tensors are reported
by name in one `CheckpointError`. Under tensor / expert parallelism each rank reads its own routed
experts only and keeps its share of the split tensors (`v4.sharding.Shards`). A model built with
`fp4_experts` keeps its routed experts' FP4 bytes and scales as they are (`v4.fp4_experts`).
"""

from __future__ import annotations

import re
from contextlib import ExitStack
from pathlib import Path

import torch
from safetensors import SafetensorError, safe_open

from sluice.inference.errors import CheckpointError
from sluice.inference.loader import checkpoint_files, raise_mismatch
from sluice.inference.v4.fp4_experts import PackedExperts
from sluice.inference.v4.model import DeepseekV4ForCausalLM
from sluice.inference.v4.names import canonical, is_mtp
from sluice.inference.v4.quant import dequant_fp4, dequant_fp8, is_fp4_packed
from sluice.inference.v4.sharding import Shards

_FUSED = re.compile(r"^(layers\.\d+\.ffn\.experts)\.(gate_up_proj|down_proj)$")
_FP8 = ("F8_E4M3",)


def load_v4_weights(model: DeepseekV4ForCausalLM, model_dir: str | Path) -> list[str]:
    """Fill the model from model_dir; returns the names of skipped MTP / speculative tensors."""
    model_dir = Path(model_dir)
    cfg = model.cfg
    targets = dict(model.state_dict(keep_vars=True))
    shards = Shards(cfg, model.par)
    if cfg.tie_word_embeddings:
        targets.pop("head.weight", None)
    packed = _packed_targets(model, targets)
    seen: set[str] = set()
    unexpected, mismatched, skipped = [], [], []
    with ExitStack() as stack:
        where = _open_all(stack, checkpoint_files(model_dir))
        for name, (handle, original) in where.items():
            if is_mtp(name, cfg.num_hidden_layers):
                skipped.append(original)
                continue
            if name.endswith(".scale") and name[: -len(".scale")] + ".weight" in targets:
                continue  # read together with its weight
            if name.endswith(".scale") and name[: -len(".scale")] + ".weight" in packed:
                continue
            if shards.foreign(name):
                continue  # another rank's routed expert (its scale included)
            fused = _FUSED.match(name)
            if fused:
                _load_fused(handle, original, fused, targets, seen, mismatched, shards)
                continue
            if name in packed:
                seen.add(name)
                try:
                    _put_packed(handle, original, name, where, packed[name])
                except ValueError as exc:
                    mismatched.append(f"{original}: {exc}")
                continue
            target = targets.get(name)
            if target is None:
                unexpected.append(original)
                continue
            seen.add(name)
            try:
                full = _read(handle, original, name, where, shards.full_shape(name, tuple(target.shape)), cfg)
                tensor = shards.take(name, full)
            except ValueError as exc:
                mismatched.append(f"{original}: {exc}")
                continue
            except SafetensorError as exc:
                raise CheckpointError(f"cannot read tensor {original}: {exc}") from exc
            target.data.copy_(tensor)
    expected = set(targets) | set(packed)
    raise_mismatch(model_dir, sorted(expected - seen), mismatched, sorted(unexpected))
    return skipped


def _packed_targets(model, targets: dict) -> dict[str, tuple[PackedExperts, int, str]]:
    """Per-expert weight names the packed layers take, -> (layer, global expert, projection); their
    buffers leave `targets`."""
    packed = {}
    for prefix, module in model.named_modules():
        if not isinstance(module, PackedExperts):
            continue
        for buffer in ("w13", "w13_scale", "w2", "w2_scale"):
            targets.pop(f"{prefix}.{buffer}", None)
        for e in module.experts:
            for proj in ("w1", "w2", "w3"):
                packed[f"{prefix}.{e}.{proj}.weight"] = (module, e, proj)
    return packed


def _put_packed(handle, original: str, name: str, where: dict, target) -> None:
    module, expert, proj = target
    sl = handle.get_slice(original)
    dtype, stored = sl.get_dtype(), tuple(sl.get_shape())
    if dtype not in ("F4", "I8", "U8"):
        raise ValueError(f"{dtype} routed expert, but the model keeps routed experts packed in FP4")
    scale_name = name[: -len(".weight")] + ".scale"
    if scale_name not in where:
        raise ValueError(f"{dtype} weight without its scale ({scale_name})")
    out, inp = module.shape_of(proj)
    if stored != ((out, inp) if dtype == "F4" else (out, inp // 2)):
        raise ValueError(f"FP4 shape {list(stored)} in checkpoint, expected {[out, inp // 2]} packed bytes")
    scale_handle, scale_original = where[scale_name]
    module.put(expert, proj, handle.get_tensor(original), scale_handle.get_tensor(scale_original))


def _open_all(stack: ExitStack, files: list[Path]) -> dict[str, tuple]:
    """Open every shard (closed with the stack); map each canonical name to (handle, name in the file)."""
    where: dict[str, tuple] = {}
    for path in files:
        try:
            handle = stack.enter_context(safe_open(str(path), framework="pt", device="cpu"))
        except (SafetensorError, OSError, ValueError) as exc:
            raise CheckpointError(
                f"cannot read {path.name}: corrupt or truncated safetensors file ({exc})"
            ) from exc
        for original in handle.keys():
            name = canonical(original)
            if name in where:
                raise CheckpointError(f"tensor {original} appears twice in the checkpoint (as {name})")
            where[name] = (handle, original)
    return where


def _read(handle, original: str, name: str, where: dict, shape: tuple[int, ...], cfg) -> torch.Tensor:
    sl = handle.get_slice(original)
    dtype, stored = sl.get_dtype(), tuple(sl.get_shape())
    quantized = dtype in _FP8 or dtype == "F4" or (dtype in ("I8", "U8") and name.endswith(".weight"))
    if not quantized:
        if stored != shape:
            raise ValueError(f"shape {list(stored)} in checkpoint, expected {list(shape)}")
        return handle.get_tensor(original)
    scale_name = name[: -len(".weight")] + ".scale"
    if scale_name not in where:
        raise ValueError(f"{dtype} weight without its scale ({scale_name})")
    scale_handle, scale_original = where[scale_name]
    weight, scale = handle.get_tensor(original), scale_handle.get_tensor(scale_original)
    if dtype in _FP8:
        if stored != shape:
            raise ValueError(f"shape {list(stored)} in checkpoint, expected {list(shape)}")
        block = cfg.quant.block_size if cfg.quant is not None else (128, 128)
        return dequant_fp8(weight, scale, block)
    # packed bytes are stored as int8 / uint8 [out, in / 2]; safetensors' F4 records [out, in]
    packed_shape = shape if dtype == "F4" else (shape[0], shape[1] // 2)
    if not is_fp4_packed(weight.dtype) or stored != packed_shape:
        raise ValueError(f"FP4 shape {list(stored)} in checkpoint, expected {list(packed_shape)}")
    return dequant_fp4(weight, scale)


def _load_fused(handle, original, match, targets, seen, mismatched, shards: Shards) -> None:
    """transformers' in-memory expert layout: gate_up_proj [E, 2I, H] and down_proj [E, H, I]."""
    prefix, kind = match.groups()
    sl = handle.get_slice(original)
    experts = sl.get_shape()[0]
    mine = [e for e in range(experts) if not shards.foreign(f"{prefix}.{e}.")]
    if not mine:
        return
    tensor = sl[mine[0] : mine[-1] + 1]  # this rank's experts only (a contiguous range)
    for e in mine:
        own = tensor[e - mine[0]]
        parts = {"w1": own.chunk(2)[0], "w3": own.chunk(2)[1]} if kind == "gate_up_proj" else {"w2": own}
        for proj, value in parts.items():
            name = f"{prefix}.{e}.{proj}.weight"
            target = targets.get(name)
            if target is None or tuple(target.shape) != tuple(value.shape):
                mismatched.append(f"{original}: expert {e} {proj} does not fit the config")
                continue
            target.data.copy_(value)
            seen.add(name)


def load_v4_model(
    model_dir: str | Path, *, dtype: torch.dtype = torch.float32, device: torch.device | str = "cpu",
    fp4_experts: bool = False,
) -> DeepseekV4ForCausalLM:
    """Config, model and weights from one directory."""
    from sluice.inference.v4.config import load_v4_config

    cfg = load_v4_config(model_dir)
    model = DeepseekV4ForCausalLM(cfg, dtype=dtype, device=device, fp4_experts=fp4_experts)
    load_v4_weights(model, model_dir)
    return model.eval()
