"""DeepSeek-V4 block and slot accounting (plain Python): prefix reuse only at compression
boundaries that have a state snapshot, salted chains, and slots that always come back."""

from __future__ import annotations

import subprocess
import sys

import pytest

from sluice.inference.block_manager import salt_root
from sluice.inference.sequence import Sequence
from sluice.inference.v4.block_manager import V4BlockManager


def _bm(num_snapshots=4, num_blocks=32, block_size=4, slots=3, caching=True):
    return V4BlockManager(num_blocks, block_size, rates=(4, 8), num_seq_slots=slots,
                          num_snapshots=num_snapshots, enable_prefix_caching=caching)


def _seq(tokens, seq_id, salt=None):
    return Sequence(seq_id, tokens, block_size=4, max_tokens=8, cache_root=salt_root(salt))


def _step(bm, seq, n):
    """Schedule n tokens of seq; returns the snapshot captures the runner would fill; then commit."""
    assert bm.can_append(seq, n)
    bm.append_slots(seq, n)
    captures = bm.captures(seq)
    seq.num_computed_tokens += n
    bm.commit_computed(seq)
    return captures


def test_v4_block_manager_imports_without_torch():
    code = "import sys, sluice.inference.v4.block_manager; sys.exit('torch' in sys.modules)"
    assert subprocess.run([sys.executable, "-P", "-c", code], check=False).returncode == 0


def test_share_boundary_is_the_lcm_of_block_size_and_compression_rates():
    assert _bm().share_every == 8
    assert V4BlockManager(8, 6, rates=(4, 128), num_seq_slots=1, num_snapshots=1).share_every == 384
    want = "KV cache: 32 blocks \u00d7 4 tokens = 128 tokens (window slots: 3, prefix snapshots: 4)"
    assert _bm().capacity_line() == want


def test_a_second_request_reuses_blocks_only_up_to_the_last_snapshotted_boundary():
    bm = _bm()
    tokens = list(range(2, 23))  # 21 tokens: boundaries at 8 and 16
    a = _seq(tokens, 0)
    assert bm.allocate_prefix(a) == 0
    captures = _step(bm, a, 21)
    assert [position for position, _ in captures] == [8, 16]
    b = _seq(tokens, 1)
    assert bm.allocate_prefix(b) == 16
    assert b.block_table == a.block_table[:4]
    assert bm.take_copies() == [(captures[1][1], bm.slot_of[1])]  # snapshot at 16 -> b's slot
    _step(bm, b, 5)


def test_a_boundary_without_a_snapshot_is_not_reused():
    bm = _bm(num_snapshots=1)
    tokens = list(range(2, 23))
    a = _seq(tokens, 0)
    bm.allocate_prefix(a)
    assert [p for p, _ in _step(bm, a, 21)] == [8]  # the only snapshot slot is taken at 8
    assert bm.allocate_prefix(_seq(tokens, 1)) == 8


def test_another_salt_finds_nothing():
    bm = _bm()
    tokens = list(range(2, 23))
    a = _seq(tokens, 0, salt="tenant-a")
    bm.allocate_prefix(a)
    _step(bm, a, 21)
    assert bm.allocate_prefix(_seq(tokens, 1, salt="tenant-b")) == 0
    assert bm.allocate_prefix(_seq(tokens, 2, salt="tenant-a")) == 16


def test_least_recently_used_snapshots_make_room_for_new_boundaries():
    bm = _bm(num_snapshots=2)
    first, second = list(range(2, 11)), list(range(40, 49))  # 9 tokens: one boundary each
    for seq_id, tokens in enumerate((first, second)):
        seq = _seq(tokens, seq_id)
        bm.allocate_prefix(seq)
        _step(bm, seq, 9)
        bm.free_seq(seq)
    assert bm.allocate_prefix(_seq(first, 5)) == 8  # touches first's snapshot
    third = _seq(list(range(60, 69)), 6)
    bm.allocate_prefix(third)
    _step(bm, third, 9)  # evicts second's snapshot, the least recently used
    assert bm.allocate_prefix(_seq(second, 7)) == 0


def test_preempted_and_finished_sequences_give_back_slots_and_blocks():
    bm = _bm(slots=2)
    a, b, c = (_seq(list(range(2, 12)), i) for i in range(3))
    bm.allocate_prefix(a)
    bm.allocate_prefix(b)
    with pytest.raises(RuntimeError):
        bm.allocate_prefix(c)
    bm.append_slots(a, 10)  # scheduled, then preempted before its step ran
    bm.free_seq(a)
    assert bm.num_free_slots == 1 and bm.planned == {} and len(bm.free_snapshots) == 4
    bm.allocate_prefix(c)
    bm.free_seq(b)
    bm.free_seq(c)
    assert bm.num_free_slots == 2 and bm.num_free_blocks == bm.num_blocks


def test_without_prefix_caching_there_are_no_snapshots():
    bm = _bm(caching=False)
    a = _seq(list(range(2, 23)), 0)
    bm.allocate_prefix(a)
    assert _step(bm, a, 21) == [] and bm.num_snapshots == 0
    assert bm.allocate_prefix(_seq(list(range(2, 23)), 1)) == 0
