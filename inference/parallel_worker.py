"""Entry point of the follower ranks under tensor/expert parallelism.

Launch one process per device (e.g. with torchrun) after `torch.distributed.init_process_group`.
Rank 0 builds the engine (`LLMEngine`/`LLM`/`AsyncEngine` with `parallel=ParallelContext
.from_torch_distributed()`) and serves requests; every other rank calls `run_follower` with the
same model directory and engine arguments. Rank 0 broadcasts each step's batch; followers run the
same forward pass on their share of heads and experts (DeepSeek-V2/V3 and V4 alike).
`LLMEngine.close()` releases them.
"""

from __future__ import annotations

from pathlib import Path

from sluice.inference.architectures import build_runner, load_config
from sluice.inference.engine_config import EngineConfig
from sluice.inference.parallel import ParallelContext


def run_follower(
    model_dir: str | Path,
    *,
    parallel: ParallelContext,
    device: str = "cpu",
    dtype: str = "auto",
    **engine_args,
) -> None:
    if parallel.rank == 0:
        raise ValueError("rank 0 runs the engine; run_follower is for the other ranks")
    config = EngineConfig.from_kwargs(**engine_args)
    runner = build_runner(
        model_dir, config, load_config(model_dir), device=device, dtype=dtype, parallel=parallel
    )
    runner.allocate_cache(parallel.broadcast_object(None))
    runner.follow()
