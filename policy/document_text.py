"""Reading policy text safely: a size limit, a nesting-depth limit and no YAML aliases.

A policy document is a few levels deep and a few kilobytes long. Text that is much larger, nests
thousands of levels deep (which would exhaust the parsers' recursion) or uses YAML aliases (which
expand a small text into a huge document, "billion laughs") is refused before it is built, with an
error that says which limit it broke.
"""

from __future__ import annotations

import json
import re
from itertools import accumulate
from typing import Any

import yaml

from sluice.policy.errors import FieldError, PolicyTooDeepError, PolicyTooLargeError, PolicyValidationError

MAX_BYTES = 256 * 1024
MAX_DEPTH = 32

_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_A_BRACKET = re.compile(r"[^\[\]{}]")


def too_large() -> PolicyTooLargeError:
    return PolicyTooLargeError([FieldError("", f"larger than {MAX_BYTES // 1024} KiB", "size")],
                               f"policy documents are limited to {MAX_BYTES // 1024} KiB")


def too_deep(limit: int = MAX_DEPTH) -> PolicyTooDeepError:
    return PolicyTooDeepError([FieldError("", f"nested deeper than {limit} levels", "depth")],
                              f"policy documents may nest mappings and lists at most {limit} levels deep")


def check_size(text: str) -> None:
    if len(text) > MAX_BYTES or len(text.encode("utf-8")) > MAX_BYTES:
        raise too_large()


def json_depth(text: str | bytes) -> int:
    """How deep the objects and arrays of JSON text nest (without parsing it: no recursion)."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    brackets = _NOT_A_BRACKET.sub("", _JSON_STRING.sub("", text))
    return max(accumulate(1 if c in "[{" else -1 for c in brackets), default=0)


def object_depth(value: Any, limit: int = MAX_DEPTH) -> int:
    """How deep dicts and lists nest, counted without recursion and stopping once past ``limit``."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, depth)
        if deepest > limit:
            return deepest
        stack.extend((child, depth + 1) for child in children)
    return deepest


class _LimitedLoader(yaml.SafeLoader):
    """The safe loader, refusing aliases and nesting past ``MAX_DEPTH`` as it composes each node."""

    def __init__(self, stream):
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise PolicyValidationError([FieldError("", "YAML anchors and aliases are not allowed in policies",
                                                    "yaml")],
                                        "invalid policy: YAML anchors and aliases are not allowed in policies")
        if self.check_event(yaml.MappingStartEvent, yaml.SequenceStartEvent):
            self._depth += 1
            if self._depth > MAX_DEPTH:
                raise too_deep()
            try:
                return super().compose_node(parent, index)
            finally:
                self._depth -= 1
        return super().compose_node(parent, index)


def load_yaml(text: str) -> Any:
    loader = _LimitedLoader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def load_json(text: str) -> Any:
    if json_depth(text) > MAX_DEPTH:
        raise too_deep()
    return json.loads(text)
