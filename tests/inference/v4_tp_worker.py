"""Worker process for the DeepSeek-V4 tensor/expert-parallel test (2 ranks on the gloo backend):
rank 0 serves through `LLM`, rank 1 follows with `run_follower`."""

from __future__ import annotations

import torch
import torch.distributed as dist

from sluice.inference import LLM, SamplingParams
from sluice.inference.parallel import ParallelContext
from sluice.inference.parallel_worker import run_follower

GREEDY = SamplingParams(max_tokens=6, temperature=0, ignore_eos=True, logprobs=0)


def generate(path: str, par: ParallelContext, engine_args: dict, batches: list[list[list[int]]]) -> dict:
    """Greedy tokens and their logprobs for each batch of prompts in turn (later batches can hit
    the prefix cache), with the prefix hits and preemptions the engine counted."""
    llm = LLM(path, dtype="float32", load_progress=False, parallel=par, **engine_args)
    tokens, logprobs = [], []
    for prompts in batches:
        for out in llm.generate(prompts, GREEDY):
            completion = out.outputs[0]
            tokens.append(completion.token_ids)
            logprobs.append([pos[t].logprob for pos, t in zip(completion.logprobs, completion.token_ids)])
    engine = llm.engine
    result = {
        "tokens": tokens,
        "logprobs": torch.tensor(logprobs, dtype=torch.float64),
        "prefix_hits": engine.block_manager.prefix_hits,
        "preemptions": engine.scheduler.num_preemptions,
    }
    llm.close()
    return result


def run(rank: int, world: int, init_file: str, cases: list[tuple[str, dict, list, str]]) -> None:
    """cases: (checkpoint dir, engine arguments, batches of prompts, output file)."""
    torch.set_num_threads(1)
    dist.init_process_group("gloo", init_method=f"file://{init_file}", rank=rank, world_size=world)
    try:
        par = ParallelContext.from_torch_distributed()
        for path, engine_args, batches, out_file in cases:
            if rank == 0:
                torch.save(generate(path, par, engine_args, batches), out_file)
            else:
                run_follower(path, parallel=par, dtype="float32", load_progress=False, **engine_args)
    finally:
        dist.destroy_process_group()
