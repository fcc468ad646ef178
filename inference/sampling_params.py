"""Per-request sampling settings with vLLM semantics, validated on construction."""

from __future__ import annotations

from dataclasses import dataclass, field

from sluice.inference.errors import SamplingParamsError

_GREEDY_EPS = 1e-5
MAX_LOGPROBS = 20


@dataclass
class SamplingParams:
    n: int = 1
    max_tokens: int | None = 16
    temperature: float = 1.0
    top_p: float = 1.0
    top_k: int = -1
    seed: int | None = None
    stop: str | list[str] | None = None
    stop_token_ids: list[int] | None = None
    logprobs: int | None = None
    prompt_logprobs: int | None = None
    ignore_eos: bool = False
    stop_strings: list[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._check_int("n", self.n, minimum=1)
        if self.max_tokens is not None:
            self._check_int("max_tokens", self.max_tokens, minimum=1)
        if (
            not isinstance(self.temperature, (int, float))
            or isinstance(self.temperature, bool)
            or not (0.0 <= float(self.temperature) <= 100.0)
        ):
            raise SamplingParamsError(f"temperature must be a number in [0, 100], got {self.temperature!r}")
        if (
            not isinstance(self.top_p, (int, float))
            or isinstance(self.top_p, bool)
            or not (0.0 < float(self.top_p) <= 1.0)
        ):
            raise SamplingParamsError(f"top_p must be in (0, 1], got {self.top_p!r}")
        if (
            not isinstance(self.top_k, int)
            or isinstance(self.top_k, bool)
            or (self.top_k < 1 and self.top_k != -1)
        ):
            raise SamplingParamsError(f"top_k must be -1 (disabled) or at least 1, got {self.top_k!r}")
        if self.seed is not None:
            self._check_int("seed", self.seed, minimum=0)
        for name in ("logprobs", "prompt_logprobs"):
            value = getattr(self, name)
            if value is not None:
                self._check_int(name, value, minimum=0)
                if value > MAX_LOGPROBS:
                    raise SamplingParamsError(f"{name} must be at most {MAX_LOGPROBS}, got {value}")
        if self.stop is None:
            self.stop_strings = []
        elif isinstance(self.stop, str):
            self.stop_strings = [self.stop]
        elif isinstance(self.stop, (list, tuple)) and all(isinstance(s, str) for s in self.stop):
            self.stop_strings = list(self.stop)
        else:
            raise SamplingParamsError("stop must be a string or a list of strings")
        if any(s == "" for s in self.stop_strings):
            raise SamplingParamsError("stop strings must not be empty")
        if self.stop_token_ids is not None:
            if not isinstance(self.stop_token_ids, (list, tuple)) or not all(
                isinstance(t, int) and not isinstance(t, bool) and t >= 0 for t in self.stop_token_ids
            ):
                raise SamplingParamsError("stop_token_ids must be a list of non-negative integers")
            self.stop_token_ids = list(self.stop_token_ids)
        else:
            self.stop_token_ids = []

    @staticmethod
    def _check_int(name: str, value: object, *, minimum: int) -> None:
        if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
            raise SamplingParamsError(f"{name} must be an integer >= {minimum}, got {value!r}")

    @property
    def greedy(self) -> bool:
        return float(self.temperature) < _GREEDY_EPS
