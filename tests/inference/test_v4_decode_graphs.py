"""DeepSeek-V4's piecewise decode graphs: pure decode steps go through per-bucket static buffers
(padding rows included) and give the eager step's tokens and logprobs; other steps run eagerly.

On CPU the pieces run without capture (no `capture_all`): the bucketing, the padding rows and the split
around the attention are what is tested (the GPU test that captures and replays them is
tests/kernels/test_kernel_v4_decode_graphs.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from sluice.inference import LLM, SamplingParams
from sluice.inference.v4.decode_graphs import V4DecodeGraphs

DEMO = Path(__file__).resolve().parents[2] / "inference" / "demo_model"
PROMPTS = [[5, 9, 14, 3, 22, 7, 8, 30, 2, 11, 17], [40, 41, 7, 9, 3, 15], [7, 7, 8], [12, 13, 14, 15, 16]]
ENGINE = dict(num_kv_blocks=128, block_size=4, load_progress=False)


def _generate(llm, prompts, max_tokens=10):
    params = SamplingParams(max_tokens=max_tokens, temperature=0, logprobs=1, ignore_eos=True)
    outs = llm.generate(prompts, params)
    tokens = [o.outputs[0].token_ids for o in outs]
    logprobs = [[entry[t].logprob for t, entry in zip(o.outputs[0].token_ids, o.outputs[0].logprobs)]
                for o in outs]
    return tokens, logprobs


def test_graph_buckets_only_cover_pure_decode_steps_that_fit():
    llm = LLM(DEMO, dtype="float32", **ENGINE)
    graphs = V4DecodeGraphs(llm.engine.runner.model, max_batch=5, device=torch.device("cpu"),
                            dtype=torch.float32)
    assert graphs.sizes == [1, 2, 4, 5]
    assert [graphs.bucket(n) for n in (1, 2, 3, 4, 5)] == [1, 2, 4, 4, 5]
    assert graphs.covers(3, [(0, 1), (1, 2), (2, 3)])
    assert not graphs.covers(4, [(0, 1), (1, 2), (2, 4)])  # a prefill chunk in the step
    assert not graphs.covers(6, [(i, i + 1) for i in range(6)])  # more sequences than the largest bucket
    assert not graphs.covers(0, [])
    assert graphs.streams.shape == (5, 4, 128) and graphs.attn_out.shape == (5, 4, 32)


@pytest.mark.parametrize("max_batch", [4, 8, 3])
def test_padded_decode_buckets_give_the_eager_tokens_and_logprobs(max_batch):
    """4 sequences: bucket 4 exactly, bucket 8 with 4 padding rows, or too many for a bucket of 3."""
    torch.set_num_threads(1)
    eager = _generate(LLM(DEMO, dtype="float32", **ENGINE), PROMPTS)
    llm = LLM(DEMO, dtype="float32", **ENGINE)
    runner = llm.engine.runner
    runner.graphs = V4DecodeGraphs(runner.model, max_batch=max_batch, device=torch.device("cpu"),
                                   dtype=torch.float32)
    padded = _generate(llm, PROMPTS)
    assert padded[0] == eager[0]
    for got, want in zip(padded[1], eager[1]):
        assert max(abs(a - b) for a, b in zip(got, want)) < 1e-4
    if max_batch >= len(PROMPTS):
        assert runner.graphs.replays == 9  # every step after the prefill step
    else:
        assert runner.graphs.replays == 0


def test_graphs_are_not_captured_without_cuda():
    llm = LLM(DEMO, dtype="float32", cuda_graphs=True, **ENGINE)
    assert llm.engine.graph_sizes == [] and llm.engine.runner.graphs is None
