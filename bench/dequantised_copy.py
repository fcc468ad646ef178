"""A plain fp32 copy of an FP8 / FP4 DeepSeek-V4 checkpoint in DeepSeek's layout, for engines that
cannot read the quantised one on CPU (transformers wants `accelerate` and a GPU for FP8). The same
dequantisation the engine's loader applies (`inference.v4.quant`), scales dropped, and the
`quantization_config` removed from the config.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import torch
from safetensors import safe_open
from safetensors.torch import save_file


def dequantised_copy(src: Path, dst: Path) -> Path:
    from sluice.inference.v4.quant import dequant_fp4, dequant_fp8

    cfg = json.loads((src / "config.json").read_text())
    quant = cfg.pop("quantization_config", None)
    if quant is None:
        return src
    block = tuple(quant.get("weight_block_size", (128, 128)))
    dst.mkdir(parents=True, exist_ok=True)
    tensors = {}
    for file in sorted(src.glob("*.safetensors")):
        with safe_open(file, "pt") as f:
            names = set(f.keys())
            for name in names:
                if name.endswith(".scale"):
                    continue
                tensor = f.get_tensor(name)
                scale = name.removesuffix(".weight") + ".scale"
                if name.endswith(".weight") and scale in names:
                    packed = tensor.dtype in (torch.uint8, torch.int8)  # FP4, two values per byte
                    s = f.get_tensor(scale)
                    tensor = dequant_fp4(tensor, s) if packed else dequant_fp8(tensor, s, block)
                tensors[name] = tensor.float().contiguous()
    save_file(tensors, str(dst / "model.safetensors"))
    (dst / "config.json").write_text(json.dumps(cfg, indent=1) + "\n")
    for name in ("tokenizer.json", "tokenizer_config.json"):
        if (src / name).exists():
            shutil.copy(src / name, dst / name)
    return dst
