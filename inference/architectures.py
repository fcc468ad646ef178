"""Model architectures by `model_type`: the typed config a checkpoint's config.json becomes, and
the runner that serves it.

DeepSeek-V2 / V3 parse into `ModelConfig` (paged latent cache, `ModelRunner`); DeepSeek-V4 into
`V4Config` (paged compressed entries plus per-sequence window slots, `v4.runner.V4Runner`).
"""

from __future__ import annotations

from pathlib import Path

from sluice.inference import model_runner
from sluice.inference.chat import v4_format
from sluice.inference.chat.templates import DEEPSEEK_V4, chat_template
from sluice.inference.config import ModelConfig, read_config_json
from sluice.inference.engine_config import EngineConfig
from sluice.inference.parallel import ParallelContext
from sluice.inference.v4.config import V4Config, is_v4, parse_v4
from sluice.inference.v4.runner import V4Runner

AnyModelConfig = ModelConfig | V4Config


def load_config(model_dir: str | Path) -> AnyModelConfig:
    raw = read_config_json(model_dir)
    return parse_v4(raw) if is_v4(raw) else ModelConfig.from_dict(raw)


def chat_format(model_config: AnyModelConfig) -> str | None:
    """The chat format a model's replies are written in (None: plain text, nothing to parse); also the
    name of the chat template Sluice ships for checkpoints of that model without one."""
    return DEEPSEEK_V4 if isinstance(model_config, V4Config) else None


def default_chat_template(model_config: AnyModelConfig) -> str | None:
    name = chat_format(model_config)
    return chat_template(name) if name else None


def reply_markup(model_config: AnyModelConfig) -> tuple[str, ...]:
    """Text of the chat format a reply's parser reads (kept in the reply even as special tokens)."""
    return v4_format.MARKUP if chat_format(model_config) == DEEPSEEK_V4 else ()


def build_runner(
    model_dir: str | Path,
    config: EngineConfig,
    model_config: AnyModelConfig,
    *,
    device: str,
    dtype: str,
    parallel: ParallelContext,
) -> model_runner.ModelRunner:
    if isinstance(model_config, V4Config):
        dev, torch_dtype = model_runner.select_device(device, dtype, config, model_config)
        return V4Runner(
            model_config, model_dir, device=dev, dtype=torch_dtype, config=config, parallel=parallel
        )
    return model_runner.build_runner(
        model_dir, config, model_config, device=device, dtype=dtype, parallel=parallel
    )
