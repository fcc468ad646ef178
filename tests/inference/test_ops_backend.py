"""The kernel backend switch: engine argument first, then SLUICE_KERNEL_BACKEND, then auto."""

from __future__ import annotations

import subprocess
import sys

import pytest
import torch

from sluice.inference import ops
from sluice.inference.errors import ConfigError


@pytest.fixture(autouse=True)
def _restore():
    saved = dict(ops._state)
    yield
    ops._state.clear()
    ops._state.update(saved)


def test_auto_picks_torch_on_cpu(monkeypatch):
    monkeypatch.delenv(ops.ENV_VAR, raising=False)
    assert ops.select_backend(None, "cpu") == "torch" == ops.active_backend()


def test_environment_variable_is_used_when_no_argument_is_given(monkeypatch):
    monkeypatch.setenv(ops.ENV_VAR, "nonsense")
    with pytest.raises(ConfigError, match="nonsense"):
        ops.select_backend(None, "cpu")
    assert ops.select_backend("torch", "cpu") == "torch"  # the argument wins over the environment


def test_triton_needs_cuda_or_the_interpreter(monkeypatch):
    monkeypatch.delenv("TRITON_INTERPRET", raising=False)
    with pytest.raises(ConfigError, match="CUDA"):
        ops.select_backend("triton", "cpu")


def test_registered_kernel_replaces_the_torch_op_only_on_the_triton_backend():
    calls = []

    def fake_rms_norm(x, weight, eps, residual=None):
        calls.append(x.shape)
        return x

    x = torch.randn(2, 4)
    ops.select_backend("torch", "cpu")
    ops.register_kernel("rms_norm", fake_rms_norm)
    assert ops.rms_norm(x, torch.ones(4), 1e-6) is not x and calls == []
    ops._state["backend"] = "triton"  # as select_backend("triton") leaves it on a GPU
    ops.register_kernel("rms_norm", fake_rms_norm)
    assert ops.rms_norm(x, torch.ones(4), 1e-6) is x and calls == [(2, 4)]
    ops.select_backend("torch", "cpu")
    assert ops.rms_norm(x, torch.ones(4), 1e-6) is not x


def test_torch_backend_and_kernel_wrappers_run_where_triton_is_not_installed():
    code = """
import sys
sys.modules["triton"] = None  # as on a machine without triton: importing it raises ImportError
import torch
from sluice import kernels
from sluice.inference import ops
assert ops.select_backend("auto", "cpu") == "torch"
x, w = torch.randn(3, 8), torch.randn(8)
torch.testing.assert_close(ops.rms_norm(x, w, 1e-6), kernels.rms_norm(x, w, 1e-6))
"""
    result = subprocess.run([sys.executable, "-P", "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
