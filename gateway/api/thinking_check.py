"""Refuse a thinking-mode option outside its vocabulary, or options that contradict each other, with
``invalid_reasoning_effort`` (``param`` names the field) before anything is forwarded. The fields go to
an upstream as sent; the built-in engine maps them to DeepSeek-V4's modes
(:mod:`sluice.inference.chat.thinking`)."""

from __future__ import annotations

from sluice.inference.chat.thinking import ThinkingMode, ThinkingOptionError, resolve_thinking

from sluice.gateway.api.schemas import ChatCompletionRequest
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import InvalidInput


def thinking_mode(body: ChatCompletionRequest) -> ThinkingMode:
    """The mode a chat request selects; raises ``invalid_reasoning_effort``."""
    try:
        return resolve_thinking(reasoning_effort=body.reasoning_effort, thinking=body.thinking,
                                chat_template_kwargs=body.chat_template_kwargs)
    except ThinkingOptionError as exc:
        raise InvalidInput(ErrorCode.INVALID_REASONING_EFFORT, str(exc), param=exc.param) from None
