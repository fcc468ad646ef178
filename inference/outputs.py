"""Result objects returned by `LLM.generate` and streamed by `AsyncEngine.generate`."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Logprob:
    logprob: float
    rank: int
    decoded_token: str | None = None


# One entry per position: token id -> Logprob (the chosen/actual token plus the top-k).
LogprobsPosition = dict[int, Logprob]


@dataclass
class CompletionOutput:
    index: int
    text: str
    token_ids: list[int]
    logprobs: list[LogprobsPosition] | None = None
    finish_reason: str | None = None  # "stop" | "length" | "abort" | None while running
    stop_reason: int | str | None = None

    @property
    def finished(self) -> bool:
        return self.finish_reason is not None


@dataclass
class RequestOutput:
    request_id: str
    prompt: str | None
    prompt_token_ids: list[int]
    prompt_logprobs: list[LogprobsPosition | None] | None
    outputs: list[CompletionOutput] = field(default_factory=list)
    finished: bool = False
