"""DeepSeek-V4's piecewise CUDA-graph decode on a GPU: the demo model (FP4 experts, triton backend)
captures every bucket at start-up and replays them, with the greedy tokens and logprobs of the same
engine without graphs (bf16: a different token only where eager's choice was a near-tie)."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

pytestmark = pytest.mark.gpu

DEMO = Path(__file__).resolve().parents[2] / "inference" / "demo_model"
PROMPTS = [[5, 9, 14, 3, 22, 7, 8, 30, 2, 11, 17], [40, 41, 7, 9, 3, 15], [7, 7, 8], [12, 13, 14, 15, 16],
           [9]]


def _run(graphs: bool):
    from sluice.inference import LLM, SamplingParams

    llm = LLM(DEMO, device="cuda", dtype="bfloat16", kernel_backend="triton", load_progress=False,
              max_num_seqs=8, num_kv_blocks=256, block_size=4, cuda_graphs=graphs)
    outs = llm.generate(PROMPTS, SamplingParams(max_tokens=20, temperature=0.0, logprobs=2, ignore_eos=True))
    runner = llm.engine.runner
    sizes, replays = llm.engine.graph_sizes, (runner.graphs.replays if runner.graphs is not None else 0)
    assert runner.fp4_experts
    del llm
    torch.cuda.empty_cache()
    return outs, sizes, replays


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs CUDA")
def test_v4_graph_replayed_decode_matches_eager_decode():
    from sluice.inference import ops

    saved = dict(ops._state)
    try:
        eager, no_sizes, _ = _run(graphs=False)
        graphed, sizes, replays = _run(graphs=True)
    finally:
        ops._state.update(saved)
    assert no_sizes == [] and sizes == [1, 2, 4, 8] and replays >= 19
    for a, b in zip(eager, graphed):
        ta, tb = a.outputs[0].token_ids, b.outputs[0].token_ids
        for i, (x, y) in enumerate(zip(ta, tb)):
            lp_a = a.outputs[0].logprobs[i][x].logprob
            if x != y:
                ranked = sorted(a.outputs[0].logprobs[i].values(), key=lambda lp: -lp.logprob)
                assert len(ranked) < 2 or ranked[0].logprob - ranked[1].logprob < 0.1
                break
            assert abs(lp_a - b.outputs[0].logprobs[i][y].logprob) < 0.1
