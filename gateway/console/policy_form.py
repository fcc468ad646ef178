"""The policy editor's form: every simple setting of the schema, and row editors for denied topics
and per-entity PII rules, mapped onto document paths.

Each field is named by its dotted path in the document, so the schema's validation errors (which
carry that path) land beside the right field. A field the submitted form does not carry leaves its
setting as it is; an on/off setting the page showed (listed in ``_shown_bools``) and left unticked
is turned off.
"""

from __future__ import annotations

import copy
from typing import Any

from sluice.gateway.console import forms
from sluice.gateway.console.policy_fields import Setting, get, put, settings
from sluice.gateway.console.policy_rows import EDITORS

SHOWN_BOOLS = "_shown_bools"  # hidden field: the on/off settings the form showed


def values_of(document: dict) -> dict[str, Any]:
    """Current values of the plain fields, as the form shows them."""
    out: dict[str, Any] = {}
    for setting in settings():
        value = get(document, setting.path)
        if setting.kind == "words":
            value = ", ".join(value or [])
        elif setting.kind == "lines":
            value = "\n".join(value or [])
        out[setting.path] = value
    return out


def rows_of(document: dict) -> list[tuple[Any, list[dict[str, str]]]]:
    """(editor, its rows) for each row editor."""
    return [(editor, editor.rows(document)) for editor in EDITORS]


def entered(form: dict[str, str], document: dict) -> dict[str, Any]:
    """What the page shows again after a refused save: the values as typed (on/off as ticked)."""
    values = values_of(document)
    shown = set(form.get(SHOWN_BOOLS, "").split(","))
    for s in settings():
        if s.kind == "bool" and (s.path in form or s.path in shown):
            values[s.path] = forms.checkbox(form, s.path)
        elif s.kind != "bool" and s.path in form:
            values[s.path] = form[s.path]
    return values


def entered_rows(form: dict[str, str], document: dict) -> list[tuple[Any, list[dict[str, str]]]]:
    return [(e, e.typed_rows(form) if e.submitted(form) else e.rows(document)) for e in EDITORS]


def shown_bools() -> str:
    return ",".join(s.path for s in settings() if s.kind == "bool")


def _value(s: Setting, form: dict[str, str], errors: forms.FormErrors) -> Any:
    if s.kind == "float":
        low, high = s.minimum if s.minimum is not None else 0.0, s.maximum if s.maximum is not None else 1e6
        value = forms.optional_float(form, s.path, errors, label=s.label, minimum=low, maximum=high)
    elif s.kind == "int":
        low, high = int(s.minimum or 0), int(s.maximum or 10**9)
        value = forms.optional_int(form, s.path, errors, label=s.label, minimum=low, maximum=high)
    elif s.kind == "choice":
        value = form.get(s.path, "")
        if value not in s.options:
            errors.add(s.path, f"Choose one of: {', '.join(s.options)}.")
        return value
    elif s.kind == "words":
        value = forms.word_list(form, s.path)
        unknown = [v for v in value if s.options and v not in s.options]
        if unknown:
            errors.add(s.path, f"{s.label}: {', '.join(unknown)} is not one of {', '.join(s.options)}.")
        return value
    elif s.kind == "lines":
        return [line.strip() for line in form.get(s.path, "").splitlines() if line.strip()]
    elif s.kind == "optional_text":
        return forms.text(form, s.path, errors, label=s.label, max_len=500) or None
    else:
        return forms.text(form, s.path, errors, label=s.label, required=s.path == "name", max_len=500)
    if value is None and s.path not in errors:
        errors.add(s.path, f"{s.label} is required.")
    return value


def apply(document: dict, form: dict[str, str], errors: forms.FormErrors) -> dict:
    """A copy of ``document`` with the submitted settings written in; problems go to ``errors``."""
    updated = copy.deepcopy(document)
    shown = set(form.get(SHOWN_BOOLS, "").split(","))
    for s in settings():
        if s.kind == "bool":
            if s.path in form or s.path in shown:
                put(updated, s.path, forms.checkbox(form, s.path))
            continue
        if s.path not in form:
            continue
        value = _value(s, form, errors)
        if s.path not in errors:
            put(updated, s.path, value)
    for editor in EDITORS:
        editor.apply(updated, form, errors)
    return updated


def groups() -> list[tuple[str, list[Setting]]]:
    ordered: dict[str, list[Setting]] = {}
    for setting in settings():
        ordered.setdefault(setting.group, []).append(setting)
    return list(ordered.items())
