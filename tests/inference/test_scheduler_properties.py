"""Random workloads through the scheduler and block manager keep the cache consistent (no torch).

Invariants checked after every step: reference counts equal the number of sequences holding a
block, the free list is exactly the unreferenced blocks, a block shared by two sequences holds the
same tokens for both (prefix caching never mixes requests), and every request finishes.
"""

from __future__ import annotations

import random
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from sluice.inference.block_manager import BlockManager
from sluice.inference.scheduler import Scheduler, SchedulerConfig
from sluice.inference.sequence import Sequence


def _check(sched: Scheduler) -> None:
    bm = sched.blocks
    held = Counter(b for seq in sched.running for b in seq.block_table)
    for block in bm.blocks:
        assert block.ref_count == held.get(block.block_id, 0)
        assert (block.block_id in bm.free) == (block.ref_count == 0)
    owners: dict[int, tuple[Sequence, int]] = {}
    for seq in sched.running:
        assert len(seq.block_table) >= seq.blocks_needed(seq.num_computed_tokens)
        for i, b in enumerate(seq.block_table):
            if b in owners:
                other, j = owners[b]
                assert i == j
                assert seq.token_ids[: (i + 1) * bm.block_size] == other.token_ids[: (i + 1) * bm.block_size]
            owners[b] = (seq, i)
    for seq in sched.waiting:
        assert seq.block_table == []


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    block_size=st.sampled_from([1, 2, 4]),
    num_blocks=st.integers(12, 40),
    budget=st.integers(1, 24),
    prefix_caching=st.booleans(),
)
def test_random_workloads_keep_the_cache_consistent_and_finish(
    seed, block_size, num_blocks, budget, prefix_caching
):
    rng = random.Random(seed)
    bm = BlockManager(num_blocks, block_size, enable_prefix_caching=prefix_caching)
    sched = Scheduler(SchedulerConfig(max_num_seqs=rng.randint(1, 6), max_num_batched_tokens=budget), bm)
    capacity = num_blocks * block_size
    pending = []
    for i in range(rng.randint(1, 10)):
        prompt = [rng.randint(0, 2) for _ in range(rng.randint(1, max(1, capacity // 3)))]
        max_tokens = rng.randint(1, max(1, min(8, capacity - len(prompt))))
        pending.append(Sequence(i, prompt, block_size=block_size, max_tokens=max_tokens))
    total, finished = len(pending), 0
    for _ in range(2000):
        if pending and rng.random() < 0.5:
            sched.add(pending.pop())
        if not sched.has_work():
            if not pending:
                break
            continue
        batch = sched.schedule()
        _check(sched)
        sched.on_step_done(batch)
        for seq in batch.seqs:
            if seq.num_computed_tokens == seq.num_tokens:
                seq.append_token(rng.randint(0, 2))
                if seq.num_output_tokens >= seq.max_tokens:
                    sched.finish(seq)
                    finished += 1
        _check(sched)
    assert finished == total and not sched.has_work()
    assert bm.num_free_blocks == num_blocks
