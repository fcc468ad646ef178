"""Tensor parallelism (heads, MLP columns) and expert parallelism give the single-process logits."""

from __future__ import annotations

import torch
import torch.multiprocessing as mp

from sluice.inference.parallel import ParallelContext
from tests.inference import tp_worker
from tests.inference.conftest import random_prompts
from tests.inference.reference_models import VOCAB

# v3_groups: q_lora, dense first layer, grouped experts split over ranks;
# v2_lite: plain q_proj, 2 shared experts
NAMES = ["v3_groups", "v2_lite"]


def test_two_gloo_ranks_give_the_same_logits_and_tokens(reference_checkpoints, tmp_path):
    ids = random_prompts(1, 30, 30, VOCAB, seed=1)[0]
    prompts = random_prompts(3, 4, 20, VOCAB, seed=2)
    cases = [(str(reference_checkpoints(n)[0]), ids, prompts, str(tmp_path / f"{n}.pt")) for n in NAMES]
    mp.start_processes(
        tp_worker.run, args=(2, str(tmp_path / "init"), cases), nprocs=2, join=True, start_method="spawn"
    )
    single = ParallelContext()
    for path, _, _, out_file in cases:
        result = torch.load(out_file)
        torch.testing.assert_close(
            result["logits"], tp_worker.full_logits(path, ids, single), atol=1e-5, rtol=0
        )
        assert result["tokens"] == tp_worker.greedy(path, prompts, single)
