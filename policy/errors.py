"""Errors raised by the policy library. Each carries a stable ``code`` that the gateway maps to
an HTTP status and the OpenAI error shape. Messages never contain prompt text or PII."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class PolicyErrorCode(StrEnum):
    """The codes of the policy library's errors (the gateway's registry gives them HTTP statuses)."""

    POLICY_ERROR = "policy_error"
    POLICY_INVALID = "policy_invalid"
    POLICY_TOO_LARGE = "policy_too_large"
    POLICY_TOO_DEEP = "policy_too_deep"
    POLICY_PATTERN_UNSUPPORTED = "policy_pattern_unsupported"
    GUARDRAIL_ERROR = "guardrail_error"
    UNKNOWN_DETECTOR = "unknown_detector"
    INVALID_CLASSIFICATION = "invalid_classification"
    INPUT_TOO_LARGE = "input_too_large"
    SCAN_TIMEOUT = "scan_timeout"
    SCAN_UNAVAILABLE = "scan_unavailable"


class BlockCode(StrEnum):
    """Why the policy refused a request or a response: the stable refusal codes."""

    CONTENT_BLOCKED = "content_blocked"
    PII_BLOCKED = "pii_blocked"
    PROMPT_INJECTION = "prompt_injection"
    RESIDENCY_VIOLATION = "residency_violation"
    GUARD_UNAVAILABLE = "guard_unavailable"
    OUTPUT_HOLD_EXCEEDED = "output_hold_exceeded"


class PolicyError(Exception):
    """Base class: ``code`` is stable and machine-readable, ``message`` is for developers."""

    code: PolicyErrorCode = PolicyErrorCode.POLICY_ERROR

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __reduce__(self):
        """Pickled with its attributes, not its constructor's arguments (scans in worker processes
        send their errors back whole)."""
        return _rebuilt, (type(self), self.args, self.__dict__)


def _rebuilt(cls: type[PolicyError], args: tuple, state: dict) -> PolicyError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


@dataclass(frozen=True)
class FieldError:
    """One validation problem, located by a dotted path such as ``input.pii.entities.EMAIL_ADDRESS.action``."""

    path: str
    message: str
    kind: str = "value_error"

    def to_dict(self) -> dict:
        return {"path": self.path, "message": self.message, "type": self.kind}


class PolicyValidationError(PolicyError):
    """The policy document does not validate; ``errors`` lists every problem with its field path."""

    code = PolicyErrorCode.POLICY_INVALID

    def __init__(self, errors: list[FieldError] | None = None, message: str | None = None):
        self.errors: list[FieldError] = list(errors or [])
        if message is None:
            shown = "; ".join(f"{e.path or '<root>'}: {e.message}" for e in self.errors[:5])
            more = f" (+{len(self.errors) - 5} more)" if len(self.errors) > 5 else ""
            message = f"invalid policy: {shown}{more}"
        super().__init__(message)


class PolicyTooLargeError(PolicyValidationError):
    """The policy text is larger than a policy document may be."""

    code = PolicyErrorCode.POLICY_TOO_LARGE


class PolicyTooDeepError(PolicyValidationError):
    """The policy nests mappings and lists deeper than a policy document may."""

    code = PolicyErrorCode.POLICY_TOO_DEEP


class PolicyPatternError(PolicyValidationError):
    """A pattern of the policy uses a construct the linear-time engine (RE2) cannot run
    (backreference, lookaround, possessive quantifier, ...); ``errors`` names it and its field."""

    code = PolicyErrorCode.POLICY_PATTERN_UNSUPPORTED


class DetectorError(PolicyError):
    """A detector failed while scanning. The pipeline records the guardrail as ``errored``."""

    code = PolicyErrorCode.GUARDRAIL_ERROR


class InputTooLargeError(PolicyError):
    """The request has more text than the scan budget allows; nothing was scanned."""

    code = PolicyErrorCode.INPUT_TOO_LARGE

    def __init__(self, *, chars: int, limit: int):
        super().__init__(f"the request has {chars} characters of text to check; the limit is {limit}: "
                         "send less text, or split it over several requests")
        self.chars, self.limit = chars, limit


class ScanTimeoutError(PolicyError):
    """Checking the request took more CPU time than the scan budget allows; it fails closed."""

    code = PolicyErrorCode.SCAN_TIMEOUT

    def __init__(self, *, limit: float):
        super().__init__(f"checking the request against the policy took longer than {limit:g} s of CPU "
                         "time and it was refused: send less text, or split it over several requests")
        self.limit = limit


class ScanWorkerLost(PolicyError):
    """The worker process scanning the request stopped before it answered; the request fails closed."""

    code = PolicyErrorCode.SCAN_UNAVAILABLE

    def __init__(self) -> None:
        super().__init__("the process checking the request against the policy stopped before it "
                         "answered, so the request was refused; retry it")


class UnknownDetectorError(PolicyError):
    code = PolicyErrorCode.UNKNOWN_DETECTOR


@dataclass
class BlockOutcome:
    """Why a request or response was refused, with one of the stable refusal codes."""

    code: BlockCode
    message: str
    guardrail: str | None = None
    details: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"code": self.code, "message": self.message, "guardrail": self.guardrail, "details": self.details}
