"""Streaming output scanning: every chunk boundary, placeholders, masking, blocking, hold-back."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sluice.policy import Vault

EMAIL = "bob.stone@corp-mail.io"
CARD = "5555 5555 5555 4444"
SSN = "536-22-8726"


def stream(pipeline, vault, pieces, *, request_text=None):
    scanner = pipeline.output_stream(vault, request_text=request_text)
    emitted = [scanner.feed(p) for p in pieces]
    emitted.append(scanner.finish())
    return scanner, emitted


def splits(text: str, cuts: tuple[int, ...]) -> list[str]:
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:])]


def vault_with(n_people: int) -> Vault:
    vault = Vault()
    for i in range(1, n_people + 1):
        assert vault.placeholder("PERSON", f"Person Number{i}") == f"<PERSON_{i}>"
    vault.placeholder("EMAIL_ADDRESS", "jane@example.com")
    return vault


def test_placeholders_restored_at_every_two_chunk_split(default_pipeline):
    vault = vault_with(12)
    text = "Dear <PERSON_1> and <PERSON_10>, write to <EMAIL_ADDRESS_1> or <PERSON_12>!"
    expected = default_pipeline.output_stream(vault).scan(text)
    assert expected == "Dear Person Number1 and Person Number10, write to jane@example.com or Person Number12!"
    for cut in range(len(text) + 1):
        _, emitted = stream(default_pipeline, vault, splits(text, (cut,)))
        assert "".join(emitted) == expected, cut
        assert not any("<PERSON" in piece or "<EMAIL" in piece for piece in emitted)


def test_pii_masked_and_placeholders_restored_at_every_three_chunk_split(default_pipeline):
    vault = vault_with(10)
    text = f"<PERSON_10>: {EMAIL} {CARD}."
    expected = default_pipeline.output_stream(vault).scan(text)
    assert expected == "Person Number10: <EMAIL_ADDRESS> **** **** **** 4444."
    for a, b in itertools.combinations(range(1, len(text)), 2):
        _, emitted = stream(default_pipeline, vault, splits(text, (a, b)))
        joined = "".join(emitted)
        assert joined == expected, (a, b)
        assert EMAIL not in joined and "5555 5555" not in joined


def test_one_character_chunks_give_the_non_streaming_result(default_pipeline):
    vault = vault_with(10)
    text = f"Dear <PERSON_1>, <PERSON_10> wrote from {EMAIL}; pay with {CARD} or call +1 212-555-0199. Thanks."
    expected = default_pipeline.output_stream(vault).scan(text)
    _, emitted = stream(default_pipeline, vault, list(text))
    assert "".join(emitted) == expected
    assert EMAIL not in expected and "<PERSON" not in expected


def test_blocked_entity_never_emitted_at_any_split(default_pipeline):
    text = f"The SSN is {SSN} ok."
    for a, b in itertools.combinations(range(1, len(text)), 2):
        scanner, emitted = stream(default_pipeline, Vault(), splits(text, (a, b)))
        joined = "".join(emitted)
        assert scanner.blocked is not None and scanner.blocked.code == "pii_blocked", (a, b)
        assert "536" not in joined and "8726" not in joined


@settings(max_examples=60, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_chunking_gives_the_non_streaming_result(default_pipeline, data):
    vault = vault_with(11)
    words = st.sampled_from(["hello", "<PERSON_1>", "<PERSON_11>", EMAIL, CARD, "call", "+1 212-555-0199",
                             "C4", "S3", "<", "<P", "ok.", "\n", "data", "<EMAIL_ADDRESS_1>", "x@y"])
    text = " ".join(data.draw(st.lists(words, min_size=1, max_size=12)))
    cuts = sorted(set(data.draw(st.lists(st.integers(0, len(text)), max_size=8))))
    expected = default_pipeline.output_stream(vault).scan(text)
    _, emitted = stream(default_pipeline, vault, splits(text, tuple(cuts)))
    assert "".join(emitted) == expected
    assert EMAIL not in expected and "5555 5555" not in expected


def test_stream_is_not_buffered_until_the_end(pipeline_factory):
    pipeline = pipeline_factory({"output": {"content": {"enabled": False}}})
    scanner = pipeline.output_stream(Vault())
    first = scanner.feed("The quarterly numbers look good and ")
    second = scanner.feed("revenue grew in every region this year ")
    assert first and second
    assert len(scanner.pending) <= len("year ")


def test_sentence_level_content_check_holds_only_the_current_sentence(default_pipeline):
    scanner = default_pipeline.output_stream(Vault())
    assert scanner.feed("First sentence is fine. Second one is") == "First sentence is fine. "
    assert scanner.feed(" also fine.") == ""
    assert scanner.finish() == "Second one is also fine."


def test_toxic_output_stops_the_stream_before_the_sentence_is_sent(default_pipeline):
    scanner = default_pipeline.output_stream(Vault())
    out = scanner.feed("Here is the answer. You are a fucking idiot")
    out += scanner.feed(" and I hate you. More text.")
    out += scanner.finish()
    assert scanner.blocked is not None and scanner.blocked.code == "content_blocked"
    assert out == "Here is the answer. "


def test_hallucinated_placeholder_is_left_as_is(default_pipeline):
    vault = vault_with(1)
    assert default_pipeline.output_stream(vault).scan("See <PERSON_7>.") == "See <PERSON_7>."


def test_restoring_can_be_turned_off(pipeline_factory):
    pipeline = pipeline_factory({"input": {"pii": {"restore_pseudonyms": False}}})
    vault = vault_with(1)
    assert pipeline.output_stream(vault).scan("Hello <PERSON_1>.") == "Hello <PERSON_1>."


def test_custom_word_split_across_chunks_is_redacted(pipeline_factory):
    pipeline = pipeline_factory({"output": {"words": {"words": ["Project Falcon"], "action": "redact"},
                                            "content": {"enabled": False}}})
    text = "The plan for Project Falcon ships soon"
    for cut in range(len(text) + 1):
        _, emitted = stream(pipeline, Vault(), splits(text, (cut,)))
        assert "".join(emitted) == "The plan for <CUSTOM_WORD> ships soon", cut
