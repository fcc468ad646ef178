"""The chat templates Sluice ships, as jinja source in the form a checkpoint's ``tokenizer_config.json``
carries (``chat_template``). A checkpoint's own template always wins; these serve checkpoints without one,
and a checkpoint writer (``sluice model init-demo``) can ship exactly the same text."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

DEEPSEEK_V4 = "deepseek_v4"


def template_path(name: str):
    """The packaged file of template ``name`` (a :class:`importlib.resources` traversable)."""
    return files("sluice.inference.chat").joinpath("templates", f"{name}.jinja")


@cache
def chat_template(name: str) -> str:
    return template_path(name).read_text(encoding="utf-8")


def deepseek_v4_template() -> str:
    """DeepSeek-V4's chat template (non-think / think high / think max, DSML tool calls)."""
    return chat_template(DEEPSEEK_V4)
