"""Per-request bookkeeping in the engine: choices, detokenizers, stop conditions, outputs."""

from __future__ import annotations

from dataclasses import dataclass, field

from sluice.inference.detokenizer import IncrementalDetokenizer
from sluice.inference.outputs import CompletionOutput, Logprob, LogprobsPosition, RequestOutput
from sluice.inference.sampler import TokenLogprobs
from sluice.inference.sampling_params import SamplingParams
from sluice.inference.sequence import Sequence
from sluice.inference.tokenizer import Tokenizer


@dataclass
class Choice:
    seq: Sequence
    detok: IncrementalDetokenizer
    text: str = ""
    logprobs: list[LogprobsPosition] | None = None
    finish_reason: str | None = None
    stop_reason: int | str | None = None


@dataclass
class RequestState:
    request_id: str
    prompt: str | None
    prompt_token_ids: list[int]
    params: SamplingParams
    choices: list[Choice] = field(default_factory=list)
    prompt_logprobs: list[LogprobsPosition | None] | None = None
    max_model_len: int = 0
    eos_token_ids: frozenset[int] = frozenset()

    @property
    def finished(self) -> bool:
        return all(c.finish_reason is not None for c in self.choices)

    def add_prompt_logprobs(self, items: list[TokenLogprobs], tokenizer: Tokenizer) -> None:
        if self.prompt_logprobs is None:
            self.prompt_logprobs = [None]
        self.prompt_logprobs.extend(position(item, tokenizer) for item in items)

    def add_token(
        self, choice: Choice, token_id: int, lp: TokenLogprobs | None, tokenizer: Tokenizer
    ) -> None:
        """Record one sampled token and decide whether the choice is finished."""
        params, seq = self.params, choice.seq
        seq.append_token(token_id)
        if lp is not None:
            if choice.logprobs is None:
                choice.logprobs = []
            choice.logprobs.append(position(lp, tokenizer))
        if not params.ignore_eos and token_id in self.eos_token_ids:
            choice.finish_reason = "stop"
            return
        if token_id in params.stop_token_ids:
            choice.finish_reason, choice.stop_reason = "stop", token_id
            return
        before = len(choice.text)
        choice.text += choice.detok.add(token_id)
        if params.stop_strings and self._check_stop_strings(choice, before):
            return
        if params.max_tokens is not None and seq.num_output_tokens >= params.max_tokens:
            choice.finish_reason = "length"
        elif seq.num_tokens >= self.max_model_len:
            choice.finish_reason = "length"
        if choice.finish_reason is not None:
            choice.text += choice.detok.flush()
            if params.stop_strings:
                self._check_stop_strings(choice, before)

    def _check_stop_strings(self, choice: Choice, before: int) -> bool:
        longest = max(len(s) for s in self.params.stop_strings)
        start = max(0, before - longest + 1)
        best = None
        for stop in self.params.stop_strings:
            idx = choice.text.find(stop, start)
            if idx != -1 and (best is None or idx < best[0]):
                best = (idx, stop)
        if best is None:
            return False
        choice.text = choice.text[: best[0]]
        choice.finish_reason, choice.stop_reason = "stop", best[1]
        return True

    def output(self) -> RequestOutput:
        hold = max((len(s) for s in self.params.stop_strings), default=1) - 1
        outputs = []
        for i, c in enumerate(self.choices):
            text = (
                c.text if c.finish_reason is not None or hold == 0 else c.text[: max(0, len(c.text) - hold)]
            )
            outputs.append(
                CompletionOutput(
                    index=i,
                    text=text,
                    token_ids=c.seq.output_token_ids,
                    logprobs=list(c.logprobs) if c.logprobs is not None else None,
                    finish_reason=c.finish_reason,
                    stop_reason=c.stop_reason,
                )
            )
        return RequestOutput(
            request_id=self.request_id,
            prompt=self.prompt,
            prompt_token_ids=self.prompt_token_ids,
            prompt_logprobs=list(self.prompt_logprobs) if self.prompt_logprobs is not None else None,
            outputs=outputs,
            finished=self.finished,
        )


def position(item: TokenLogprobs, tokenizer: Tokenizer) -> LogprobsPosition:
    entry = {item.token_id: Logprob(item.logprob, item.rank, tokenizer.decode_token(item.token_id))}
    for rank, (tok, lp) in enumerate(item.top, start=1):
        if tok not in entry:
            entry[tok] = Logprob(lp, rank, tokenizer.decode_token(tok))
    return entry
