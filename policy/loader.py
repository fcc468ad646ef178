"""Loading policy documents from YAML, JSON or a dict, with errors that name the field."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from sluice.policy import document_text
from sluice.policy.errors import FieldError, PolicyPatternError, PolicyValidationError
from sluice.policy.schema import PolicyDocument
from sluice.policy.schema.common import UNSUPPORTED_PATTERN

SCHEMA_FILE = Path(__file__).with_name("policy.schema.json")


def _path(loc: tuple) -> str:
    return ".".join(str(part) for part in loc)


def _field_errors(exc: ValidationError) -> list[FieldError]:
    errors = []
    for err in exc.errors(include_url=False, include_input=False):
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-")))
        message = err["msg"].removeprefix("Value error, ")
        errors.append(FieldError(path=_path(loc), message=message, kind=err["type"]))
    return errors


def parse_text(text: str) -> Any:
    """Parse JSON or YAML text (JSON is a subset of YAML, but JSON errors read better), within the
    limits of :mod:`sluice.policy.document_text` (size, nesting depth, no YAML aliases)."""
    document_text.check_size(text)
    stripped = text.lstrip()
    if stripped.startswith("{"):
        try:
            return document_text.load_json(text)
        except json.JSONDecodeError as exc:
            raise PolicyValidationError([FieldError("", f"invalid JSON at line {exc.lineno}: {exc.msg}", "json")]) from None
    try:
        return document_text.load_yaml(text) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise PolicyValidationError([FieldError("", f"invalid YAML{where}", "yaml")]) from None


def load_policy(source: str | bytes | dict | PolicyDocument) -> PolicyDocument:
    """Validate a policy given as YAML/JSON text, a dict, or an existing document.

    Raises :class:`PolicyValidationError` (code ``policy_invalid``) listing each problem with its
    dotted field path, e.g. ``input.pii.entities.EMAIL_ADDRESS.action``; its subclasses with the codes
    ``policy_too_large`` and ``policy_too_deep`` when the text breaks a limit of
    :mod:`sluice.policy.document_text`, and ``policy_pattern_unsupported`` when a regular expression
    needs a backtracking engine (:mod:`sluice.policy.linear`).
    """
    if isinstance(source, PolicyDocument):
        return source
    if isinstance(source, bytes):
        source = source.decode("utf-8")
    data = parse_text(source) if isinstance(source, str) else source
    if isinstance(data, dict) and document_text.object_depth(data) > document_text.MAX_DEPTH:
        raise document_text.too_deep()
    if not isinstance(data, dict):
        raise PolicyValidationError([FieldError("", "a policy must be a mapping (YAML/JSON object)", "type")])
    try:
        return PolicyDocument.model_validate(data)
    except ValidationError as exc:
        errors = _field_errors(exc)
        if any(e.kind == UNSUPPORTED_PATTERN for e in errors):
            raise PolicyPatternError(errors) from None
        raise PolicyValidationError(errors) from None


def default_policy_text() -> str:
    """The deployment's default policy as shipped (YAML, commented)."""
    return resources.files("sluice.policy").joinpath("default_policy.yaml").read_text(encoding="utf-8")


def default_policy() -> PolicyDocument:
    return load_policy(default_policy_text())


def dump_policy(policy: PolicyDocument, *, fmt: str = "yaml") -> str:
    data = policy.model_dump(mode="json")
    if fmt == "json":
        return json.dumps(data, indent=2, sort_keys=False)
    return yaml.safe_dump(data, sort_keys=False)


def json_schema() -> dict:
    """JSON Schema of the policy document, generated from the pydantic model."""
    schema = PolicyDocument.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://sluice.dev/schemas/policy.schema.json"
    return schema


def render_json_schema() -> str:
    return json.dumps(json_schema(), indent=2, sort_keys=True) + "\n"


def write_json_schema(path: Path = SCHEMA_FILE) -> Path:
    """Regenerate the published schema file: ``python -m policy.loader``."""
    path.write_text(render_json_schema(), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(write_json_schema())
