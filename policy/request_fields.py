"""Walking a request body along the field table (:mod:`sluice.policy.fields`): the scanned strings
with their role, the first string the table cannot place, and the body rewritten."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sluice.policy.fields import CLOSED, INPUT_FIELDS, OPTION_SUBTREES, OPTIONS, USER_ROLE, ScannedField

_BY_PATH = {f.path: f for f in INPUT_FIELDS}


@dataclass(frozen=True)
class Key:
    """A step of a concrete path that names a key itself (a property name in a schema, a metadata key)."""

    name: str


@dataclass
class Located:
    """One string of a request: where it is, which field it belongs to and what role reads it."""

    path: tuple                    # concrete: ("messages", 2, "content", 0, "text")
    field: ScannedField
    role: str
    text: str


def _leaves(value: Any, path: tuple = ()) -> Iterator[tuple[tuple, Any]]:
    """(concrete path, string) for every string in ``value`` (iteratively: schemas may nest deep)."""
    stack = [(path, value)]
    while stack:
        where, item = stack.pop()
        if isinstance(item, str):
            yield where, item
        elif isinstance(item, dict):
            stack.extend((where + (k,), v) for k, v in reversed(list(item.items())))
        elif isinstance(item, list):
            stack.extend((where + (i,), v) for i, v in reversed(list(enumerate(item))))


def _keys(value: Any, path: tuple) -> Iterator[tuple[tuple, str]]:
    """(concrete path ending in a :class:`Key`, key) for every key of every object in ``value``."""
    stack = [(path, value)]
    while stack:
        where, item = stack.pop()
        if isinstance(item, dict):
            for k, v in item.items():
                yield where + (Key(k),), k
                stack.append((where + (k,), v))
        elif isinstance(item, list):
            stack.extend((where + (i,), v) for i, v in enumerate(item))


def field_path(path: tuple) -> str:
    return ".".join(str(p) for p in path if isinstance(p, str))


def display_path(path: tuple) -> str:
    return ".".join(p.name if isinstance(p, Key) else str(p) for p in path)


_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]{0,63}\Z")


def safe_path(path: tuple) -> str:
    """The path for an error message: a key that is not a plain name (it may itself be personal data,
    ``{"jane@example.com": ...}``) is shown as ``*``."""
    return ".".join(str(p) if isinstance(p, int) or _NAME.match(p) else "*" for p in path)


def _scanned_field(generic: str, endpoint: str) -> ScannedField | None:
    found = _BY_PATH.get(generic)
    if found is None:
        found = next((f for f in INPUT_FIELDS if f.subtree and generic.startswith(f.path + ".")), None)
    return found if found is not None and endpoint in found.endpoints else None


def _is_option(generic: str, endpoint: str) -> bool:
    if endpoint in OPTIONS.get(generic, ()):
        return True
    return any(generic.startswith(root + ".") and endpoint in OPTIONS[root] for root in OPTION_SUBTREES)


def _role(body: dict, path: tuple, field: ScannedField) -> str:
    if field.role is not None:
        return field.role
    if path[0] == "messages" and isinstance(path[1], int):
        role = body["messages"][path[1]].get("role")
        return role if isinstance(role, str) else USER_ROLE
    return USER_ROLE


def input_texts(body: dict, endpoint: str) -> list[Located]:
    """Every scanned string of a request, in the order of :data:`INPUT_FIELDS` (then of the body; the
    keys of schemas and metadata after the values of their field)."""
    found: list[tuple[int, int, Located]] = []
    order = {f.path: i for i, f in enumerate(INPUT_FIELDS)}
    seq = itertools.count()

    def add(path: tuple, field: ScannedField, text: str) -> None:
        if text:
            found.append((order[field.path], next(seq), Located(path, field, _role(body, path, field), text)))

    for path, text in _leaves(body):
        field = _scanned_field(field_path(path), endpoint)
        if field is not None:
            add(path, field, text)
    for root, value in _leaves_and_objects(body):
        field = _BY_PATH.get(field_path(root))
        if field is not None and field.subtree and endpoint in field.endpoints:
            for path, key in _keys(value, root):  # property names and metadata keys are caller text too
                add(path, field, key)
    return [located for _, _, located in sorted(found, key=lambda t: (t[0], t[1]))]


def _leaves_and_objects(body: dict) -> Iterator[tuple[tuple, Any]]:
    """(concrete path, value) of every value whose path could be a field root (objects and lists included)."""
    stack = [((), body)]
    while stack:
        where, item = stack.pop()
        if where:
            yield where, item
        root = _BY_PATH.get(field_path(where)) if where else None
        if isinstance(item, dict) and not (root is not None and root.subtree):  # a subtree is one field
            stack.extend((where + (k,), v) for k, v in reversed(list(item.items())))
        elif isinstance(item, list):
            stack.extend((where + (i,), v) for i, v in reversed(list(enumerate(item))))


def unknown_text(body: dict, endpoint: str) -> str | None:
    """The path of the first string the policy cannot place (neither scanned nor an option), or of a
    key outside a :data:`CLOSED` object; None when there is none."""
    for path, value in _leaves_and_objects(body):
        generic = field_path(path[:-1]) if isinstance(path[-1], int) else field_path(path)
        allowed = CLOSED.get(generic)
        if allowed is not None and isinstance(value, dict):
            extra = next((k for k in value if k not in allowed), None)
            if extra is not None:
                return safe_path(path + (extra,))
    for path, _ in _leaves(body):
        generic = field_path(path)
        if _scanned_field(generic, endpoint) is None and not _is_option(generic, endpoint):
            return safe_path(path)
    return None


def with_texts(body: dict, changes: dict[tuple, str]) -> dict:
    """``body`` with the strings at the given concrete paths replaced (a path ending in a :class:`Key`
    renames that key in place, keeping the order of keys); containers on a changed path are copied,
    everything else is shared with ``body``. Values change first, then keys from the deepest up, so
    every path still names what it named in ``body``."""
    if not changes:
        return body
    out = dict(body)
    ordered = sorted(changes.items(), key=lambda item: (isinstance(item[0][-1], Key), -len(item[0])))
    for path, text in ordered:
        holder = out
        for step in path[:-1]:
            child = holder[step]
            child = dict(child) if isinstance(child, dict) else list(child)
            holder[step] = child
            holder = child
        last = path[-1]
        if isinstance(last, Key):
            renamed = {text if k == last.name else k: v for k, v in holder.items()}
            holder.clear()
            holder.update(renamed)
        else:
            holder[last] = text
    return out
