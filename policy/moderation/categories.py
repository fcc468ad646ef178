"""The categories of the ``moderation`` classifier, named as in the OpenAI moderation taxonomy."""

from __future__ import annotations

CATEGORIES: tuple[str, ...] = (
    "sexual", "sexual/minors", "hate", "hate/threatening", "harassment", "harassment/threatening",
    "self-harm", "self-harm/intent", "self-harm/instructions", "violence", "violence/graphic",
    "illicit", "illicit/violent",
)

PARENTS: dict[str, str] = {c: c.split("/")[0] for c in CATEGORIES if "/" in c}
"""A sub-category implies its parent (``hate/threatening`` is also ``hate``)."""


def with_parents(labels) -> set[str]:
    """``labels`` plus the parent of each sub-category among them."""
    out = set(labels)
    out |= {PARENTS[c] for c in out if c in PARENTS}
    return out
