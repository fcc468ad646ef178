"""The hashed lock files install what pyproject.toml asks for, and nothing drifts between them."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
# The machines the locks are resolved for (`make lock`): CPython 3.11 on x86-64 Linux.
TARGET = {**default_environment(), "python_version": "3.11", "python_full_version": "3.11.7",
          "sys_platform": "linux", "platform_system": "Linux", "platform_machine": "x86_64"}
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^ \\;]+)")


def read_lock(name: str) -> dict[str, tuple[str, int]]:
    """name -> (version, number of hashes)"""
    pins: dict[str, tuple[str, int]] = {}
    current = None
    for line in (ROOT / "requirements" / name).read_text().splitlines():
        match = PIN.match(line)
        if match:
            current = canonicalize_name(match.group(1))
            pins[current] = (match.group(2), 0)
        elif line.strip().startswith("--hash=sha256:") and current is not None:
            version, hashes = pins[current]
            pins[current] = (version, hashes + 1)
    return pins


def wanted(extra: str | None) -> list[Requirement]:
    specs = list(PYPROJECT["project"]["dependencies"])
    if extra:
        specs += PYPROJECT["project"]["optional-dependencies"][extra]
    reqs = [Requirement(s) for s in specs]
    return [r for r in reqs if r.marker is None or r.marker.evaluate({**TARGET, "extra": ""})]


@pytest.mark.parametrize(("lock", "extra"), [("runtime.lock", None), ("dev.lock", "dev")])
def test_every_dependency_is_pinned_within_its_range(lock, extra):
    pins = read_lock(lock)
    problems = []
    for req in wanted(extra):
        name = canonicalize_name(req.name)
        if name == "torch":
            assert name not in pins, "torch is installed on its own (CPU or CUDA build), not from the lock"
            continue
        if name not in pins:
            problems.append(f"{req.name} is not in {lock}")
        elif not req.specifier.contains(pins[name][0], prereleases=True):
            problems.append(f"{req.name}=={pins[name][0]} in {lock} is outside {req.specifier}")
    assert not problems, "; ".join(problems) + " -- run `make lock`"


@pytest.mark.parametrize("lock", ["runtime.lock", "dev.lock"])
def test_every_pin_carries_a_hash(lock):
    unhashed = [name for name, (_, hashes) in read_lock(lock).items() if hashes == 0]
    assert not unhashed


def test_the_dev_lock_pins_the_runtime_at_the_same_versions():
    runtime, dev = read_lock("runtime.lock"), read_lock("dev.lock")
    drift = {n: (v, dev.get(n, ("missing",))[0]) for n, (v, _) in runtime.items() if dev.get(n, ("",))[0] != v}
    assert not drift


def test_torch_is_installed_at_the_version_pyproject_pins():
    pinned = [r for r in wanted(None) if canonicalize_name(r.name) == "torch"][0]
    makefile = re.search(r"^TORCH\s*:=\s*torch==(\S+)", (ROOT / "Makefile").read_text(), re.M).group(1)
    dockerfile = re.search(r"^ARG TORCH_VERSION=(\S+)", (ROOT / "Dockerfile").read_text(), re.M).group(1)
    assert str(pinned.specifier) == f"=={makefile}" == f"=={dockerfile}"
