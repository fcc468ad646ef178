"""A request's thinking options select DeepSeek-V4's mode; values outside their vocabulary and
contradictions are refused, naming the field."""

from __future__ import annotations

import pytest

from sluice.inference.chat.thinking import (NON_THINK, THINK_HIGH, THINK_MAX, ThinkingOptionError,
                                            resolve_thinking)


@pytest.mark.parametrize("options, mode", [
    ({}, NON_THINK),
    ({"reasoning_effort": "none"}, NON_THINK),
    ({"reasoning_effort": "minimal"}, NON_THINK),
    ({"reasoning_effort": "low"}, THINK_HIGH),
    ({"reasoning_effort": "medium"}, THINK_HIGH),
    ({"reasoning_effort": "high"}, THINK_HIGH),
    ({"reasoning_effort": "max"}, THINK_MAX),
    ({"thinking": {"type": "enabled"}}, THINK_HIGH),
    ({"thinking": {"type": "disabled"}}, NON_THINK),
    ({"thinking": {"type": "enabled"}, "reasoning_effort": "max"}, THINK_MAX),
    ({"chat_template_kwargs": {"thinking": True}}, THINK_HIGH),
    ({"chat_template_kwargs": {"thinking": False}}, NON_THINK),
    ({"chat_template_kwargs": {"thinking": True, "reasoning_effort": "max"}}, THINK_MAX),
    ({"thinking": {"type": "disabled"}, "reasoning_effort": "none"}, NON_THINK),
])
def test_options_select_a_mode(options, mode):
    assert resolve_thinking(**options).name == mode


def test_the_template_reads_thinking_and_reasoning_effort():
    assert resolve_thinking(reasoning_effort="max").template_kwargs() == {"thinking": True, "reasoning_effort": "max"}
    assert resolve_thinking().template_kwargs() == {"thinking": False, "reasoning_effort": None}


@pytest.mark.parametrize("options, param", [
    ({"reasoning_effort": "extreme"}, "reasoning_effort"),
    ({"reasoning_effort": 3}, "reasoning_effort"),
    ({"thinking": {"type": "on"}}, "thinking.type"),
    ({"thinking": "enabled"}, "thinking.type"),
    ({"chat_template_kwargs": {"thinking": "yes"}}, "chat_template_kwargs.thinking"),
    ({"chat_template_kwargs": {"enable_thinking": True}}, "chat_template_kwargs"),
    ({"thinking": {"type": "disabled"}, "reasoning_effort": "high"}, "thinking.type"),
    ({"thinking": {"type": "enabled"}, "chat_template_kwargs": {"thinking": False}}, "chat_template_kwargs.thinking"),
    ({"reasoning_effort": "high", "chat_template_kwargs": {"reasoning_effort": "max"}},
     "chat_template_kwargs.reasoning_effort"),
])
def test_bad_values_and_contradictions_are_refused_naming_the_field(options, param):
    with pytest.raises(ThinkingOptionError) as caught:
        resolve_thinking(**options)
    assert caught.value.param == param
