"""Streaming output for patterns of any length: what is streamed equals what a single scan gives, at
every chunking, and nothing a single scan would redact or block is ever emitted. Held text has a cap
that ends the response with its own code. Label-then-value pairs are judged together everywhere."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sluice.policy import Vault
from sluice.policy.linear import compile_pattern

QUIET = {"pii": {"enabled": False}, "content": {"enabled": False}, "refusal": {"enabled": False}}
PEM = "-----BEGIN PRIVATE KEY-----\n" + "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n" * 40 + "-----END PRIVATE KEY-----"
PEM_PATTERN = r"-----BEGIN PRIVATE KEY-----[\s\S]+?-----END PRIVATE KEY-----"
JWT = "eyJhbGciOiJIUzI1NiJ9." + "eyJzdWIiOiIxMjM0NTY3ODkwIn0" * 30 + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
JWT_PATTERN = r"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+"


def words_pipeline(pipeline_factory, patterns, action="redact", **output):
    return pipeline_factory({"output": {**QUIET, "words": {"patterns": patterns, "action": action}, **output}})


def stream(pipeline, pieces):
    scanner = pipeline.output_stream(Vault())
    emitted = [scanner.feed(p) for p in pieces]
    emitted.append(scanner.finish())
    return scanner, emitted


def splits(text: str, cuts) -> list[str]:
    bounds = [0, *sorted(set(cuts)), len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:])]


def status(scanner, name: str) -> str:
    return next(r for r in scanner.guardrail_results() if r.name == name).status


@pytest.mark.parametrize("pattern, secret", [(PEM_PATTERN, PEM), (JWT_PATTERN, JWT),
                                             (r"SECRET-[A-Z0-9]+-END", "SECRET-" + "Q7" * 2000 + "-END")])
@pytest.mark.parametrize("chunk", [1, 7, 64, 700])
def test_a_secret_longer_than_any_fixed_hold_never_leaks(pipeline_factory, pattern, secret, chunk):
    pipeline = words_pipeline(pipeline_factory, [pattern])
    text = f"Here you go: {secret} and that is all."
    scanner, emitted = stream(pipeline, [text[i:i + chunk] for i in range(0, len(text), chunk)])
    assert "".join(emitted) == "Here you go: <CUSTOM_PATTERN> and that is all."
    assert status(scanner, "words") == "flagged"  # recorded as a finding, never as `passed`


def test_a_custom_recognizer_for_keys_redacts_them_in_streams(pipeline_factory):
    pipeline = pipeline_factory({"output": {**QUIET, "pii": {
        "entities": {"PRIVATE_KEY": {"action": "redact"}},
        "custom_recognizers": [{"entity": "PRIVATE_KEY", "patterns": [{"regex": PEM_PATTERN, "score": 0.9}]}]}}})
    text = f"key:\n{PEM}\nbye"
    scanner, emitted = stream(pipeline, [text[i:i + 5] for i in range(0, len(text), 5)])
    assert "".join(emitted) == "key:\n<PRIVATE_KEY>\nbye"
    assert not any("MIIE" in piece for piece in emitted) and status(scanner, "pii") == "flagged"


def test_held_text_past_the_cap_ends_the_stream_with_its_code(pipeline_factory):
    pipeline = words_pipeline(pipeline_factory, [r"BEGIN[\s\S]*END"], max_held_chars=2048)
    scanner, emitted = stream(pipeline, ["Fine so far. ", "BEGIN "] + ["x" * 100] * 30 + [" END"])
    assert "".join(emitted) == "Fine so far. "
    assert scanner.blocked.code == "output_hold_exceeded" and scanner.blocked.guardrail == "words"
    assert "2048" in scanner.blocked.message and scanner.blocked.details["limit"] == 2048
    result = next(r for r in scanner.guardrail_results() if r.name == "words")
    assert result.status == "blocked" and "max_held_chars" in result.reason


def test_held_text_within_the_cap_is_scanned_whole(pipeline_factory):
    pipeline = words_pipeline(pipeline_factory, [r"BEGIN[\s\S]*END"], max_held_chars=4096)
    _, emitted = stream(pipeline, ["Fine so far. ", "BEGIN "] + ["x" * 100] * 30 + [" END", " after"])
    assert "".join(emitted) == "Fine so far. <CUSTOM_PATTERN> after"


def test_ordinary_text_is_released_at_once_next_to_an_unbounded_pattern(pipeline_factory):
    pipeline = words_pipeline(pipeline_factory, [PEM_PATTERN, r"SECRET-[A-Z]+-END"])
    scanner = pipeline.output_stream(Vault())
    assert scanner.feed("The quarterly numbers look good ") == "The quarterly numbers look good "
    assert scanner.feed("and SECRET-AB") == "and "
    assert scanner.feed("C is not a secret") == "SECRET-ABC is not a secret"


LABELLED = "Her SSN:\n536228726"


@pytest.mark.parametrize("content", [False, True])
def test_a_label_and_its_value_on_the_next_line_are_caught_everywhere(pipeline_factory, content):
    pipeline = pipeline_factory({"input": {"content": {"enabled": False}, "injection": {"enabled": False},
                                           "topics": {"enabled": False}},
                                 "output": {"content": {"enabled": content}}})
    assert pipeline.scan_input([{"role": "user", "content": LABELLED}]).blocked.code == "pii_blocked"
    assert pipeline.output_stream(Vault()).scan(LABELLED) == ""
    for cut in range(1, len(LABELLED)):
        scanner, emitted = stream(pipeline, [LABELLED[:cut], LABELLED[cut:]])
        assert scanner.blocked is not None and scanner.blocked.code == "pii_blocked", cut
        assert "536228726" not in "".join(emitted)
    scanner, emitted = stream(pipeline, list(LABELLED))
    assert scanner.blocked.code == "pii_blocked" and "5362" not in "".join(emitted)


# -- property tests: any pattern length, any chunking ------------------------------------------------

def property_test(examples: int):
    return settings(max_examples=examples, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                           HealthCheck.data_too_large])


def _literal(alphabet: str, low: int, high: int):
    return st.text(alphabet, min_size=low, max_size=high)


@st.composite
def pattern_and_text(draw):
    """A pattern of 1 to 5,000 characters and a text built from its matches, their prefixes and noise."""
    kind = draw(st.sampled_from(["literal", "delimited", "bounded"]))
    length = draw(st.sampled_from([1, 2, 3, 17, 200, 1200, 4990]))
    if kind == "literal":
        token = draw(_literal("ab", max(1, length - 2), length))
        pattern, pieces = re.escape(token), [token, token[: len(token) // 2], token[:-1]]
    elif kind == "delimited":
        opener = draw(_literal("ab", 1, 12))
        body = draw(_literal("xy", 1, max(1, length)))
        pattern = re.escape(opener) + "[xy]+" + re.escape("!")
        pieces = [opener + body + "!", opener + body, opener]
    else:
        count = max(1, length // 8)
        pattern = f"[ab]{{{count}}}x"
        pieces = ["a" * count + "x", "b" * count, "ab" * (count // 2) + "x"]
    noise = st.sampled_from([" ", "\n", "x", "y", "!", "a", "b", "ab ", "hello "])
    parts = draw(st.lists(st.one_of(st.sampled_from(pieces), noise), min_size=1, max_size=10))
    return pattern, "".join(parts)


def _chunkings(draw, text):
    cuts = draw(st.lists(st.integers(0, len(text)), max_size=40))
    yield splits(text, cuts)
    if len(text) <= 1500:
        yield list(text)


@property_test(120)
@given(case=pattern_and_text(), data=st.data())
def test_redaction_streamed_equals_redaction_scanned_for_any_pattern_and_chunking(pipeline_factory, case, data):
    pattern, text = case
    pipeline = words_pipeline(pipeline_factory, [pattern])
    expected = pipeline.output_stream(Vault()).scan(text)
    matches = [m.group(0) for m in compile_pattern(pattern).finditer(text)]
    assert expected.count("<CUSTOM_PATTERN>") >= len(matches)
    for pieces in _chunkings(data.draw, text):
        _, emitted = stream(pipeline, pieces)
        assert "".join(emitted) == expected


@property_test(80)
@given(case=pattern_and_text(), data=st.data())
def test_a_blocking_pattern_is_never_emitted_at_any_chunking(pipeline_factory, case, data):
    pattern, text = case
    pipeline = words_pipeline(pipeline_factory, [pattern], action="block")
    first = next(compile_pattern(pattern).finditer(text), None)
    single = pipeline.output_stream(Vault())
    single.scan(text)
    assert (single.blocked is not None) == (first is not None)
    for pieces in _chunkings(data.draw, text):
        scanner, emitted = stream(pipeline, pieces)
        joined = "".join(emitted)
        if first is None:
            assert scanner.blocked is None and joined == text
        else:
            assert scanner.blocked.code == "content_blocked"
            assert len(joined) <= first.start() and text.startswith(joined)


@property_test(60)
@given(words=st.lists(st.sampled_from(["ab", "a b", "ba", "abba", "b"]), min_size=1, max_size=3),
       parts=st.lists(st.sampled_from(["ab", " ", "a b", "ba", "abba", "x", "\n", "_"]), max_size=12),
       data=st.data())
def test_word_lists_stream_like_they_scan(pipeline_factory, words, parts, data):
    pipeline = pipeline_factory({"output": {**QUIET, "words": {"words": words, "action": "mask"}}})
    text = "".join(parts)
    expected = pipeline.output_stream(Vault()).scan(text)
    for pieces in _chunkings(data.draw, text):
        assert "".join(stream(pipeline, pieces)[1]) == expected


def test_every_two_cut_chunking_of_a_delimited_secret(pipeline_factory):
    pipeline = words_pipeline(pipeline_factory, [r"S-[a-z]+-E"])
    text = "x S-abc-E S-ab y S-"
    expected = pipeline.output_stream(Vault()).scan(text)
    assert expected == "x <CUSTOM_PATTERN> S-ab y S-"
    for a, b in itertools.combinations(range(1, len(text)), 2):
        assert "".join(stream(pipeline, splits(text, (a, b)))[1]) == expected, (a, b)


@property_test(80)
@given(token=st.text("aé😀 ", min_size=1, max_size=30).filter(str.strip),
       parts=st.lists(st.sampled_from(["é", "😀", "a", " ", "\n", "aé", "x"]), max_size=15), data=st.data())
def test_non_ascii_text_and_patterns_stream_like_they_scan(pipeline_factory, token, parts, data):
    pipeline = words_pipeline(pipeline_factory, [re.escape(token.strip()) + "[é😀]*!"])
    text = "".join(parts[: len(parts) // 2]) + token.strip() + "é😀!" + "".join(parts[len(parts) // 2:])
    expected = pipeline.output_stream(Vault()).scan(text)
    assert "<CUSTOM_PATTERN>" in expected
    for pieces in _chunkings(data.draw, text):
        assert "".join(stream(pipeline, pieces)[1]) == expected


@property_test(40)
@given(case=pattern_and_text(), data=st.data())
def test_custom_recognizers_stream_like_they_scan(pipeline_factory, case, data):
    pattern, text = case
    allow = {name: {"action": "allow"} for name in ("EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE",
                                                      "US_SSN", "IP_ADDRESS")}
    pipeline = pipeline_factory({"output": {**QUIET, "pii": {
        "enabled": True, "entities": {**allow, "TOKEN": {"action": "redact"}},
        "custom_recognizers": [{"entity": "TOKEN", "patterns": [{"regex": pattern, "score": 0.9}]}]}}})
    expected = pipeline.output_stream(Vault()).scan(text)
    for pieces in _chunkings(data.draw, text):
        assert "".join(stream(pipeline, pieces)[1]) == expected
