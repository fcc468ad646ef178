"""Policy regular expressions run on RE2: backtracking constructs are refused by name at validation,
and catastrophic patterns such as ``(a+)+$`` take linear time on any text."""

from __future__ import annotations

import re
import time

import pytest
import re2
from hypothesis import given, settings
from hypothesis import strategies as st

from sluice.policy import Vault, load_policy
from sluice.policy.errors import PolicyErrorCode, PolicyValidationError
from sluice.policy.linear import UnsupportedPattern, compile_pattern
from sluice.policy.linear.words import WordList

REFUSED = [
    (r"(\w+)\s\1", "backreference"),
    (r"(?P<x>a)(?P=x)", "backreference"),
    (r"secret(?=\d)", "lookahead"),
    (r"secret(?!\d)", "negative lookahead"),
    (r"(?<=id:)\d+", "lookbehind"),
    (r"(?<!x)\d+", "negative lookbehind"),
    (r"\d++", "possessive quantifier"),
    (r"(?>ab|a)c", "atomic group"),
    (r"(a)?(?(1)b|c)", "conditional group"),
]
FIELDS = [
    ("input.words.patterns.0", lambda p: {"input": {"words": {"patterns": [p]}}}),
    ("output.words.patterns.0", lambda p: {"output": {"words": {"patterns": [p]}}}),
    ("input.pii.custom_recognizers.0.patterns.0.regex",
     lambda p: {"input": {"pii": {"custom_recognizers": [{"entity": "CLAIM_ID", "patterns": [{"regex": p}]}]}}}),
    ("output.pii.allow_patterns.0", lambda p: {"output": {"pii": {"allow_patterns": [p]}}}),
]


@pytest.mark.parametrize("pattern, construct", REFUSED)
@pytest.mark.parametrize("path, document", FIELDS, ids=[f[0] for f in FIELDS])
def test_a_backtracking_construct_is_refused_by_name_wherever_a_pattern_goes(pattern, construct, path, document):
    with pytest.raises(PolicyValidationError) as caught:
        load_policy(document(pattern))
    assert caught.value.code == PolicyErrorCode.POLICY_PATTERN_UNSUPPORTED == "policy_pattern_unsupported"
    [error] = caught.value.errors
    assert error.path == path and error.kind == "unsupported_pattern"
    assert f"uses a {construct}" in error.message or f"uses an {construct}" in error.message
    assert "RE2" in error.message


def test_a_syntax_error_stays_policy_invalid():
    with pytest.raises(PolicyValidationError) as caught:
        load_policy({"input": {"words": {"patterns": ["[unclosed"]}}})
    assert caught.value.code == "policy_invalid"
    assert "not a valid regular expression" in caught.value.errors[0].message


def test_a_repeat_re2_cannot_compile_is_refused_with_the_engines_reason():
    with pytest.raises(PolicyValidationError) as caught:
        load_policy({"input": {"words": {"patterns": ["a{1001}"]}}})
    assert caught.value.code == "policy_pattern_unsupported"
    assert "invalid repetition size" in caught.value.errors[0].message


def test_catastrophic_patterns_are_accepted_and_compiled_for_re2():
    policy = load_policy({"input": {"words": {"patterns": [r"(a+)+$", r"(x|x)*y", r"(\w+\s?)*$"]}}})
    assert policy.input.words.patterns == [r"(a+)+$", r"(x|x)*y", r"(\w+\s?)*$"]
    assert all(isinstance(compile_pattern(p).regex, re2._Regexp) for p in policy.input.words.patterns)


@pytest.mark.parametrize("pattern, text", [
    (r"(a+)+$", "a" * 200_000 + "!"),
    (r"(x|x)*y", "x" * 200_000),
    (r"(\w+\s?)*$", "word " * 40_000 + "!"),
])
def test_catastrophic_patterns_scan_long_text_in_linear_time(pipeline_factory, pattern, text):
    # A backtracking engine needs 2**n steps here: 30 characters take seconds, 200,000 forever.
    pipeline = pipeline_factory({"input": {"words": {"patterns": [pattern], "action": "block"},
                                           "pii": {"enabled": False}, "content": {"enabled": False},
                                           "topics": {"enabled": False}, "injection": {"enabled": False}},
                                 "output": {"words": {"patterns": [pattern], "action": "redact"},
                                            "pii": {"enabled": False}, "content": {"enabled": False}}})
    started = time.perf_counter()
    pipeline.scan_input([{"role": "user", "content": text}])
    scanner = pipeline.output_stream(Vault())
    for i in range(0, len(text), 997):
        scanner.feed(text[i:i + 997])
    scanner.finish()
    assert time.perf_counter() - started < 20


def test_python_meaning_of_classes_is_kept():
    assert compile_pattern(r"\d{3}").search("٣٤٥")  # Unicode digits, as Python's \d
    assert not compile_pattern(r"(?a)\d{3}").search("٣٤٥")
    assert compile_pattern(r"\w+").fullmatch("Grüße_1")
    assert compile_pattern(r"a.b").search("a\nb") is None and compile_pattern(r"(?s)a.b").search("a\nb")
    assert compile_pattern(r"(?i)secret").search("SeCrEt")
    assert compile_pattern(r"(?x) s e c # comment").fullmatch("sec")
    assert compile_pattern(r"[^\d\s]+").fullmatch("abc") and not compile_pattern(r"[^\d\s]+").fullmatch("a c")
    assert compile_pattern(r"[\W\d]").fullmatch("-") and compile_pattern(r"[\W\d]").fullmatch("7")
    assert not compile_pattern(r"[\W\d]").fullmatch("x")


def test_dollar_matches_only_at_the_very_end():
    assert compile_pattern(r"end$").search("the end") and not compile_pattern(r"end$").search("the end\n")
    assert compile_pattern(r"(?m)end$").search("the end\nnext")


def test_a_negated_class_of_negated_shorthands_is_refused_with_a_rewrite_hint():
    with pytest.raises(UnsupportedPattern, match="write the positive class"):
        compile_pattern(r"[^\W\d]")


_ALPHABET = "aAb -_é1"


@settings(max_examples=300, deadline=None, database=None)
@given(words=st.lists(st.text(_ALPHABET, min_size=1, max_size=4), min_size=1, max_size=4),
       text=st.text(_ALPHABET, max_size=24))
def test_word_lists_match_exactly_what_the_lookaround_regex_matched(words, text):
    cleaned = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    expected = []
    if cleaned:
        lookaround = r"(?i)(?<!\w)(?:" + "|".join(re.escape(w) for w in cleaned) + r")(?!\w)"
        expected = [m.span() for m in re.finditer(lookaround, text) if m.end() > m.start()]
    assert list(WordList(words).finditer(text)) == expected


def test_a_pattern_longer_than_5000_characters_is_refused_with_the_limit():
    load_policy({"output": {"words": {"patterns": ["k" * 5_000]}}})
    with pytest.raises(PolicyValidationError) as caught:
        load_policy({"output": {"words": {"patterns": ["k" * 5_001]}}})
    assert caught.value.code == "policy_pattern_unsupported"
    assert "at most 5,000 characters" in caught.value.errors[0].message
