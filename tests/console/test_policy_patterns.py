"""The console's policy editor refuses a pattern that needs backtracking, naming the construct and the
field, and keeps what the author typed."""

from __future__ import annotations

from tests.console.test_policy_pages import _new_policy


def test_a_lookbehind_in_a_draft_is_a_form_error_naming_it(signed_in):
    author = signed_in("policy_author")
    source = "output:\n  words:\n    patterns: ['(?<=key: )\\w+']\n"
    response = author.post(f"{_new_policy(author)}/draft", {"source": source})
    assert response.status_code == 400
    assert "<code>output.words.patterns.0</code>" in response.text
    assert "lookbehind" in response.text and "RE2" in response.text
    assert "(?&lt;=key: )" in response.text  # the editor keeps the author's text


def test_a_catastrophic_pattern_is_accepted_because_it_runs_in_linear_time(signed_in):
    author = signed_in("policy_author")
    response = author.post(f"{_new_policy(author)}/draft", {"source": "input:\n  words:\n    patterns: ['(a+)+$']\n"})
    assert response.status_code == 303
