"""Differences between two policy documents: a unified diff of their canonical YAML (for people)
and a list of changed field paths with old and new values (for tools and the history view)."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

import yaml

_MISSING = object()


def canonical_yaml(document: dict[str, Any] | None) -> str:
    """The document as YAML in schema order, the same text for the same content."""
    if document is None:
        return ""
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True, default_flow_style=False)


def unified_diff(before: dict[str, Any] | None, after: dict[str, Any] | None, *,
                 before_label: str = "before", after_label: str = "after", context: int = 3) -> str:
    lines = difflib.unified_diff(
        canonical_yaml(before).splitlines(keepends=True), canonical_yaml(after).splitlines(keepends=True),
        fromfile=before_label, tofile=after_label, n=context,
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def _walk(before: Any, after: Any, path: tuple, out: list[dict[str, Any]]) -> None:
    if isinstance(before, dict) and isinstance(after, dict):
        for key in list(before) + [k for k in after if k not in before]:
            _walk(before.get(key, _MISSING), after.get(key, _MISSING), path + (key,), out)
        return
    if isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        for index, (old, new) in enumerate(zip(before, after)):
            _walk(old, new, path + (index,), out)
        return
    if before == after and before is not _MISSING:
        return
    entry: dict[str, Any] = {"path": ".".join(str(p) for p in path)}
    if before is _MISSING:
        entry.update(op="added", after=after)
    elif after is _MISSING:
        entry.update(op="removed", before=before)
    else:
        entry.update(op="changed", before=before, after=after)
    out.append(entry)


def field_diff(before: dict[str, Any] | None, after: dict[str, Any] | None,
               *, ignore: tuple[str, ...] = ("id", "version")) -> list[dict[str, Any]]:
    """Changed leaves as ``{"path": "input.pii.threshold", "op": "changed", "before": .., "after": ..}``.

    Lists of equal length are compared item by item; lists whose length changed are one change.
    ``ignore`` lists top-level fields assigned by the server (id, version number).
    """
    out: list[dict[str, Any]] = []
    strip = lambda doc: {k: v for k, v in (doc or {}).items() if k not in ignore}  # noqa: E731
    _walk(strip(before), strip(after), (), out)
    return out


@dataclass(frozen=True)
class PolicyDiff:
    before_label: str
    after_label: str
    unified: str
    changes: list[dict[str, Any]] = field(default_factory=list)

    @property
    def changed_paths(self) -> list[str]:
        return [c["path"] for c in self.changes]

    def to_dict(self) -> dict[str, Any]:
        return {"from": self.before_label, "to": self.after_label, "unified": self.unified, "changes": self.changes}


def diff_documents(before: dict[str, Any] | None, after: dict[str, Any] | None, *,
                   before_label: str, after_label: str) -> PolicyDiff:
    shown_before = {k: v for k, v in (before or {}).items() if k not in ("id", "version")} if before else None
    shown_after = {k: v for k, v in (after or {}).items() if k not in ("id", "version")} if after else None
    return PolicyDiff(
        before_label=before_label, after_label=after_label,
        unified=unified_diff(shown_before, shown_after, before_label=before_label, after_label=after_label),
        changes=field_diff(before, after),
    )
