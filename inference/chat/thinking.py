"""Thinking modes of DeepSeek-V4 (non-think, think high, think max) and how a request selects one.

Three spellings reach the engine, each from a different kind of client:

- ``reasoning_effort`` (OpenAI's ``none | minimal | low | medium | high``, DeepSeek's ``max``);
- ``thinking: {"type": "enabled" | "disabled"}`` (DeepSeek's own API, sent with ``extra_body``);
- ``chat_template_kwargs: {"thinking": bool, "reasoning_effort": ...}`` (vLLM / SGLang clients).

Mapping: ``none`` and ``minimal`` are non-think (V4 has no lighter thinking mode); ``low``, ``medium`` and
``high`` are think high; ``max`` is think max. ``thinking`` enabled without an effort is think high.
Nothing set is non-think, as on DeepSeek's ``deepseek-chat``. Contradictions (thinking disabled with an
effort that thinks) are refused rather than guessed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

NON_THINK, THINK_HIGH, THINK_MAX = "non-think", "think high", "think max"
EFFORTS: dict[str, str] = {"none": NON_THINK, "minimal": NON_THINK, "low": THINK_HIGH, "medium": THINK_HIGH,
                           "high": THINK_HIGH, "max": THINK_MAX}
THINKING_TYPES = {"enabled": True, "disabled": False}
TEMPLATE_KWARGS = ("thinking", "reasoning_effort")


class ThinkingOptionError(ValueError):
    """A thinking option with a value outside its vocabulary, or options that contradict each other;
    ``param`` names the field."""

    def __init__(self, message: str, param: str):
        super().__init__(message)
        self.param = param


@dataclass(frozen=True)
class ThinkingMode:
    name: str  # NON_THINK | THINK_HIGH | THINK_MAX

    @property
    def thinking(self) -> bool:
        return self.name != NON_THINK

    def template_kwargs(self) -> dict[str, Any]:
        """What the V4 chat template reads: ``thinking`` and ``reasoning_effort``."""
        return {"thinking": self.thinking, "reasoning_effort": "max" if self.name == THINK_MAX else None}


def _effort(value: Any, param: str) -> str:
    if not isinstance(value, str) or value not in EFFORTS:
        raise ThinkingOptionError(f"'{param}' must be one of {', '.join(EFFORTS)}", param)
    return EFFORTS[value]


def resolve_thinking(*, reasoning_effort: Any = None, thinking: Any = None,
                     chat_template_kwargs: Any = None) -> ThinkingMode:
    """The mode a request's options select (see the module's docstring); raises
    :class:`ThinkingOptionError` on a bad value or a contradiction."""
    wants: list[tuple[str, str]] = []  # (param, mode) for efforts; switches are checked against them
    switches: list[tuple[str, bool]] = []
    if reasoning_effort is not None:
        wants.append(("reasoning_effort", _effort(reasoning_effort, "reasoning_effort")))
    if thinking is not None:
        kind = thinking.get("type") if isinstance(thinking, dict) else None
        if kind not in THINKING_TYPES or set(thinking) - {"type"}:
            raise ThinkingOptionError("'thinking' must be {\"type\": \"enabled\"} or {\"type\": \"disabled\"}",
                                      "thinking.type")
        switches.append(("thinking.type", THINKING_TYPES[kind]))
    if chat_template_kwargs is not None:
        if not isinstance(chat_template_kwargs, dict):
            raise ThinkingOptionError("'chat_template_kwargs' must be an object", "chat_template_kwargs")
        extra = next((k for k in chat_template_kwargs if k not in TEMPLATE_KWARGS), None)
        if extra is not None:
            raise ThinkingOptionError(f"'chat_template_kwargs' may only set {' and '.join(TEMPLATE_KWARGS)}",
                                      "chat_template_kwargs")
        if "thinking" in chat_template_kwargs:
            if not isinstance(chat_template_kwargs["thinking"], bool):
                raise ThinkingOptionError("'chat_template_kwargs.thinking' must be true or false",
                                          "chat_template_kwargs.thinking")
            switches.append(("chat_template_kwargs.thinking", chat_template_kwargs["thinking"]))
        if chat_template_kwargs.get("reasoning_effort") is not None:
            param = "chat_template_kwargs.reasoning_effort"
            wants.append((param, _effort(chat_template_kwargs["reasoning_effort"], param)))
    modes = {mode for _, mode in wants}
    if len(modes) > 1:
        second, first = wants[1][0], wants[0][0]
        raise ThinkingOptionError(f"'{second}' selects another thinking mode than '{first}'", second)
    on = {value for _, value in switches}
    if len(on) > 1:
        raise ThinkingOptionError(f"'{switches[1][0]}' contradicts '{switches[0][0]}'", switches[1][0])
    mode = modes.pop() if modes else None
    if on:
        enabled = on.pop()
        if mode is not None and (mode != NON_THINK) != enabled:
            raise ThinkingOptionError(f"'{switches[0][0]}' contradicts '{wants[0][0]}'", switches[0][0])
        if mode is None:
            mode = THINK_HIGH if enabled else NON_THINK
    return ThinkingMode(mode or NON_THINK)
