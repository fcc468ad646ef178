"""Policy text that is too large, nests too deep or uses YAML aliases is refused with a stable code
before it is built (no recursion error, no expansion), in YAML and in JSON."""

from __future__ import annotations

import json

import pytest

from sluice.policy import PolicyValidationError, default_policy, default_policy_text, load_policy
from sluice.policy.document_text import MAX_BYTES, MAX_DEPTH, json_depth

DEEP = 3000
BLOCK_DEEP = 450  # indentation grows with depth: deeper would break the size limit first


def refusal(source) -> PolicyValidationError:
    with pytest.raises(PolicyValidationError) as info:
        load_policy(source)
    return info.value


@pytest.mark.parametrize("text", [
    "input:\n  words:\n    words: " + "[" * DEEP + "]" * DEEP + "\n",  # YAML flow style
    "".join("  " * i + f"k{i}:\n" for i in range(BLOCK_DEEP)) + "  " * BLOCK_DEEP + "leaf\n",  # YAML block
    "".join("  " * i + "-\n" for i in range(BLOCK_DEEP)),  # a list of lists
    '{"input": {"words": {"words": ' + "[" * DEEP + "]" * DEEP + "}}}",  # JSON
], ids=["yaml-flow", "yaml-block", "yaml-lists", "json"])
def test_a_document_nested_thousands_deep_is_refused_as_too_deep(text):
    error = refusal(text)
    assert error.code == "policy_too_deep" and f"{MAX_DEPTH} levels" in error.message


def test_a_dict_nested_too_deep_is_refused_without_recursion():
    document: dict = {}
    inner = document
    for _ in range(DEEP):
        inner["a"] = {}
        inner = inner["a"]
    assert refusal(document).code == "policy_too_deep"


def test_nesting_up_to_the_limit_is_only_checked_by_the_schema():
    nested = "[" * (MAX_DEPTH - 3) + "]" * (MAX_DEPTH - 3)
    error = refusal('{"input": {"words": {"words": ' + nested + "}}}")
    assert error.code == "policy_invalid"  # a list of lists is not a word, but its depth is allowed


def test_a_billion_laughs_yaml_is_refused_before_it_expands():
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 10)]
    error = refusal("\n".join(lines) + "\n")
    assert error.code == "policy_invalid" and "aliases" in error.message


def test_text_over_the_size_limit_is_refused_as_too_large():
    text = "name: big\n" + "# padding\n" * (MAX_BYTES // 10 + 1)
    assert refusal(text).code == "policy_too_large"
    assert refusal(json.dumps({"name": "x" * MAX_BYTES})).code == "policy_too_large"


def test_the_shipped_default_policy_is_within_the_limits():
    assert load_policy(default_policy_text()) == default_policy()


def test_json_depth_ignores_brackets_inside_strings():
    assert json_depth('{"a": ["[[[", {"b": "{{{\\"["}]}') == 3
    assert json_depth(b"[]") == 1 and json_depth("7") == 0
