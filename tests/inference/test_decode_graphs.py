"""Decode steps through the CUDA-graph buffers: padded to a bucket, the real rows give exactly the
eager step's tokens and logprobs, and padding rows write nothing to the cache. On CPU the buffers
run eagerly (``replay=False``); `tests/kernels/test_kernel_decode_graphs.py` replays real graphs."""

from __future__ import annotations

import pytest
import torch

from sluice.inference import LLM, SamplingParams
from sluice.inference.decode_graphs import DecodeGraphs, buckets
from sluice.inference.forward_batch import ForwardBatch

PROMPTS = ["one", "two two two", [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21], "four",
           "a fifth prompt, longer than a block of the cache"]


def test_buckets_cover_every_batch_size_up_to_the_largest():
    assert buckets(1) == [1]
    assert buckets(6) == [1, 2, 4, 6]
    assert buckets(64) == [1, 2, 4, 8, 16, 32, 48, 64]
    assert buckets(40) == [1, 2, 4, 8, 16, 32, 40]


def _generate(llm, prompts):
    params = SamplingParams(max_tokens=12, temperature=0.0, logprobs=1, ignore_eos=True)
    outs = llm.generate(prompts, params)
    return [(o.outputs[0].token_ids, [lp[t].logprob for lp, t in zip(o.outputs[0].logprobs, o.outputs[0].token_ids)])
            for o in outs]


@pytest.mark.parametrize("count", [3, 5])
def test_padded_decode_steps_give_the_eager_tokens_and_logprobs(demo_dir, count):
    eager = LLM(demo_dir, load_progress=False, block_size=8, num_kv_blocks=128, enable_prefix_caching=False)
    expected = _generate(eager, PROMPTS[:count])
    padded = LLM(demo_dir, load_progress=False, block_size=8, num_kv_blocks=128, enable_prefix_caching=False)
    runner = padded.engine.runner
    runner.graphs = DecodeGraphs(lambda batch: runner.model(batch, runner.kv_cache), max_batch=8,
                                 max_blocks=32, device=runner.device, replay=False)
    got = _generate(padded, PROMPTS[:count])
    assert runner.graphs.replays >= 11  # every decode step went through the padded buffers
    for (tokens_a, lps_a), (tokens_b, lps_b) in zip(expected, got):
        assert tokens_a == tokens_b
        assert torch.allclose(torch.tensor(lps_a), torch.tensor(lps_b), atol=1e-5)


def _decode_batch(bs: int) -> ForwardBatch:
    """Three decode tokens of sequences whose blocks are 3 / 4 / 5-6, at positions 2, 5 and 9."""
    return ForwardBatch(input_ids=torch.tensor([10, 11, 12]), positions=torch.tensor([2, 5, 9]),
                        slot_mapping=torch.tensor([3 * bs + 2, 4 * bs + 5, 6 * bs + 1]), num_decode=3,
                        decode_block_tables=torch.tensor([[3, 0], [4, 0], [5, 6]], dtype=torch.int32),
                        decode_context_lens=torch.tensor([3, 6, 10], dtype=torch.int32),
                        prefill_block_tables=None, prefill_context_lens=None, cu_seqlens_q=[0], cu_seqlens_k=[0])


def test_padding_rows_write_nothing_and_real_rows_match_the_eager_step(demo_dir):
    llm = LLM(demo_dir, load_progress=False, block_size=8, num_kv_blocks=16, enable_prefix_caching=False)
    runner = llm.engine.runner
    graphs = DecodeGraphs(lambda batch: runner.model(batch, runner.kv_cache), max_batch=4, max_blocks=8,
                          device=runner.device, replay=False)
    torch.manual_seed(0)
    runner.kv_cache.normal_()  # earlier tokens' entries: anything but zeros
    before = runner.kv_cache.clone()
    batch = _decode_batch(8)
    assert graphs.covers(batch) and graphs.bucket(3) == 4
    with torch.inference_mode():
        padded = graphs.run(batch)
        written = runner.kv_cache.clone()
        runner.kv_cache.copy_(before)
        eager = runner.model(batch, runner.kv_cache)
    assert padded.shape == eager.shape and torch.allclose(padded, eager, atol=1e-4)
    changed = (written != before).any(-1).any(0).flatten().nonzero().flatten().tolist()  # flat slots
    assert changed == [3 * 8 + 2, 4 * 8 + 5, 6 * 8 + 1]


def test_steps_with_prefill_tokens_or_too_many_sequences_run_eagerly(demo_dir):
    graphs = DecodeGraphs(lambda batch: None, max_batch=2, max_blocks=8, device=torch.device("cpu"), replay=False)
    batch = _decode_batch(8)
    assert not graphs.covers(batch)  # three sequences, the largest bucket is 2
    mixed = ForwardBatch(**{**batch.__dict__, "num_decode": 1})  # one decode token, two prefill tokens
    assert not DecodeGraphs(lambda b: None, max_batch=4, max_blocks=8, device=torch.device("cpu")).covers(mixed)
    wide = DecodeGraphs(lambda b: None, max_batch=4, max_blocks=1, device=torch.device("cpu"), replay=False)
    assert not wide.covers(batch)  # its block table is wider than the buffers
