"""DeepSeek-V4 under tensor / expert parallelism: 2 gloo ranks generate what one process does, each
rank loads only its share, and configs that do not split are refused by name."""

from __future__ import annotations

import pytest
import torch
import torch.multiprocessing as mp

from sluice.inference import LLM
from sluice.inference.errors import ConfigError
from sluice.inference.parallel import ParallelContext
from sluice.inference.v4.config import load_v4_config
from sluice.inference.v4.loader import load_v4_model, load_v4_weights
from sluice.inference.v4.model import DeepseekV4ForCausalLM
from tests.inference import v4_tp_worker
from tests.inference.conftest import random_prompts
from tests.inference.reference_models import VOCAB
from tests.inference.reference_v4 import official_tensors, quantized_tensors, write_checkpoint
from tests.inference.test_v4_loader import QUANT

# checkpoint, engine arguments, what the run must exercise
CASES = [
    # all three attention kinds, hash + routed MoE, chunked prefill; the second batch extends a
    # prompt of the first past a share boundary (lcm(block 4, rates 4 / 8) = 8): a prefix hit
    ("v4_mixed", dict(num_kv_blocks=256, block_size=4, max_num_batched_tokens=16), "prefix_hit"),
    # too few blocks for the batch: sequences are preempted and recompute their state
    ("v4_mixed", dict(num_kv_blocks=12, block_size=4, enable_prefix_caching=False), "preemption"),
    # HCA first, four mHC streams, sqrtsoftplus routing, two hash layers
    ("v4_hca_first", dict(num_kv_blocks=256, block_size=4), None),
]


def _batches() -> list[list[list[int]]]:
    prompts = random_prompts(4, 3, 30, VOCAB, seed=31)
    long = random_prompts(1, 20, 20, VOCAB, seed=32)[0]
    return [prompts + [long], [long + [5, 6, 7]]]


def test_two_gloo_ranks_generate_the_same_tokens_and_logprobs_as_one(v4_checkpoints, tmp_path):
    batches = _batches()
    cases = [
        (str(v4_checkpoints(name)[0]), args, batches, str(tmp_path / f"{i}.pt"))
        for i, (name, args, _) in enumerate(CASES)
    ]
    mp.start_processes(
        v4_tp_worker.run, args=(2, str(tmp_path / "init"), cases), nprocs=2, join=True, start_method="spawn"
    )
    for (path, args, _, out_file), (name, _, exercise) in zip(cases, CASES):
        split = torch.load(out_file)
        single = v4_tp_worker.generate(path, ParallelContext(), args, batches)
        assert split["tokens"] == single["tokens"], name
        torch.testing.assert_close(split["logprobs"], single["logprobs"], atol=1e-5, rtol=0)
        assert (split["prefix_hits"], split["preemptions"]) == (single["prefix_hits"], single["preemptions"])
        if exercise == "prefix_hit":
            assert split["prefix_hits"] > 0
        if exercise == "preemption":
            assert split["preemptions"] > 0


# split over ranks (rows / columns); the routed experts go whole to one rank each; all else replicated
SPLIT = {"wq_b", "attn_sink", "wo_a", "wo_b", "shared_experts.w1", "shared_experts.w2", "shared_experts.w3"}


@pytest.mark.parametrize("layout", ["fp8_fp4_official", "transformers_fused"])
def test_each_rank_loads_its_share_of_heads_groups_and_experts(v4_checkpoints, tmp_path, layout):
    path, ref = v4_checkpoints("v4_quant")
    if layout == "fp8_fp4_official":
        tensors = quantized_tensors(official_tensors(path))
        src = write_checkpoint(tmp_path / layout, path, tensors, shards=3, config=QUANT)
    else:
        state = {k: v.contiguous() for k, v in ref.state_dict().items()}
        src = write_checkpoint(tmp_path / layout, path, state)
    full = load_v4_model(src).state_dict()
    cfg = load_v4_config(src)
    per_rank = cfg.n_routed_experts // 2
    for rank in range(2):
        model = DeepseekV4ForCausalLM(cfg, ParallelContext(rank=rank, world_size=2))
        load_v4_weights(model, src)
        state = model.state_dict()
        experts = {int(k.split(".")[4]) for k in state if ".ffn.experts." in k}
        assert experts == set(range(rank * per_rank, (rank + 1) * per_rank))
        split = set()
        for name, value in state.items():
            want = full[name]
            if value.shape != want.shape:  # this rank's contiguous half along the one split dimension
                dim = next(d for d, (a, b) in enumerate(zip(value.shape, want.shape)) if a != b)
                want = want.narrow(dim, rank * value.shape[dim], value.shape[dim])
                split.add(name.split(".", 3)[3].removesuffix(".weight"))
            assert torch.equal(value, want), name
        assert split == SPLIT


def test_heads_groups_or_experts_that_do_not_split_are_refused_by_name(v4_checkpoints):
    path, _ = v4_checkpoints("v4_mixed")  # 4 heads, 2 output groups, 6 experts, expert width 16
    with pytest.raises(ConfigError) as err:
        LLM(path, dtype="float32", load_progress=False, parallel=ParallelContext(rank=0, world_size=3))
    message = str(err.value)
    for field in ("num_attention_heads=4", "o_groups=2", "moe_intermediate_size=16"):
        assert field in message
    assert "n_routed_experts" not in message
    assert err.value.code == "invalid_engine_arg"
