"""Worker process for the tensor/expert-parallel test (2 ranks on the gloo backend)."""

from __future__ import annotations

import torch
import torch.distributed as dist

from sluice.inference import SamplingParams
from sluice.inference.config import load_model_config
from sluice.inference.engine import LLMEngine
from sluice.inference.forward_batch import ForwardBatch
from sluice.inference.loader import load_weights
from sluice.inference.model import DeepseekForCausalLM
from sluice.inference.parallel import ParallelContext
from sluice.inference.parallel_worker import run_follower


def full_logits(path, ids: list[int], par: ParallelContext) -> torch.Tensor:
    cfg = load_model_config(path)
    model = DeepseekForCausalLM(cfg, par)
    load_weights(model, path, progress=False)
    n = len(ids)
    blocks = (n + 3) // 4
    cache = torch.zeros(cfg.num_hidden_layers, blocks, 4, cfg.kv_cache_dim)
    batch = ForwardBatch(
        input_ids=torch.tensor(ids),
        positions=torch.arange(n),
        slot_mapping=torch.arange(n),
        num_decode=0,
        decode_block_tables=None,
        decode_context_lens=None,
        prefill_block_tables=torch.arange(blocks, dtype=torch.int32)[None],
        prefill_context_lens=torch.tensor([n]),
        cu_seqlens_q=[0, n],
        cu_seqlens_k=[0, n],
    )
    return model.compute_logits(model(batch, cache))


ENGINE_ARGS = {"load_progress": False, "num_kv_blocks": 64, "block_size": 4}


def greedy(path, prompts, par: ParallelContext):
    """Rank 0 schedules and samples; run_follower mirrors its forward passes on the other ranks."""
    engine = LLMEngine(path, dtype="float32", parallel=par, **ENGINE_ARGS)
    for i, p in enumerate(prompts):
        engine.add_request(str(i), p, SamplingParams(max_tokens=8, temperature=0, ignore_eos=True))
    done = {}
    while engine.has_unfinished():
        for out in engine.step():
            if out.finished:
                done[out.request_id] = out.outputs[0].token_ids
    engine.close()
    return [done[str(i)] for i in range(len(prompts))]


def run(rank: int, world: int, init_file: str, cases: list[tuple[str, list[int], list, str]]) -> None:
    """cases: (checkpoint dir, prompt for full logits, prompts for greedy generation, output file)."""
    torch.set_num_threads(1)
    dist.init_process_group("gloo", init_method=f"file://{init_file}", rank=rank, world_size=world)
    try:
        par = ParallelContext.from_torch_distributed()
        for path, ids, prompts, out_file in cases:
            logits = full_logits(path, ids, par)
            if rank == 0:
                tokens = greedy(path, prompts, par)
                torch.save({"logits": logits, "tokens": tokens}, out_file)
            else:
                run_follower(path, parallel=par, dtype="float32", **ENGINE_ARGS)
    finally:
        dist.destroy_process_group()
