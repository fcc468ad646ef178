"""The policy form's plain fields, read off the policy JSON Schema.

Every guardrail of the schema (prompts and responses), residency and audit get a field for each
setting of a simple type: on/off, a number in its range, a choice of its enum, a line of text, or a
list of strings (one per line). A setting added to the schema appears in the form by itself. The
settings that are lists of objects or maps (denied topics, per-entity PII rules) have their own
row editors (:mod:`sluice.gateway.console.policy_rows`); the few left (custom recognizers,
classifications, PII upgrades) are edited in the YAML view.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from sluice.policy.loader import json_schema


@dataclass(frozen=True)
class Setting:
    path: str
    label: str
    kind: str  # "bool" | "float" | "int" | "choice" | "text" | "optional_text" | "lines" | "words"
    options: tuple[str, ...] = ()
    hint: str = ""
    group: str = ""
    minimum: float | None = None
    maximum: float | None = None


SECTIONS = (("input", "Prompts"), ("output", "Responses"))
GUARDRAILS = {"pii": "PII", "content": "Harmful content", "injection": "Prompt injection",
              "topics": "Denied topics", "words": "Word list", "refusal": "Model refusals"}
ROW_EDITED = frozenset({"topics", "entities", "categories"})  # lists of objects with their own row editor
LABELS = {"enabled": "On", "action": "Action when triggered", "threshold": "Threshold", "fail_open": "Let requests "
          "through when the detector errors", "words": "Blocked words", "patterns": "Blocked patterns (regex)"}
FIRST = ("enabled", "action", "threshold")  # the settings shown first in each guardrail
LINES = frozenset({"patterns", "allow_patterns", "allow_list"})  # values that may hold commas: one per line
PATH_LABELS = {"input.pii.enabled": "Detect PII in prompts", "input.pii.threshold": "PII detection threshold",
               "input.content.threshold": "Content threshold", "input.injection.threshold": "Injection threshold",
               "output.pii.enabled": "Scan responses for PII", "audit.retention_days": "Keep audit events for (days)",
               "audit.capture_content": "Store prompt and response text in the audit log",
               "residency.default_classification": "Default data classification", "name": "Title inside the document"}


def _resolve(schema: dict, node: dict) -> dict:
    ref = node.get("$ref")
    return schema["$defs"][ref.rsplit("/", 1)[1]] if ref else node


def _kind(prop: dict) -> tuple[str, tuple[str, ...]] | None:
    """The form field kind of a schema property, or None when it is not a simple setting."""
    options = tuple(prop.get("enum") or ())
    kind = prop.get("type")
    if kind is None and "anyOf" in prop:
        types = {alt.get("type") for alt in prop["anyOf"]}
        if types == {"string", "null"}:
            return "optional_text", ()
        return None
    if kind == "boolean":
        return "bool", ()
    if kind == "number":
        return "float", ()
    if kind == "integer":
        return "int", ()
    if kind == "string":
        return ("choice", options) if options else ("text", ())
    if kind == "array" and prop.get("items", {}).get("type") == "string":
        return "words", tuple(prop["items"].get("enum") or ())
    return None


def _setting(path: str, name: str, prop: dict, group: str) -> Setting | None:
    found = _kind(prop)
    if found is None:
        return None
    kind, options = found
    if kind == "words" and name in LINES:
        kind = "lines"
    hint = prop.get("description", "")
    if kind == "words":
        hint = (f"Any of: {', '.join(options)}. " if options else "") + "Comma-separated. " + hint
    elif kind == "lines":
        hint = "One per line. " + hint
    label = PATH_LABELS.get(path) or LABELS.get(name) or prop.get("title", name)
    if path.startswith("output.") and path not in PATH_LABELS:
        label = f"{label} (responses)"  # the prompt side's field has the same name
    return Setting(path=path, label=label, kind=kind, options=options,
                   hint=hint.strip(), group=group, minimum=prop.get("minimum"), maximum=prop.get("maximum"))


def _ordered(props: dict) -> list[str]:
    return [n for n in FIRST if n in props] + sorted(n for n in props if n not in FIRST)


@cache
def settings() -> tuple[Setting, ...]:
    """Every simple setting of the schema, grouped by guardrail (one group a fieldset)."""
    schema = json_schema()
    top = schema["properties"]
    found = [s for s in (_setting(name, name, top[name], "General") for name in ("name", "description")) if s]
    for section, section_title in SECTIONS:
        guardrails = _resolve(schema, top[section])["properties"]
        for guardrail in guardrails:
            resolved = _resolve(schema, guardrails[guardrail])
            if "properties" not in resolved:  # a setting of the whole section (e.g. output.max_held_chars)
                found.append(_setting(f"{section}.{guardrail}", guardrail, resolved, section_title))
                continue
            props = resolved["properties"]
            group = f"{section_title}: {GUARDRAILS.get(guardrail, guardrail)}"
            for name in _ordered(props):
                if name not in ROW_EDITED:
                    found.append(_setting(f"{section}.{guardrail}.{name}", name, props[name], group))
    for section, group in (("residency", "Residency"), ("audit", "Audit")):
        props = _resolve(schema, top[section])["properties"]
        found += [_setting(f"{section}.{name}", name, props[name], group) for name in _ordered(props)]
    return tuple(s for s in found if s is not None)


def get(document: dict, path: str) -> Any:
    node: Any = document
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def put(document: dict, path: str, value: Any) -> None:
    parts = path.split(".")
    node = document
    for part in parts[:-1]:
        child = node.get(part)
        if not isinstance(child, dict):
            child = {}
            node[part] = child
        node = child
    node[parts[-1]] = value
