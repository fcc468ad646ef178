"""Rendering a parsed pattern as RE2 syntax, and as the RE2 pattern of every prefix of its matches.

Matching and holding back both use these renderings of one parse, so the text a stream holds is
exactly the text the pattern could still match. Python's meaning is kept where RE2 can express it:
``\\d``, ``\\w`` and ``\\s`` are Unicode-aware unless ``(?a)`` is set, ``.`` excludes only ``\\n``
without ``(?s)``. Two differences are documented for policy authors: ``$`` without ``(?m)`` matches
only at the very end of the text, and ``\\b``/``\\B`` look at ASCII word characters.
"""

from __future__ import annotations

import math
import re
from re import _constants as sre

from sluice.policy.linear.syntax import UnsupportedPattern

_UNICODE_SPACE = r"\x{9}-\x{d}\x{1c}-\x{20}\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}"
_CLASS_BODY = {
    (sre.CATEGORY_DIGIT, False): r"\p{Nd}", (sre.CATEGORY_DIGIT, True): "0-9",
    (sre.CATEGORY_WORD, False): r"\p{L}\p{N}_", (sre.CATEGORY_WORD, True): "0-9A-Za-z_",
    (sre.CATEGORY_SPACE, False): _UNICODE_SPACE, (sre.CATEGORY_SPACE, True): r"\x{9}-\x{d}\x{20}",
}
_NEGATED = {sre.CATEGORY_NOT_DIGIT: sre.CATEGORY_DIGIT, sre.CATEGORY_NOT_WORD: sre.CATEGORY_WORD,
            sre.CATEGORY_NOT_SPACE: sre.CATEGORY_SPACE}
_SINGLE_CHAR = (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


def char(code: int) -> str:
    c = chr(code)
    return c if c.isascii() and (c.isalnum() or c == "_") else "\\x{%x}" % code


def _class(items, flags: int) -> str:
    ascii_only = bool(flags & re.ASCII)
    negate, pieces, negated_sets = False, [], []
    for op, av in items:
        if op is sre.NEGATE:
            negate = True
        elif op is sre.LITERAL:
            pieces.append(char(av))
        elif op is sre.RANGE:
            pieces.append(f"{char(av[0])}-{char(av[1])}")
        elif op is sre.CATEGORY and av in _NEGATED:
            negated_sets.append(_CLASS_BODY[(_NEGATED[av], ascii_only)])
        elif op is sre.CATEGORY:
            pieces.append(_CLASS_BODY[(av, ascii_only)])
        else:
            raise UnsupportedPattern(f"unsupported class item {op}", str(op))
    if negate:
        if negated_sets:
            raise UnsupportedPattern("a negated class holding \\W, \\D or \\S (such as [^\\W]) is not supported; "
                                     "write the positive class instead", "a negated class holding \\W, \\D or \\S")
        return "[^" + "".join(pieces) + "]"
    parts = (["[" + "".join(pieces) + "]"] if pieces else []) + ["[^" + s + "]" for s in negated_sets]
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def _at(code, flags: int) -> str:
    multiline = bool(flags & re.MULTILINE)
    return {
        sre.AT_BEGINNING: "(?m:^)" if multiline else r"\A",
        sre.AT_END: "(?m:$)" if multiline else r"\z",
        sre.AT_BEGINNING_STRING: r"\A",
        sre.AT_END_STRING: r"\z",
        sre.AT_BOUNDARY: r"\b",
        sre.AT_NON_BOUNDARY: r"\B",
    }[code]


def _quantifier(low: int, high: int, lazy: bool) -> str:
    if high == sre.MAXREPEAT:
        q = {0: "*", 1: "+"}.get(low, f"{{{low},}}")
    elif (low, high) == (0, 1):
        q = "?"
    else:
        q = f"{{{low}}}" if low == high else f"{{{low},{high}}}"
    return q + ("?" if lazy else "")


def _scoped(body: str, outer: int, inner: int) -> str:
    """Wrap ``body`` so that RE2 applies the case-folding flag of ``inner`` inside ``outer``."""
    if (outer ^ inner) & re.IGNORECASE:
        return ("(?i:" if inner & re.IGNORECASE else "(?-i:") + body + ")"
    return body


def _inner_flags(av, flags: int) -> int:
    _, add, remove, _ = av
    return (flags | add) & ~remove


def render(items, flags: int, *, loose: bool = False) -> str:
    """RE2 syntax for a parsed sequence. ``loose`` drops zero-width assertions (for prefixes)."""
    out = []
    for op, av in items:
        if op is sre.LITERAL:
            out.append(char(av))
        elif op is sre.NOT_LITERAL:
            out.append("[^" + char(av) + "]")
        elif op is sre.ANY:
            out.append("(?s:.)" if flags & re.DOTALL else r"[^\x{a}]")
        elif op is sre.IN:
            out.append(_class(av, flags))
        elif op is sre.BRANCH:
            out.append("(?:" + "|".join(render(alt, flags, loose=loose) for alt in av[1]) + ")")
        elif op is sre.SUBPATTERN:
            inner = _inner_flags(av, flags)
            out.append("(?:" + _scoped(render(av[3], inner, loose=loose), flags, inner) + ")")
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, high, item = av
            out.append("(?:" + render(item, flags, loose=loose) + ")" + _quantifier(low, high, op is sre.MIN_REPEAT))
        elif op is sre.AT and not loose:
            out.append(_at(av, flags))
        elif op in _ZERO_WIDTH and loose:
            continue
        else:
            raise UnsupportedPattern(f"unsupported construct {op}", str(op))
    return "".join(out)


def _prefix_item(op, av, flags: int) -> str:
    """Every prefix (the empty one included) of what one node matches."""
    if op in _SINGLE_CHAR:
        return "(?:" + render([(op, av)], flags) + ")?"
    if op is sre.BRANCH:
        return "(?:" + "|".join(prefixes(alt, flags) for alt in av[1]) + ")"
    if op is sre.SUBPATTERN:
        inner = _inner_flags(av, flags)
        body = prefixes(av[3], inner)
        return _scoped(body, flags, inner) if body else ""
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        _, high, item = av
        body = prefixes(item, flags)
        if high == 0 or not body:
            return ""
        if high == 1:
            return body
        whole = render(item, flags, loose=True)
        repeat = "*" if high == sre.MAXREPEAT else f"{{0,{high - 1}}}"
        return f"(?:(?:{whole}){repeat}{body})"
    return ""  # zero-width: any text may follow


def prefixes(items, flags: int) -> str:
    """RE2 syntax matching exactly the prefixes of the matches of ``items`` ('' when only the empty
    string). Assertions are dropped, which only ever adds prefixes (holds more, never less).

    A sequence ``a b c`` gives ``P(a)|a(P(b)|b P(c))``; sequences are cut into chunks of about
    sqrt(n) so that a 5,000-character literal nests about 140 levels deep, within RE2's limit."""
    units = [(render([node], flags, loose=True), _prefix_item(*node, flags), node[0] in _SINGLE_CHAR)
             for node in items if node[0] not in _ZERO_WIDTH]
    if not units:
        return ""
    size = max(16, math.isqrt(len(units)) + 1)
    chunks = [units[i:i + size] for i in range(0, len(units), size)]
    acc = ""
    for chunk in reversed(chunks):
        chunk_prefix = _chain(chunk)
        acc = chunk_prefix if not acc else f"(?:{chunk_prefix}|{''.join(u[0] for u in chunk)}{acc})"
    return acc


def _chain(units) -> str:
    acc = ""
    for whole, prefix, single in reversed(units):
        if not acc:
            acc = prefix
        elif single:
            acc = f"(?:{whole}{acc})?"
        else:
            acc = f"(?:{prefix}|{whole}{acc})"
    return acc
