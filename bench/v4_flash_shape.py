"""DeepSeek-V4 at V4-Flash's per-layer dimensions against transformers, side by side in one run.

A random checkpoint with V4-Flash-Base's shapes (hidden 4096, 64 heads of 512 with 64 rotary
channels, q rank 1024, 8 output groups of 1024, indexer 64 x 128 top-512, CSA rate 4, HCA rate 128,
window 128, 4 mHC streams, experts of width 2048, YaRN on the compressed branch) but three layers
(sliding, CSA, HCA), 8 experts and a 1024-token vocabulary is written by transformers and loaded by
Sluice. Reported: the largest prompt-logprob difference, whether greedy tokens agree, and the
prefill time of each implementation (fp32, same thread count). Too slow for the unit tests.

    .venv/bin/python -P bench/v4_flash_shape.py --tokens 300 --threads 2
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import torch


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=300)
    parser.add_argument("--new-tokens", type=int, default=6)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    # the test helpers build the reference; the checkout goes last so that its `kernels/` folder
    # never shadows Hugging Face's `kernels` package that transformers imports
    sys.path.append(str(Path(__file__).resolve().parents[1]))

    from transformers import DeepseekV4Config, DeepseekV4ForCausalLM

    from sluice.inference.v4.loader import load_v4_model
    from tests.inference.reference_models import reference_greedy, reference_prompt_logprobs
    from tests.inference.reference_v4 import C, H, S, randomize

    config = DeepseekV4Config(
        vocab_size=1024,
        num_hidden_layers=3,
        layer_types=[S, C, H],
        mlp_layer_types=["hash_moe", "moe", "moe"],
        n_routed_experts=8,
        num_nextn_predict_layers=0,
        max_position_embeddings=4096,
        rope_parameters={"rope_type": "yarn", "factor": 16, "original_max_position_embeddings": 256},
    )
    torch.manual_seed(0)
    ref = DeepseekV4ForCausalLM(config).eval()
    randomize(ref, 0)
    ids = torch.randint(2, 1024, (args.tokens,), generator=torch.Generator().manual_seed(0)).tolist()
    with tempfile.TemporaryDirectory() as tmp:
        ref.save_pretrained(Path(tmp))
        model = load_v4_model(tmp)
    start = time.perf_counter()
    ours = model.prompt_logprobs(ids)
    ours_s = time.perf_counter() - start
    start = time.perf_counter()
    theirs = reference_prompt_logprobs(ref, ids)
    theirs_s = time.perf_counter() - start
    same = model.greedy(ids, args.new_tokens) == reference_greedy(ref, ids, args.new_tokens)
    print(f"tokens {args.tokens}  max |logprob diff| {(ours - theirs).abs().max().item():.2e}  "
          f"greedy tokens equal {same}")
    print(f"prefill: sluice {ours_s:.2f} s, transformers {theirs_s:.2f} s ({args.threads} threads, fp32)")


if __name__ == "__main__":
    main()
