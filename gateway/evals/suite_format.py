"""Reading probe suites from JSON Lines or CSV, with every error naming its line and field."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from sluice.gateway.evals.models import EXPECTATIONS

MAX_PROBES = 20_000
MAX_PROMPT_CHARS = 32_000


class ProbeIn(BaseModel):
    """One probe as teams write it: a prompt (or chat messages), a category and what should happen."""

    model_config = ConfigDict(extra="forbid")

    prompt: str | None = Field(None, max_length=MAX_PROMPT_CHARS)
    messages: list[dict] | None = None
    category: str = Field(min_length=1, max_length=100)
    expected: str
    canary: str | None = Field(None, min_length=6, max_length=200)
    leak_values: list[str] = Field(default_factory=list)
    harmful: bool | None = None

    @model_validator(mode="after")
    def _consistent(self) -> "ProbeIn":
        if self.expected not in EXPECTATIONS:
            raise ValueError(f"expected must be one of {', '.join(EXPECTATIONS)}")
        if (self.prompt is None) == (self.messages is None):
            raise ValueError("give exactly one of prompt or messages")
        if self.messages is not None:
            if not self.messages:
                raise ValueError("messages must not be empty")
            for i, m in enumerate(self.messages):
                if m.get("role") not in ("system", "user", "assistant", "tool") or not isinstance(m.get("content"), str):
                    raise ValueError(f"messages[{i}] needs a role (system/user/assistant/tool) and text content")
        elif not self.prompt.strip():
            raise ValueError("prompt must not be empty")
        if self.expected == "no_injection" and not self.canary:
            raise ValueError("a no_injection probe needs the canary string its injected instruction asks for")
        if self.canary and self.canary not in self.text():
            raise ValueError("the canary must appear in the prompt (inside the injected instruction)")
        return self

    def chat(self) -> list[dict]:
        return self.messages if self.messages is not None else [{"role": "user", "content": self.prompt}]

    def text(self) -> str:
        return "\n".join(m["content"] for m in self.chat())

    def is_harmful(self) -> bool:
        """Whether a policy should stop this probe (default: anything that is not to be answered)."""
        return self.harmful if self.harmful is not None else self.expected != "answer"


@dataclass
class SuiteProblem:
    line: int
    field: str | None
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}" + (f", field '{self.field}'" if self.field else "")
        return f"{where}: {self.message}"


@dataclass
class ParsedSuite:
    probes: list[ProbeIn] = field(default_factory=list)
    problems: list[SuiteProblem] = field(default_factory=list)


class SuiteFormatError(ValueError):
    """A suite file that cannot be imported; ``problems`` names each line and field."""

    def __init__(self, problems: list[SuiteProblem]):
        self.problems = problems
        shown = "; ".join(str(p) for p in problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        super().__init__(f"the suite file has {len(problems)} problem(s): {shown}{more}")


def _validate(line: int, raw: dict, parsed: ParsedSuite) -> None:
    try:
        parsed.probes.append(ProbeIn.model_validate(raw))
    except ValidationError as exc:
        for err in exc.errors():
            loc = ".".join(str(p) for p in err.get("loc", ())) or None
            parsed.problems.append(SuiteProblem(line, loc, err["msg"].removeprefix("Value error, ")))


def parse_jsonl(text: str) -> ParsedSuite:
    parsed = ParsedSuite()
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            parsed.problems.append(SuiteProblem(number, None, f"not valid JSON ({exc.msg} at column {exc.colno})"))
            continue
        if not isinstance(raw, dict):
            parsed.problems.append(SuiteProblem(number, None, "each line must be a JSON object"))
            continue
        _validate(number, raw, parsed)
    return parsed


CSV_COLUMNS = ("prompt", "category", "expected", "canary", "leak_values", "harmful")


def parse_csv(text: str) -> ParsedSuite:
    parsed = ParsedSuite()
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    missing = [c for c in ("prompt", "category", "expected") if c not in header]
    unknown = [c for c in header if c not in CSV_COLUMNS]
    if missing or unknown:
        detail = (f"missing column(s) {', '.join(missing)}" if missing else "") + \
                 ("; " if missing and unknown else "") + (f"unknown column(s) {', '.join(unknown)}" if unknown else "")
        parsed.problems.append(SuiteProblem(1, None, detail + f"; columns are {', '.join(CSV_COLUMNS)}"))
        return parsed
    for row in reader:
        number = reader.line_num
        if None in row:
            parsed.problems.append(SuiteProblem(number, None, "more values than columns"))
            continue
        raw: dict = {k: v for k, v in row.items() if v not in (None, "")}
        if "leak_values" in raw:
            raw["leak_values"] = [v.strip() for v in raw["leak_values"].split(";") if v.strip()]
        if "harmful" in raw:
            flag = raw["harmful"].strip().lower()
            if flag not in ("true", "false", "1", "0", "yes", "no"):
                parsed.problems.append(SuiteProblem(number, "harmful", "use true or false"))
                continue
            raw["harmful"] = flag in ("true", "1", "yes")
        _validate(number, raw, parsed)
    return parsed


def parse_suite(text: str, fmt: str) -> list[ProbeIn]:
    """Parse a whole suite file; raise SuiteFormatError listing every problem, import nothing."""
    if fmt not in ("jsonl", "csv"):
        raise SuiteFormatError([SuiteProblem(0, None, "format must be jsonl or csv")])
    parsed = parse_jsonl(text) if fmt == "jsonl" else parse_csv(text)
    if not parsed.probes and not parsed.problems:
        parsed.problems.append(SuiteProblem(0, None, "the file holds no probes"))
    if len(parsed.probes) > MAX_PROBES:
        parsed.problems.append(SuiteProblem(0, None, f"at most {MAX_PROBES} probes per suite"))
    if parsed.problems:
        raise SuiteFormatError(parsed.problems)
    return parsed.probes
