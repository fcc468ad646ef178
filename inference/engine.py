"""The synchronous engine: admits requests, runs scheduler steps, turns tokens into outputs."""

from __future__ import annotations

import itertools
import logging
import sys
import time
from pathlib import Path

import torch

from sluice.inference import ops
from sluice.inference.block_manager import salt_root
from sluice.inference.architectures import (AnyModelConfig, build_runner, chat_format, default_chat_template,
                                            load_config, reply_markup)
from sluice.inference.detokenizer import IncrementalDetokenizer
from sluice.inference.engine_config import EngineConfig
from sluice.inference.errors import (
    ConfigError,
    DuplicateRequestError,
    EmptyPromptError,
    EngineStepError,
    InferenceErrorCode,
    InvalidRequestError,
    KVCacheExhaustedError,
    PromptTooLongError,
    UnknownTokenError,
)
from sluice.inference.forward_batch import step_order
from sluice.inference.generation_config import sampling_defaults
from sluice.inference.outputs import RequestOutput
from sluice.inference.parallel import ParallelContext
from sluice.inference.request_state import Choice, RequestState
from sluice.inference.sampling_params import SamplingParams
from sluice.inference.scheduler import Scheduler, SchedulerConfig
from sluice.inference.sequence import Sequence
from sluice.inference.tokenizer import Tokenizer


logger = logging.getLogger(__name__)


class LLMEngine:
    def __init__(
        self,
        model_dir: str | Path,
        *,
        device: str = "cpu",
        dtype: str = "auto",
        parallel: ParallelContext | None = None,
        **engine_args,
    ) -> None:
        self.model_dir = Path(model_dir)
        self.config = EngineConfig.from_kwargs(**engine_args)
        self.model_config: AnyModelConfig = load_config(self.model_dir)
        cfg = self.model_config
        self.chat_format = chat_format(cfg)  # how replies are parsed (None: plain text)
        self.sampling_defaults = sampling_defaults(self.model_dir)  # what a request leaves out
        self.tokenizer = Tokenizer(self.model_dir, default_chat_template=default_chat_template(cfg),
                                   markup=reply_markup(cfg))
        self.model_name = self.config.model_name or self.model_dir.name
        self.max_model_len = self.config.max_model_len or cfg.max_position_embeddings
        if self.max_model_len > cfg.max_position_embeddings:
            raise ConfigError(
                f"max_model_len {self.max_model_len} exceeds the model's max_position_embeddings "
                f"{cfg.max_position_embeddings}"
            )
        self.eos_token_ids = frozenset(cfg.eos_token_ids) | (
            {self.tokenizer.eos_token_id} if self.tokenizer.eos_token_id is not None else set()
        )
        block_size = self.config.block_size
        self.parallel = parallel or ParallelContext()
        self.runner = build_runner(
            self.model_dir, self.config, cfg, device=device, dtype=dtype, parallel=self.parallel
        )
        self.device, self.dtype = self.runner.device, self.runner.dtype
        self.kernel_backend = ops.active_backend()
        # every rank must allocate the same cache: the leader decides
        num_blocks = self.parallel.broadcast_object(self._num_blocks(block_size))
        self.runner.allocate_cache(num_blocks)
        self.graph_sizes: list[int] = []  # decode batch sizes replayed from CUDA graphs
        if self.config.cuda_graphs:
            self.graph_sizes = self.runner.capture_decode_graphs(
                max_batch=self.config.max_num_seqs, max_blocks=-(-self.max_model_len // block_size)
            )
        prefix_caching = self.config.enable_prefix_caching and self.runner.supports_prefix_caching
        self.block_manager = self.runner.make_block_manager(num_blocks, enable_prefix_caching=prefix_caching)
        if self.parallel.rank == 0:
            line = self.block_manager.capacity_line()
            logger.info(line)
            if self.config.load_progress:
                print(line, file=sys.stderr)
        self.scheduler = Scheduler(
            SchedulerConfig(
                max_num_seqs=self.config.max_num_seqs,
                max_num_batched_tokens=self.config.max_num_batched_tokens,
                max_prefill_chunk=self.config.max_prefill_chunk,
            ),
            self.block_manager,
        )
        self.requests: dict[str, RequestState] = {}
        self._seq_ids = itertools.count()

    def _num_blocks(self, block_size: int) -> int:
        if self.config.num_kv_blocks:
            return self.config.num_kv_blocks
        per_block = self.runner.bytes_per_block(self.model_config, block_size, self.dtype)
        if self.device.type == "cuda":
            free, _ = torch.cuda.mem_get_info(self.device)  # after the weights are loaded
            budget = int(free * self.config.gpu_memory_utilization)
        else:
            budget = self.config.kv_cache_memory_mb * 2**20
        budget -= self.runner.fixed_cache_bytes()
        if budget < per_block:
            raise ConfigError(
                f"the KV-cache budget of {budget + self.runner.fixed_cache_bytes()} bytes does not cover "
                f"the per-sequence state ({self.runner.fixed_cache_bytes()} bytes) plus one block; "
                "raise the cache memory or lower max_num_seqs",
                code=InferenceErrorCode.INVALID_ENGINE_ARG,
            )
        most_useful = self.config.max_num_seqs * ((self.max_model_len + block_size - 1) // block_size) + 1
        return max(1, min(budget // per_block, most_useful))

    # -- requests ----------------------------------------------------------------------------------
    def tokenize_prompt(self, prompt: str | list[int]) -> tuple[str | None, list[int]]:
        if isinstance(prompt, str):
            if not prompt:
                raise EmptyPromptError("prompt is empty")
            return prompt, self.tokenizer.encode(prompt)
        if not isinstance(prompt, (list, tuple)) or not all(
            isinstance(t, int) and not isinstance(t, bool) for t in prompt
        ):
            raise InvalidRequestError("prompt must be a string or a list of token ids",
                                      code=InferenceErrorCode.INVALID_PROMPT)
        return None, list(prompt)

    def add_request(
        self,
        request_id: str,
        prompt: str | list[int],
        params: SamplingParams | None = None,
        *,
        cache_salt: str | None = None,
    ) -> None:
        """Queue a request. Requests share prefix-cache blocks only when their `cache_salt` is equal
        (None is a salt of its own): give each tenant its own salt to keep their caches apart."""
        params = params or SamplingParams(**self.sampling_defaults)
        if not isinstance(params, SamplingParams):
            raise InvalidRequestError("params must be a SamplingParams",
                                      code=InferenceErrorCode.INVALID_SAMPLING_PARAMS)
        if cache_salt is not None and (not isinstance(cache_salt, str) or not cache_salt):
            raise InvalidRequestError(
                "cache_salt must be a non-empty string when given", code=InferenceErrorCode.INVALID_CACHE_SALT
            )
        if request_id in self.requests:
            raise DuplicateRequestError(f"request id {request_id!r} is already running")
        text, ids = self.tokenize_prompt(prompt)
        vocab = self.model_config.vocab_size
        if not ids:
            raise EmptyPromptError("prompt has no tokens")
        bad = [t for t in ids if not 0 <= t < vocab]
        if bad:
            raise UnknownTokenError(
                f"prompt contains token ids outside the vocabulary [0, {vocab}): {bad[:5]}"
            )
        bad_stop = [t for t in params.stop_token_ids if t >= vocab]
        if bad_stop:
            raise UnknownTokenError(f"stop_token_ids outside the vocabulary [0, {vocab}): {bad_stop[:5]}")
        limit = self.max_model_len
        if len(ids) >= limit:
            raise PromptTooLongError(
                f"prompt has {len(ids)} tokens; this model's context is {limit} tokens, so at most "
                f"{limit - 1} prompt tokens leave room for an answer"
            )
        max_tokens = params.max_tokens if params.max_tokens is not None else limit - len(ids)
        if len(ids) + max_tokens > limit:
            raise PromptTooLongError(
                f"prompt ({len(ids)} tokens) plus max_tokens ({max_tokens}) exceeds the context "
                f"of {limit} tokens"
            )
        bs = self.config.block_size
        needed = (len(ids) + max_tokens + bs - 1) // bs
        if needed > self.block_manager.num_blocks:
            raise KVCacheExhaustedError(
                f"request needs {needed} KV-cache blocks but the cache holds "
                f"{self.block_manager.num_blocks}; lower max_tokens or the prompt length"
            )
        state = RequestState(
            request_id, text, ids, params, max_model_len=limit, eos_token_ids=self.eos_token_ids
        )
        now, root = time.monotonic(), salt_root(cache_salt)
        for index in range(params.n):
            seq = Sequence(
                next(self._seq_ids),
                ids,
                block_size=bs,
                max_tokens=max_tokens,
                use_prefix_cache=params.prompt_logprobs is None,
                arrival=now,
                cache_root=root,
            )
            seq.params = params
            if params.seed is not None:
                seq.generator = torch.Generator(device=self.device)
                seq.generator.manual_seed(params.seed + index)
            seq.request_id = request_id
            if index > 0:
                seq.prompt_logprobs_done = len(ids)  # the first choice reports the prompt logprobs
            state.choices.append(Choice(seq, IncrementalDetokenizer(self.tokenizer, ids)))
        self.requests[request_id] = state
        for choice in state.choices:
            self.scheduler.add(choice.seq)

    def abort(self, request_id: str) -> RequestOutput | None:
        """End a request and free its blocks. Returns its final output (what was generated so far,
        unfinished choices with finish_reason "abort"), or None if the request is not running."""
        state = self.requests.pop(request_id, None)
        if state is None:
            return None
        for choice in state.choices:
            self.scheduler.finish(choice.seq)
            self.runner.release(choice.seq.seq_id)
            if choice.finish_reason is None:
                choice.finish_reason = "abort"
        return state.output()

    def has_unfinished(self) -> bool:
        return bool(self.requests)

    # -- stepping ----------------------------------------------------------------------------------
    def step(self, *, finished_only: bool = False) -> list[RequestOutput]:
        """Run one batch. Returns an output for every request that progressed (cumulative), or with
        `finished_only` for the requests that finished in this step only (a caller that streams nothing
        skips building the others' outputs).

        If the model step itself fails, the requests in the batch are ended and EngineStepError
        (with `.request_ids`) is raised; the engine stays usable for the others."""
        batch = self.scheduler.schedule()
        if not batch:
            return []
        order = step_order(batch.seqs, batch.num_new_tokens, self.runner.block_tables)
        seqs = [batch.seqs[i] for i in order]
        num_new = [batch.num_new_tokens[i] for i in order]
        try:
            results = self.runner.execute(seqs, num_new)
        except Exception as exc:
            failed = sorted({s.request_id for s in seqs})
            for rid in failed:
                self.abort(rid)
            error = EngineStepError(f"model step failed: {type(exc).__name__}: {exc}")
            error.request_ids = failed
            raise error from exc
        self.scheduler.on_step_done(batch)
        touched: dict[str, RequestState] = {}
        for seq, res in zip(seqs, results):
            state = self.requests[seq.request_id]
            if res.prompt_logprobs:
                state.add_prompt_logprobs(res.prompt_logprobs, self.tokenizer)
                seq.prompt_logprobs_done = seq.num_computed_tokens
            if res.token_id is None:
                continue
            choice = next(c for c in state.choices if c.seq is seq)
            state.add_token(choice, res.token_id, res.logprobs, self.tokenizer)
            if choice.finish_reason is not None:
                self.scheduler.finish(seq)
                self.runner.release(seq.seq_id)
            touched[state.request_id] = state
        outputs = []
        for rid, state in touched.items():
            if state.finished:
                outputs.append(state.output())
                del self.requests[rid]
            elif not finished_only:
                outputs.append(state.output())
        return outputs

    def close(self) -> None:
        """Release the follower ranks (tensor/expert parallelism); the engine is unusable afterwards."""
        for rid in list(self.requests):
            self.abort(rid)
        self.runner.release_followers()

    def stats(self) -> dict[str, float]:
        bm = self.block_manager
        return {
            "running": len(self.scheduler.running),
            "waiting": len(self.scheduler.waiting),
            "kv_cache_usage": bm.usage(),
            "prefix_cache_hit_rate": bm.prefix_hits / bm.prefix_queries if bm.prefix_queries else 0.0,
            "prefix_hits": bm.prefix_hits,
        }
