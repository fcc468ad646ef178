"""KV-cache block accounting and prefix caching (plain Python, no torch)."""

from __future__ import annotations

import subprocess
import sys

from sluice.inference.block_manager import BlockManager, salt_root
from sluice.inference.sequence import Sequence


def _seq(tokens, seq_id=0, block_size=4, **kw):
    return Sequence(seq_id, tokens, block_size=block_size, max_tokens=8, **kw)


def _prefill(bm, seq):
    bm.allocate_prefix(seq)
    n = seq.num_uncomputed_tokens
    assert bm.can_append(seq, n)
    bm.append_slots(seq, n)
    seq.num_computed_tokens += n
    bm.commit_computed(seq)


def test_block_manager_and_scheduler_import_without_torch():
    code = "import sys, sluice.inference.block_manager, sluice.inference.scheduler; sys.exit('torch' in sys.modules)"
    assert subprocess.run([sys.executable, "-P", "-c", code], check=False).returncode == 0


def test_allocation_covers_every_token_and_free_returns_blocks():
    bm = BlockManager(8, 4)
    seq = _seq(list(range(10)))
    _prefill(bm, seq)
    assert len(seq.block_table) == 3 and bm.num_free_blocks == 5
    bm.free_seq(seq)
    assert bm.num_free_blocks == 8 and seq.block_table == []


def test_same_prefix_reuses_full_blocks_but_never_the_last_token():
    bm = BlockManager(16, 4)
    first = _seq(list(range(12)))
    _prefill(bm, first)
    second = _seq(list(range(12)), seq_id=1)
    cached = bm.allocate_prefix(second)
    # 12 tokens = 3 full blocks, but the last token must be computed to produce logits: 2 blocks reused
    assert cached == 8
    assert second.block_table[:2] == first.block_table[:2]
    assert bm.blocks[first.block_table[0]].ref_count == 2


def test_different_prefix_shares_nothing():
    bm = BlockManager(16, 4)
    _prefill(bm, _seq([1, 2, 3, 4, 5, 6, 7, 8, 9]))
    other = _seq([1, 2, 3, 9, 5, 6, 7, 8, 9], seq_id=1)
    assert bm.allocate_prefix(other) == 0


def test_freed_cached_blocks_are_found_again_until_reused():
    bm = BlockManager(4, 2)
    a = _seq([1, 2, 3, 4, 5], block_size=2)
    _prefill(bm, a)
    bm.free_seq(a)
    b = _seq([1, 2, 3, 4, 9], seq_id=1, block_size=2)
    assert bm.allocate_prefix(b) == 4
    bm.free_seq(b)
    filler = _seq([7] * 8, seq_id=2, block_size=2, use_prefix_cache=False)
    _prefill(bm, filler)  # takes every block, evicting the cached ones
    bm.free_seq(filler)
    c = _seq([1, 2, 3, 4, 9], seq_id=3, block_size=2)
    assert bm.allocate_prefix(c) == 0


def test_can_append_refuses_when_blocks_run_out():
    bm = BlockManager(2, 4)
    seq = _seq(list(range(9)))
    bm.allocate_prefix(seq)
    assert not bm.can_append(seq, 9)
    assert bm.can_append(seq, 8)


def test_prefix_caching_can_be_disabled():
    bm = BlockManager(16, 4, enable_prefix_caching=False)
    _prefill(bm, _seq(list(range(12))))
    assert bm.allocate_prefix(_seq(list(range(12)), seq_id=1)) == 0


def test_same_cache_salt_shares_prefix_blocks():
    bm = BlockManager(16, 4)
    _prefill(bm, _seq(list(range(12)), cache_root=salt_root("tenant-a")))
    again = _seq(list(range(12)), seq_id=1, cache_root=salt_root("tenant-a"))
    assert bm.allocate_prefix(again) == 8 and bm.prefix_hits == 2


def test_different_cache_salts_share_no_block_not_even_the_first():
    bm = BlockManager(16, 4)
    _prefill(bm, _seq(list(range(12)), cache_root=salt_root("tenant-a")))
    for seq_id, root in enumerate([salt_root("tenant-b"), salt_root(None)], start=1):
        other = _seq(list(range(12)), seq_id=seq_id, cache_root=root)
        assert bm.allocate_prefix(other) == 0 and other.block_table == []
    assert bm.prefix_hits == 0


def test_salted_chain_registered_while_decoding_stays_salted():
    bm = BlockManager(16, 4)
    seq = _seq(list(range(6)), cache_root=salt_root("tenant-a"))
    _prefill(bm, seq)
    for token in (6, 7):  # decoding fills the second block, which then enters the cache
        seq.append_token(token)
        bm.append_slots(seq, 1)
        seq.num_computed_tokens += 1
        bm.commit_computed(seq)
    prompt = list(range(8)) + [99]
    assert bm.allocate_prefix(_seq(prompt, seq_id=1, cache_root=salt_root("tenant-a"))) == 8
    assert bm.allocate_prefix(_seq(prompt, seq_id=2)) == 0
