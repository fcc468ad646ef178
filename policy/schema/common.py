"""Shared building blocks of the policy schema."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from pydantic_core import PydanticCustomError

from sluice.policy.linear import UnsupportedPattern, check_pattern

Action = Literal["block", "redact", "mask", "flag", "allow"]
"""What a triggered guardrail does: refuse, replace the span by a tag, partially hide it,
record it only, or explicitly allow it."""

Score = Annotated[float, Field(ge=0.0, le=1.0)]

UNSUPPORTED_PATTERN = "unsupported_pattern"
"""The validation error type of a pattern the linear-time engine cannot run."""

ENTITY_NAME = re.compile(r"^[A-Z][A-Z0-9_]{1,63}$")


class StrictModel(BaseModel):
    """Unknown keys are errors (a typo must not silently disable a guardrail)."""

    model_config = ConfigDict(extra="forbid", validate_default=True, populate_by_name=True)


class Guardrail(StrictModel):
    """Fields every guardrail has."""

    enabled: bool = Field(True, description="Run this guardrail.")
    threshold: Score = Field(0.5, description="Score at or above which the guardrail triggers (0..1).")
    action: Action = Field("block", description="What happens when the guardrail triggers.")
    fail_open: bool = Field(
        False,
        description="If the detector errors, let the request through (recorded as errored). "
        "Default false: an erroring guardrail blocks.",
    )


PRESIDIO_FLAGS = re.DOTALL | re.MULTILINE | re.IGNORECASE
"""The flags Presidio matches recognizer patterns with (custom recognizers run with them too)."""


def check_regex(value: str, flags: int = 0) -> str:
    """A policy pattern must run on the linear-time engine (RE2). A construct that needs backtracking
    is an ``unsupported_pattern`` error (code ``policy_pattern_unsupported``), naming the construct."""
    try:
        return check_pattern(value, flags)
    except UnsupportedPattern as exc:
        if exc.construct is None and str(exc).startswith("not a valid"):
            raise ValueError(str(exc)) from None
        raise PydanticCustomError(UNSUPPORTED_PATTERN, "{reason}", {"reason": str(exc)}) from None


PolicyPattern = Annotated[str, AfterValidator(check_regex)]
"""A regular expression of a policy (Python syntax), checked to run on RE2."""

RecognizerPattern = Annotated[str, AfterValidator(lambda value: check_regex(value, PRESIDIO_FLAGS))]
"""A custom recognizer's regular expression (matched with Presidio's flags)."""


class RegexList(StrictModel):
    patterns: list[PolicyPattern] = Field(default_factory=list)
