"""Model architectures by `model_type`: which typed config a checkpoint's config.json becomes.

DeepSeek-V2 / V3 parse into `ModelConfig` (paged latent cache, `ModelRunner`); DeepSeek-V4 into
`V4Config` (per-sequence cache, `v4.runner.V4Runner`). `build_runner` picks the runner by type.
"""

from __future__ import annotations

from pathlib import Path

from sluice.inference.config import ModelConfig, read_config_json
from sluice.inference.v4.config import V4Config, is_v4, parse_v4

AnyModelConfig = ModelConfig | V4Config


def load_config(model_dir: str | Path) -> AnyModelConfig:
    raw = read_config_json(model_dir)
    return parse_v4(raw) if is_v4(raw) else ModelConfig.from_dict(raw)
