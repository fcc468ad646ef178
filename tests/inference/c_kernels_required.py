"""The V4 C-kernel tests skip only where there is no C compiler: with one, a kernel that does not build
is a failure, not a skip (the engine would silently fall back to the slower torch ops)."""

from __future__ import annotations

import pytest

from sluice.inference.v4 import c_build


def require_built(built: bool) -> None:
    if built:
        return
    if c_build._compiler() is None:
        pytest.skip("no C compiler here")
    pytest.fail("a C compiler is here but a V4 C kernel did not build (see the logged compiler error)")
