"""The words a guardrail decision is told in: its status and its action.

One vocabulary for the policy's results, the decision record, the audit log (``audit/events.py``
uses these enums for its event schema) and telemetry. Both are ``StrEnum``: a member is its string
value on the wire and in JSON.
"""

from __future__ import annotations

from enum import StrEnum


class GuardrailStatus(StrEnum):
    """What became of one guardrail at one stage."""

    PASSED = "passed"
    FLAGGED = "flagged"
    BLOCKED = "blocked"
    ERRORED = "errored"
    SKIPPED = "skipped"


class GuardrailAction(StrEnum):
    """What a guardrail does when it matches (configured in the policy, or the strictest per-entity rule)."""

    NONE = "none"
    BLOCK = "block"
    REDACT = "redact"
    MASK = "mask"
    HASH = "hash"
    PSEUDONYMIZE = "pseudonymize"
    FLAG = "flag"
    ALLOW = "allow"


STATUS_MEANINGS: dict[GuardrailStatus, str] = {
    GuardrailStatus.PASSED: "It ran and found nothing at or above its threshold.",
    GuardrailStatus.FLAGGED: "It matched and its action let the text through (redacted, masked, hashed, "
                             "pseudonymized, flagged or explicitly allowed).",
    GuardrailStatus.BLOCKED: "It matched and its action is `block`: the request or response was refused.",
    GuardrailStatus.ERRORED: "Its detector failed; the request or response was refused unless the guardrail is `fail_open`.",
    GuardrailStatus.SKIPPED: "It did not run (disabled by the policy, nothing configured, or nothing to scan).",
}

ACTION_MEANINGS: dict[GuardrailAction, str] = {
    GuardrailAction.NONE: "No action recorded.",
    GuardrailAction.BLOCK: "Refuse the request or response.",
    GuardrailAction.REDACT: "Replace the span by a tag such as `<EMAIL_ADDRESS>`.",
    GuardrailAction.MASK: "Hide the span partially (e.g. all but the last four characters).",
    GuardrailAction.HASH: "Replace the span by a keyed hash.",
    GuardrailAction.PSEUDONYMIZE: "Replace the span by a placeholder that is restored in the response.",
    GuardrailAction.FLAG: "Let the text through and record the match.",
    GuardrailAction.ALLOW: "Explicitly allow what matched.",
}
