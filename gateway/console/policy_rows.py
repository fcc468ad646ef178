"""Row editors of the policy form: settings that are lists of objects or maps of them.

Denied topics (a list of ``{name, description, examples, threshold}``), the per-entity PII rules
(a map ``ENTITY -> {action, threshold, mask_char, mask_keep_last}``) and the per-category content rules
(a map ``CATEGORY -> {threshold, action}``) are shown as one row an item,
plus blank rows to add more. A row left blank is dropped, so clearing a row removes its item. Each
field is named ``<path>.<row>.<column>``; the schema's own validation runs on the saved document.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sluice.gateway.console import forms
from sluice.gateway.console.policy_fields import get, put
from sluice.policy.moderation import CATEGORIES
from sluice.policy.schema import KNOWN_ENTITIES

BLANK_ROWS = 2
MAX_ROWS = 200
ENTITY_ACTIONS = ("block", "redact", "mask", "hash", "pseudonymize", "flag", "allow")
CATEGORY_ACTIONS = ("block", "redact", "mask", "flag", "allow")


@dataclass(frozen=True)
class Column:
    name: str
    label: str
    kind: str = "text"  # "text" | "lines" | "float" | "int" | "choice"
    options: tuple[str, ...] = ()
    required: bool = False
    maximum: float = 1.0


@dataclass(frozen=True)
class RowEditor:
    path: str  # where the list or map lives in the document
    title: str
    hint: str
    columns: tuple[Column, ...]
    keyed_by: str | None = None  # a map: the column whose value is the key

    def field(self, row: int, column: str) -> str:
        return f"{self.path}.{row}.{column}"

    def items(self, document: dict) -> list[dict[str, Any]]:
        found = get(document, self.path)
        if self.keyed_by and isinstance(found, dict):
            return [{self.keyed_by: key, **(value or {})} for key, value in found.items()]
        return [item for item in found or [] if isinstance(item, dict)]

    def rows(self, document: dict) -> list[dict[str, str]]:
        """What each row shows: the items of the document, then blank rows."""
        shown = [{c.name: _shown(item.get(c.name)) for c in self.columns} for item in self.items(document)]
        return shown + [{c.name: "" for c in self.columns} for _ in range(BLANK_ROWS)]

    def typed_rows(self, form: dict[str, str]) -> list[dict[str, str]]:
        """The rows as the user typed them (to show again beside their errors), then blank rows."""
        typed = []
        for row in range(MAX_ROWS):
            values = {c.name: form.get(self.field(row, c.name)) for c in self.columns}
            if all(v is None for v in values.values()):
                break
            if any((v or "").strip() for v in values.values()):
                typed.append({k: v or "" for k, v in values.items()})
        return typed + [{c.name: "" for c in self.columns} for _ in range(BLANK_ROWS)]

    def submitted(self, form: dict[str, str]) -> bool:
        return any(key.startswith(self.path + ".") for key in form)

    def apply(self, document: dict, form: dict[str, str], errors: forms.FormErrors) -> None:
        """Write the submitted rows into ``document`` (when the form carried this editor at all)."""
        if not self.submitted(form):
            return
        items = []
        for row in range(MAX_ROWS):
            names = [self.field(row, c.name) for c in self.columns]
            if not any(name in form for name in names):
                break
            if not any(form.get(name, "").strip() for name in names):
                continue  # a blank row
            item = {c.name: _parsed(c, form, self.field(row, c.name), errors) for c in self.columns}
            items.append({k: v for k, v in item.items() if v not in (None, "", [])})
        if self.keyed_by:
            put(document, self.path, {item.pop(self.keyed_by): item for item in items if self.keyed_by in item})
        else:
            put(document, self.path, items)


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(str(v) for v in value)
    return str(value)


def _parsed(column: Column, form: dict[str, str], name: str, errors: forms.FormErrors) -> Any:
    if column.kind == "lines":
        return [line.strip() for line in form.get(name, "").splitlines() if line.strip()][:MAX_ROWS]
    if column.kind == "float":
        return forms.optional_float(form, name, errors, label=column.label, minimum=0.0, maximum=column.maximum)
    if column.kind == "int":
        return forms.optional_int(form, name, errors, label=column.label, minimum=0, maximum=int(column.maximum))
    value = forms.text(form, name, errors, label=column.label, required=column.required, max_len=2000)
    if column.kind == "choice" and value and value not in column.options:
        errors.add(name, f"{column.label}: choose one of {', '.join(column.options)}.")
    return value


def _entities(section: str, title: str) -> RowEditor:
    return RowEditor(
        path=f"{section}.pii.entities", title=title, keyed_by="entity",
        hint="One row an entity type; these rules take precedence over the guardrail's action. Clear a row to "
             "remove it.",
        columns=(Column("entity", "Entity type", required=True),
                 Column("action", "Action", "choice", ENTITY_ACTIONS, required=True),
                 Column("threshold", "Threshold", "float"),
                 Column("mask_char", "Mask character"),
                 Column("mask_keep_last", "Keep last (mask)", "int", maximum=64)))


def _categories(section: str, title: str) -> RowEditor:
    return RowEditor(
        path=f"{section}.content.categories", title=title, keyed_by="category",
        hint="With the moderation classifier: one row a category; a category without a row uses the guardrail's "
             "threshold and action, `allow` turns it off. Clear a row to remove it.",
        columns=(Column("category", "Category", "choice", CATEGORIES, required=True),
                 Column("threshold", "Threshold", "float"),
                 Column("action", "Action", "choice", CATEGORY_ACTIONS)))


EDITORS = (
    RowEditor(path="input.topics.topics", title="Denied topics",
              hint="Prompts close to a topic's description or examples are refused. Clear a row to remove it.",
              columns=(Column("name", "Name", required=True), Column("description", "Description", required=True),
                       Column("examples", "Example requests (one per line)", "lines"),
                       Column("threshold", "Threshold", "float"))),
    _entities("input", "PII in prompts: per-entity actions"),
    _entities("output", "PII in responses: per-entity actions"),
    _categories("input", "Harmful content in prompts: per-category rules"),
    _categories("output", "Harmful content in responses: per-category rules"),
)
ENTITY_NAMES = tuple(sorted(KNOWN_ENTITIES))
