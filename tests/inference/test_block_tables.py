"""The persistent block tables stay equal to the tables rebuilt from the sequences' lists.

Random workloads run through the real scheduler and block manager (admission with prefix-cache hits,
chunked prefill, decode, preemption when blocks run out, cancellation of waiting and running
requests); after every operation each sequence's row must equal its list, and each step's batch
must equal the one the list-based builder makes.
"""

from __future__ import annotations

import random

import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from sluice.inference.block_manager import BlockManager
from sluice.inference.block_tables import BlockTables
from sluice.inference.forward_batch import build_forward_batch, step_order
from sluice.inference.scheduler import Scheduler, SchedulerConfig
from sluice.inference.sequence import Sequence
from tests.inference.reference_prepare import assert_same_batch, prepare_from_lists, tables_from_lists


CPU = torch.device("cpu")


def _check_rows(tables: BlockTables, seqs: list[Sequence], rng: random.Random) -> None:
    holding = [s for s in seqs if s.block_table]
    assert tables.num_used == len(holding)
    rows = [tables.row(s.seq_id) for s in holding]
    assert sorted(rows) == list(range(len(holding)))  # no gaps: a full batch is one slice
    if holding:
        by_row = sorted(holding, key=lambda s: tables.row(s.seq_id))
        assert torch.equal(tables.view(sorted(rows)), tables_from_lists(by_row))
        rng.shuffle(holding)
        assert torch.equal(tables.view([tables.row(s.seq_id) for s in holding]), tables_from_lists(holding))
    assert sum(tables.lens) == sum(len(s.block_table) for s in seqs)


@settings(max_examples=80, deadline=None)
@given(
    seed=st.integers(0, 100_000),
    block_size=st.sampled_from([1, 2, 4]),
    num_blocks=st.integers(10, 48),
    budget=st.integers(1, 24),
    prefix_caching=st.booleans(),
    first_rows=st.integers(1, 4),
    first_width=st.integers(1, 4),
)
def test_persistent_tables_equal_the_rebuilt_ones_under_random_workloads(
    seed, block_size, num_blocks, budget, prefix_caching, first_rows, first_width
):
    _run_workload(seed, block_size, num_blocks, budget, prefix_caching, first_rows, first_width)


def test_the_random_workloads_can_preempt_cancel_and_hit_the_prefix_cache():
    """The workload generator reaches every path the tables must follow."""
    totals = [0, 0, 0]
    for seed in range(20):
        for i, count in enumerate(_run_workload(seed, 2, 12, 16, True, 1, 1)):
            totals[i] += count
    assert all(totals), totals


def _run_workload(seed, block_size, num_blocks, budget, prefix_caching, first_rows, first_width):
    """Returns (preemptions, admissions with a prefix-cache hit, cancellations)."""
    rng = random.Random(seed)
    tables = BlockTables(rows=first_rows, width=first_width)  # small: rows and width must grow
    bm = BlockManager(num_blocks, block_size, enable_prefix_caching=prefix_caching, listener=tables)
    sched = Scheduler(
        SchedulerConfig(
            max_num_seqs=rng.randint(1, 8),
            max_num_batched_tokens=budget,
            max_prefill_chunk=rng.choice([None, 1, 3]),
        ),
        bm,
    )
    capacity = num_blocks * block_size
    shared = [rng.randint(0, 2) for _ in range(capacity // 3)]  # common prefixes: prefix-cache hits
    pending = []
    for i in range(rng.randint(1, 12)):
        length = rng.randint(1, max(1, capacity // 3))
        prompt = shared[:length] if rng.random() < 0.5 else [rng.randint(0, 2) for _ in range(length)]
        prompt = prompt or [0]
        max_tokens = rng.randint(1, max(1, min(8, capacity - len(prompt))))
        pending.append(Sequence(i, prompt, block_size=block_size, max_tokens=max_tokens))
    everyone = list(pending)
    preempted = hits = cancelled = 0
    for _ in range(3000):
        if pending and rng.random() < 0.4:
            sched.add(pending.pop())
        live = list(sched.running) + list(sched.waiting)
        if live and rng.random() < 0.05:  # cancellation, running or waiting
            sched.finish(rng.choice(live))
            cancelled += 1
            _check_rows(tables, everyone, rng)
        if not sched.has_work():
            if not pending:
                break
            continue
        batch = sched.schedule()
        preempted += len(batch.preempted)
        hits += sum(1 for s in batch.seqs if s.num_cached_tokens)
        _check_rows(tables, everyone, rng)
        if batch:
            order = step_order(batch.seqs, batch.num_new_tokens, tables)
            seqs = [batch.seqs[i] for i in order]
            num_new = [batch.num_new_tokens[i] for i in order]
            ours = build_forward_batch(seqs, num_new, tables, block_size=block_size, device=CPU)
            assert_same_batch(ours, prepare_from_lists(seqs, num_new, block_size=block_size))
        sched.on_step_done(batch)
        for seq in batch.seqs:
            if seq.num_computed_tokens == seq.num_tokens:
                seq.append_token(rng.randint(0, 2))
                if seq.num_output_tokens >= seq.max_tokens:
                    sched.finish(seq)
        _check_rows(tables, everyone, rng)
    assert not sched.has_work() and not pending
    assert sum(tables.lens) == 0
    return preempted, hits, cancelled


def test_a_reused_row_reads_zeros_past_its_new_blocks():
    tables = BlockTables(rows=1, width=2)
    bm = BlockManager(16, 2, listener=tables)
    long, short = (Sequence(i, list(range(10)), block_size=2, max_tokens=1) for i in (0, 1))
    bm.append_slots(long, 10)
    bm.free_seq(long)
    bm.append_slots(short, 3)
    assert tables.row(short.seq_id) == 0  # the freed row, reused
    assert tables.table[0].tolist()[:5] == [*short.block_table, 0, 0, 0]
    assert torch.equal(tables.view([0]), tables_from_lists([short]))


def test_freeing_a_middle_row_moves_the_last_row_into_it_with_its_queued_blocks():
    tables = BlockTables(rows=2, width=1)
    bm = BlockManager(32, 2, enable_prefix_caching=False, listener=tables)
    a, b, c = (Sequence(i, list(range(6)), block_size=2, max_tokens=1) for i in range(3))
    for seq in (a, b, c):
        bm.append_slots(seq, 6)
    assert [tables.row(s.seq_id) for s in (a, b, c)] == [0, 1, 2]
    bm.free_seq(a)  # c's blocks are still queued, not yet in the tensor
    assert tables.row(c.seq_id) == 0 and tables.num_used == 2
    assert torch.equal(tables.view([0, 1]), tables_from_lists([c, b]))
    assert tables.table[2].tolist() == [0] * tables.table.shape[1]


def test_a_full_decode_batch_in_row_order_reads_the_table_without_a_copy():
    tables = BlockTables()
    bm = BlockManager(64, 4, enable_prefix_caching=False, listener=tables)
    seqs = [Sequence(i, [1] * 9, block_size=4, max_tokens=2) for i in range(4)]
    for seq in seqs:
        bm.append_slots(seq, 9)
        seq.num_computed_tokens = 8
    order = step_order(list(reversed(seqs)), [1] * 4, tables)
    ordered = [list(reversed(seqs))[i] for i in order]
    assert ordered == seqs
    batch = build_forward_batch(ordered, [1] * 4, tables, block_size=4, device=torch.device("cpu"))
    assert batch.decode_block_tables.data_ptr() == tables.table.data_ptr()
    assert_same_batch(batch, prepare_from_lists(ordered, [1] * 4, block_size=4))


def test_prefix_cache_hits_appear_in_the_table_as_the_shared_blocks():
    tables = BlockTables()
    bm = BlockManager(16, 4, listener=tables)
    first = Sequence(0, list(range(12)), block_size=4, max_tokens=1)
    bm.allocate_prefix(first)
    bm.append_slots(first, 12)
    first.num_computed_tokens = 12
    bm.commit_computed(first)
    second = Sequence(1, list(range(12)) + [99], block_size=4, max_tokens=1)
    assert bm.allocate_prefix(second) == 12
    bm.append_slots(second, 1)
    row = tables.view([tables.row(1)])[0].tolist()
    assert row[:3] == first.block_table and row == second.block_table


def test_decode_slots_come_from_the_table_for_long_contexts():
    """A 4k-token context: the new token's slot is read from the table, not from the list."""
    tables = BlockTables(width=1)
    bm = BlockManager(1600, 8, enable_prefix_caching=False, listener=tables)
    seqs = [Sequence(i, [1] * (4096 + i), block_size=8, max_tokens=4) for i in range(3)]
    for seq in seqs:
        bm.append_slots(seq, seq.num_tokens)
        seq.num_computed_tokens = seq.num_tokens - 1
    batch = build_forward_batch(seqs, [1, 1, 1], tables, block_size=8, device=torch.device("cpu"))
    assert_same_batch(batch, prepare_from_lists(seqs, [1, 1, 1], block_size=8))
    assert batch.decode_block_tables.shape == (3, 513)
