"""Fixtures for the policy library tests: pipelines are built once per session (models load once)."""

from __future__ import annotations

import pytest
import torch

from sluice.policy import build_pipeline, default_policy, load_policy

TENANT_KEY = b"tenant-a-secret-key-0123456789ab"
OTHER_TENANT_KEY = b"tenant-b-secret-key-0123456789ab"

torch.set_num_threads(1)


@pytest.fixture(scope="session")
def default_pipeline():
    return build_pipeline(default_policy(), tenant_secret=TENANT_KEY)


def make_pipeline(overrides: dict, *, key: bytes = TENANT_KEY):
    """The default policy with ``overrides`` merged in (nested dicts merge, others replace)."""
    base = default_policy().model_dump(mode="json")

    def merge(into: dict, extra: dict) -> dict:
        for k, v in extra.items():
            if isinstance(v, dict) and isinstance(into.get(k), dict):
                merge(into[k], v)
            else:
                into[k] = v
        return into

    return build_pipeline(load_policy(merge(base, overrides)), tenant_secret=key)


@pytest.fixture(scope="session")
def pipeline_factory():
    return make_pipeline
