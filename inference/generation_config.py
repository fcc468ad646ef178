"""A checkpoint's recommended sampling: the `temperature`, `top_p` and `top_k` of its `generation_config.json`.

Model publishers ship the sampling they tested next to the weights (transformers' `GenerationConfig`;
vLLM applies it when a request leaves a setting out). The built-in engine does the same: a request's own
`temperature` / `top_p` always win, and a setting neither the request nor the file gives keeps the OpenAI
default (temperature 1, top_p 1). `"do_sample": false` in the file means greedy decoding.

A file that is present but unreadable, or holds a value out of range, is refused at load time with the
field named, rather than silently ignored.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from sluice.inference.errors import ConfigError

FILE = "generation_config.json"
RANGES = {"temperature": (0.0, 2.0), "top_p": (0.0, 1.0)}


def _number(name: str, value: object, low: float, high: float, path: Path) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
            or not low <= value <= high:
        raise ConfigError(f"{path}: '{name}' must be a number in [{low:g}, {high:g}], got {value!r}")
    return float(value)


def sampling_defaults(model_dir: str | Path) -> dict[str, float | int]:
    """The sampling settings the checkpoint recommends ({} when it ships no generation config)."""
    path = Path(model_dir) / FILE
    if not path.is_file():
        return {}
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{path} is not readable JSON: {exc}") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{path} must hold a JSON object")
    out: dict[str, float | int] = {}
    for name, (low, high) in RANGES.items():
        if raw.get(name) is not None:
            out[name] = _number(name, raw[name], low, high, path)
    top_k = raw.get("top_k")
    if top_k is not None:
        if isinstance(top_k, bool) or not isinstance(top_k, int) or top_k < -1 or top_k == 0:
            raise ConfigError(f"{path}: 'top_k' must be a positive integer or -1, got {top_k!r}")
        out["top_k"] = top_k
    if raw.get("do_sample") is False:
        out = {"temperature": 0.0}
    return out
