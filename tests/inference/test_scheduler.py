"""Continuous batching with chunked prefill and preemption (plain Python, no torch)."""

from __future__ import annotations

from sluice.inference.block_manager import BlockManager
from sluice.inference.scheduler import Scheduler, SchedulerConfig
from sluice.inference.sequence import Sequence, SequenceStatus


def _make(num_blocks=64, block_size=4, **cfg):
    return Scheduler(SchedulerConfig(**cfg), BlockManager(num_blocks, block_size))


def _seq(n, seq_id):
    return Sequence(seq_id, list(range(100 + seq_id, 100 + seq_id + n)), block_size=4, max_tokens=100)


def _finish_step(sched, batch, sampled_token=1):
    sched.on_step_done(batch)
    for seq in batch.seqs:
        if seq.num_computed_tokens == seq.num_tokens:
            seq.append_token(sampled_token)


def test_prompts_are_chunked_by_the_token_budget():
    sched = _make(max_num_batched_tokens=5)
    seq = _seq(12, 0)
    sched.add(seq)
    chunks = []
    while seq.num_output_tokens == 0:
        batch = sched.schedule()
        chunks.append(batch.num_new_tokens[0])
        _finish_step(sched, batch)
    assert chunks == [5, 5, 2]


def test_running_decodes_go_first_and_waiting_prompts_fill_the_rest():
    sched = _make(max_num_batched_tokens=6)
    a, b = _seq(3, 0), _seq(10, 1)
    sched.add(a)
    _finish_step(sched, sched.schedule())
    sched.add(b)
    batch = sched.schedule()
    assert batch.seqs == [a, b] and batch.num_new_tokens == [1, 5]


def test_max_num_seqs_limits_the_running_set():
    sched = _make(max_num_seqs=2)
    seqs = [_seq(3, i) for i in range(3)]
    for s in seqs:
        sched.add(s)
    batch = sched.schedule()
    assert batch.seqs == seqs[:2] and seqs[2].status is SequenceStatus.WAITING


def test_latest_sequence_is_preempted_and_requeued_first_when_blocks_run_out():
    sched = _make(num_blocks=4, block_size=4)
    a, b = _seq(8, 0), _seq(7, 1)
    sched.add(a)
    sched.add(b)
    _finish_step(sched, sched.schedule())  # a: 2 blocks; b: 2 blocks; cache full
    assert a.num_tokens == 9 and b.num_tokens == 8
    batch = sched.schedule()  # a needs a third block: b is preempted
    assert batch.preempted == [b] and batch.seqs == [a]
    assert b.status is SequenceStatus.WAITING and b.block_table == [] and b.num_computed_tokens == 0
    assert sched.waiting[0] is b and sched.num_preemptions == 1


def test_finished_sequences_release_their_blocks():
    sched = _make(num_blocks=8)
    seq = _seq(9, 0)
    sched.add(seq)
    _finish_step(sched, sched.schedule())
    sched.finish(seq)
    assert sched.blocks.num_free_blocks == 8 and not sched.has_work()
