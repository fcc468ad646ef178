"""Reading form fields into typed values with inline, per-field messages (never an exception)."""

from __future__ import annotations

import math

from sluice.gateway.console.web import sentence


class FormErrors(dict):
    """Field name -> message; ``_form`` holds a message about the whole form."""

    def add(self, field: str, message: str) -> None:
        self.setdefault(field, message)


def text(form: dict[str, str], name: str, errors: FormErrors, *, label: str, required: bool = False,
         max_len: int = 200) -> str:
    value = form.get(name, "").strip()
    if required and not value:
        errors.add(name, f"{label} is required.")
    elif len(value) > max_len:
        errors.add(name, f"{label} must be at most {max_len} characters.")
        value = value[:max_len]
    return value


def optional_int(form: dict[str, str], name: str, errors: FormErrors, *, label: str, minimum: int = 0,
                 maximum: int = 10**9) -> int | None:
    raw = form.get(name, "").strip()
    if not raw:
        return None
    try:
        value = int(raw)
    except ValueError:
        errors.add(name, f"{label} must be a whole number.")
        return None
    if not minimum <= value <= maximum:
        errors.add(name, f"{label} must be between {minimum} and {maximum}.")
        return None
    return value


def optional_float(form: dict[str, str], name: str, errors: FormErrors, *, label: str, minimum: float = 0.0,
                   maximum: float = 1e6) -> float | None:
    raw = form.get(name, "").strip()
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        errors.add(name, f"{label} must be a number.")
        return None
    if math.isnan(value) or not minimum <= value <= maximum:
        errors.add(name, f"{label} must be between {minimum:g} and {maximum:g}.")
        return None
    return value


def word_list(form: dict[str, str], name: str, *, max_items: int = 200) -> list[str]:
    """Comma- or line-separated words, stripped, empty ones dropped, order kept, no duplicates."""
    raw = form.get(name, "").replace("\n", ",")
    seen: list[str] = []
    for part in raw.split(","):
        part = part.strip()
        if part and part not in seen:
            seen.append(part[:200])
    return seen[:max_items]


def checkbox(form: dict[str, str], name: str) -> bool:
    return form.get(name, "") in ("on", "true", "1", "yes")


def apply_service_error(errors: FormErrors, exc, *, fields: tuple[str, ...]) -> None:
    """Place a service error (code, message, param) beside the field it names, else on the form."""
    param = getattr(exc, "param", None)
    errors.add(param if param in fields else "_form", sentence(getattr(exc, "message", str(exc))))
