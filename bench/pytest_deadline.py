"""pytest plugin: ``--test-deadline S`` fails any one test that runs longer than S seconds.

For the GPU check, where a hung kernel launch or a pathological compile must cost one test, not the
whole run. Plain SIGALRM, so it needs nothing installed; a test stuck inside one native call that
never returns to Python is ended by the outer ``timeout`` of the script instead.

    python -m pytest -p bench.pytest_deadline --test-deadline 60 tests/kernels -m gpu
"""

from __future__ import annotations

import signal

import pytest


def pytest_addoption(parser) -> None:
    parser.addoption("--test-deadline", type=float, default=0.0, help="seconds one test may run (0: no limit)")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    limit = item.config.getoption("--test-deadline")
    if not limit:
        yield
        return

    def expire(_signum, _frame):
        pytest.fail(f"ran past the {limit:g} s limit for one test", pytrace=False)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
