"""The "common settings" form of the policy editor: a few fields mapped onto document paths.

Everything else stays as written in the YAML view. Each field is named by its dotted path in the
document, so the schema's validation errors (which carry that path) land beside the right field.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from sluice.gateway.console import forms

ACTIONS = ("block", "redact", "mask", "flag", "allow")
GUARD_ACTIONS = ("block", "flag", "allow")


@dataclass(frozen=True)
class Setting:
    path: str
    label: str
    kind: str  # "bool" | "float" | "int" | "choice" | "text" | "words"
    options: tuple[str, ...] = ()
    hint: str = ""
    group: str = ""


SETTINGS = (
    Setting("name", "Title inside the document", "text", hint="Shown in decision records", group="General"),
    Setting("input.pii.enabled", "Detect PII in prompts", "bool", group="PII in prompts"),
    Setting("input.pii.action", "Default action for PII", "choice", ACTIONS, "Per-entity rules in the YAML override it",
            group="PII in prompts"),
    Setting("input.pii.threshold", "PII detection threshold", "float", hint="0 to 1; lower finds more",
            group="PII in prompts"),
    Setting("input.content.enabled", "Filter harmful content", "bool", group="Content and attacks"),
    Setting("input.content.threshold", "Content threshold", "float", hint="0 to 1", group="Content and attacks"),
    Setting("input.content.action", "Content action", "choice", GUARD_ACTIONS, group="Content and attacks"),
    Setting("input.injection.enabled", "Detect prompt injection", "bool", group="Content and attacks"),
    Setting("input.injection.threshold", "Injection threshold", "float", hint="0 to 1", group="Content and attacks"),
    Setting("input.words.words", "Blocked words", "words", hint="Comma-separated", group="Content and attacks"),
    Setting("output.pii.enabled", "Scan responses for PII", "bool", group="Responses"),
    Setting("output.refusal.action", "When the model refuses", "choice", ("flag", "allow"), group="Responses"),
    Setting("residency.default_classification", "Default data classification", "text",
            hint="One of the classifications defined in the YAML, e.g. internal", group="Residency and audit"),
    Setting("audit.capture_content", "Store prompt and response text in the audit log", "bool",
            hint="Off: only hashes are kept", group="Residency and audit"),
    Setting("audit.retention_days", "Keep audit events for (days)", "int", hint="1 to 3650",
            group="Residency and audit"),
)


def _get(document: dict, path: str) -> Any:
    node: Any = document
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def _set(document: dict, path: str, value: Any) -> None:
    parts = path.split(".")
    node = document
    for part in parts[:-1]:
        child = node.get(part)
        if not isinstance(child, dict):
            child = {}
            node[part] = child
        node = child
    node[parts[-1]] = value


def values_of(document: dict) -> dict[str, Any]:
    """Current values of the form fields, as the form shows them."""
    out: dict[str, Any] = {}
    for setting in SETTINGS:
        value = _get(document, setting.path)
        if setting.kind == "words":
            value = ", ".join(value or [])
        out[setting.path] = value
    return out


def apply(document: dict, form: dict[str, str], errors: forms.FormErrors) -> dict:
    """A copy of ``document`` with the submitted settings written in; problems go to ``errors``."""
    updated = copy.deepcopy(document)
    for s in SETTINGS:
        if s.kind == "bool":
            value: Any = forms.checkbox(form, s.path)
        elif s.kind == "float":
            value = forms.optional_float(form, s.path, errors, label=s.label, minimum=0.0, maximum=1.0)
            if value is None and s.path not in errors:
                errors.add(s.path, f"{s.label} is required.")
        elif s.kind == "int":
            value = forms.optional_int(form, s.path, errors, label=s.label, minimum=1, maximum=3650)
            if value is None and s.path not in errors:
                errors.add(s.path, f"{s.label} is required.")
        elif s.kind == "choice":
            value = form.get(s.path, "")
            if value not in s.options:
                errors.add(s.path, f"Choose one of: {', '.join(s.options)}.")
        elif s.kind == "words":
            value = forms.word_list(form, s.path)
        else:
            value = forms.text(form, s.path, errors, label=s.label, required=True, max_len=200)
        if s.path not in errors:
            _set(updated, s.path, value)
    return updated


def groups() -> list[tuple[str, list[Setting]]]:
    ordered: dict[str, list[Setting]] = {}
    for setting in SETTINGS:
        ordered.setdefault(setting.group, []).append(setting)
    return list(ordered.items())
