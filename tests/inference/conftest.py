from __future__ import annotations

import random
import sys

import pytest


@pytest.fixture(autouse=True, scope="session")
def _few_threads():
    # The CI machine is small and shared: one intra-op thread avoids oversubscription stalls.
    # Plain-Python tests (block manager, scheduler) never import torch; leave it alone for them.
    torch = sys.modules.get("torch")
    if torch is None:
        yield
        return
    previous = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(previous)


def _built_once(tmp_path_factory, build):
    """name -> (checkpoint dir, transformers model), each built on first use."""
    cache: dict = {}

    def get(name: str):
        if name not in cache:
            path = tmp_path_factory.mktemp(name)
            cache[name] = (path, build(name, path))
        return cache[name]

    return get


@pytest.fixture(scope="session")
def reference_checkpoints(tmp_path_factory):
    """DeepSeek-V2 / V3 checkpoints written by transformers, built lazily once per session."""
    from tests.inference.reference_models import build

    return _built_once(tmp_path_factory, build)


@pytest.fixture(scope="session")
def demo_dir(tmp_path_factory):
    from sluice.inference.random_v3 import write_random_v3

    return write_random_v3(tmp_path_factory.mktemp("models") / "sluice-demo")


@pytest.fixture(scope="session")
def demo_llm(demo_dir):
    from sluice.inference import LLM

    return LLM(demo_dir, load_progress=False, num_kv_blocks=512, block_size=8)


def random_prompts(count: int, low: int, high: int, vocab: int, seed: int = 0) -> list[list[int]]:
    rng = random.Random(seed)
    return [[rng.randrange(2, vocab) for _ in range(rng.randint(low, high))] for _ in range(count)]


@pytest.fixture(scope="session")
def v4_checkpoints(tmp_path_factory):
    """DeepSeek-V4 checkpoints in transformers' save_pretrained layout, built once per session."""
    from tests.inference.reference_v4 import build_v4

    return _built_once(tmp_path_factory, build_v4)
