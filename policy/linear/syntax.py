"""Parsing policy regular expressions and naming what a linear-time engine cannot run.

Patterns are parsed with Python's own regular-expression parser, so their syntax is Python's. The
constructs that need backtracking (backreferences, lookaround, conditionals, possessive quantifiers,
atomic groups) are refused with their name; everything else is rendered for RE2 by
:mod:`sluice.policy.linear.render`.
"""

from __future__ import annotations

import re
from re import _constants as sre
from re import _parser as sre_parse

MAX_PATTERN_CHARS = 5_000
"""Longest pattern source accepted: compiling the hold-back query grows faster than linearly with it
(about 0.1 s at 5,000 characters), and a policy is validated on every save."""
MAX_WIDTH_BOUND = 1 << 32
"""A parsed maximum width at or above this is unbounded (``*``, ``+``, ``{n,}``)."""

REFUSED = {
    sre.GROUPREF: "a backreference (\\1, (?P=name))",
    sre.GROUPREF_EXISTS: "a conditional group ((?(1)...|...))",
    sre.POSSESSIVE_REPEAT: "a possessive quantifier (*+, ++, ?+, {m,n}+)",
    sre.ATOMIC_GROUP: "an atomic group ((?>...))",
}


class UnsupportedPattern(ValueError):
    """The pattern is not valid, or uses a construct that needs a backtracking engine.
    ``construct`` names it (``None`` for a syntax error)."""

    def __init__(self, message: str, construct: str | None = None):
        super().__init__(message)
        self.construct = construct


def _assertion_name(op, av) -> str:
    direction, _ = av
    ahead = direction == 1
    negative = op is sre.ASSERT_NOT
    kind = "lookahead" if ahead else "lookbehind"
    syntax = ("(?!...)" if ahead else "(?<!...)") if negative else ("(?=...)" if ahead else "(?<=...)")
    return f"a {'negative ' if negative else ''}{kind} ({syntax})"


def children(op, av) -> list:
    """The sub-pattern lists directly below one parsed node."""
    if op is sre.BRANCH:
        return list(av[1])
    if op is sre.SUBPATTERN:
        return [av[3]]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return [av[2]]
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return [av[1]]
    if op is sre.ATOMIC_GROUP:
        return [av]
    if op is sre.GROUPREF_EXISTS:
        return [x for x in av[1:] if x is not None]
    return []


def refused_construct(tree, *, allow_assertions: bool = False) -> str | None:
    """The name of the first construct in ``tree`` that RE2 cannot run, or ``None``."""
    stack = [tree]
    while stack:
        for op, av in stack.pop():
            if op in REFUSED:
                return REFUSED[op]
            if op in (sre.ASSERT, sre.ASSERT_NOT) and not allow_assertions:
                return _assertion_name(op, av)
            stack.extend(children(op, av))
    return None


def parse(source: str, flags: int = 0, *, allow_assertions: bool = False):
    """Parse ``source``; raise :class:`UnsupportedPattern` when it is invalid or needs backtracking.
    ``allow_assertions`` is for the gateway's own trusted patterns, parsed only to bound holds."""
    if not isinstance(source, str):
        raise UnsupportedPattern("a pattern must be a string")
    if len(source) > MAX_PATTERN_CHARS:
        raise UnsupportedPattern(f"a pattern may be at most {MAX_PATTERN_CHARS:,} characters long (this one has "
                                 f"{len(source):,}); match a long secret by its delimiters instead",
                                 f"a pattern longer than {MAX_PATTERN_CHARS:,} characters")
    try:
        tree = sre_parse.parse(source, flags)
    except (re.error, OverflowError, RecursionError) as exc:
        raise UnsupportedPattern(f"not a valid regular expression: {exc}") from None
    if tree.state.flags & re.LOCALE:
        raise UnsupportedPattern("the LOCALE flag ((?L)) applies to bytes patterns only", "the LOCALE flag ((?L))")
    construct = refused_construct(tree, allow_assertions=allow_assertions)
    if construct is not None:
        raise UnsupportedPattern(
            f"uses {construct}, which needs a backtracking engine; policy patterns run on a linear-time "
            "engine (RE2): rewrite it without that construct", construct)
    return tree


def max_width(tree) -> int | None:
    """The longest text ``tree`` can match, in characters; ``None`` when it is unbounded."""
    high = tree.getwidth()[1]
    return None if high >= MAX_WIDTH_BOUND else high
