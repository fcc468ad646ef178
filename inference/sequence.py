"""One generated choice of a request: its tokens and its place in the paged cache (plain Python)."""

from __future__ import annotations

from enum import Enum, auto
from typing import Any


class SequenceStatus(Enum):
    WAITING = auto()
    RUNNING = auto()
    FINISHED = auto()


class Sequence:
    """`num_computed_tokens` tokens have their latents in the blocks of `block_table`."""

    def __init__(
        self,
        seq_id: int,
        prompt_token_ids: list[int],
        *,
        block_size: int,
        max_tokens: int,
        use_prefix_cache: bool = True,
        arrival: float = 0.0,
        cache_root: bytes | None = None,
    ) -> None:
        self.seq_id = seq_id
        self.token_ids = list(prompt_token_ids)
        self.num_prompt_tokens = len(prompt_token_ids)
        self.block_size = block_size
        self.max_tokens = max_tokens
        self.use_prefix_cache = use_prefix_cache
        self.arrival = arrival
        self.status = SequenceStatus.WAITING
        self.block_table: list[int] = []
        self.num_computed_tokens = 0
        self.num_cached_tokens = 0  # tokens found in the prefix cache at the last admission
        self.num_hashed_blocks = 0  # leading full blocks already registered in the prefix cache
        self.block_hashes: list[bytes] = []
        self.cache_root = cache_root  # parent hash of the first block (the cache salt's digest)
        self.num_preemptions = 0
        # Set by the engine: the request's SamplingParams and this choice's torch.Generator (or None).
        self.request_id = ""
        self.params: Any = None
        self.generator: Any = None
        self.prompt_logprobs_done = 0  # prompt positions whose logprobs were already produced

    def __len__(self) -> int:
        return len(self.token_ids)

    @property
    def num_tokens(self) -> int:
        return len(self.token_ids)

    @property
    def num_output_tokens(self) -> int:
        return len(self.token_ids) - self.num_prompt_tokens

    @property
    def output_token_ids(self) -> list[int]:
        return self.token_ids[self.num_prompt_tokens :]

    @property
    def num_uncomputed_tokens(self) -> int:
        return self.num_tokens - self.num_computed_tokens

    @property
    def is_finished(self) -> bool:
        return self.status is SequenceStatus.FINISHED

    def block_tokens(self, i: int) -> list[int]:
        return self.token_ids[i * self.block_size : (i + 1) * self.block_size]

    def blocks_needed(self, num_tokens: int) -> int:
        return (num_tokens + self.block_size - 1) // self.block_size

    def append_token(self, token_id: int) -> None:
        self.token_ids.append(token_id)
