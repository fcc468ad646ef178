"""Checkpoints come on a cadence of events and seconds, judged by what is stored, so restarts and
several processes neither delay nor duplicate them."""

from __future__ import annotations

import threading

import orjson
import pytest
from sqlalchemy import func, select

from sluice.audit.publish.checkpointer import Checkpointer
from sluice.audit.storage.log import append_events
from sluice.audit.storage.models import CheckpointRow, EventRow
from sluice.audit.storage.tree import latest_checkpoint
from tests.audit.helpers import sample_request


class Clock:
    def __init__(self, now: float):
        self.now = now

    def __call__(self) -> float:
        return self.now


def _append(engine, start: int, count: int) -> None:
    with engine.begin() as conn:
        append_events(conn, [sample_request(i) for i in range(start, start + count)])


def _checkpoints(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(CheckpointRow)).scalar_one()


def _checkpointer(engine, signer, clock, **kwargs) -> Checkpointer:
    return Checkpointer(engine=engine, signer=lambda: signer, origin=signer.name, every_events=50, every_s=60.0,
                        clock=clock, **kwargs)


def test_a_checkpoint_comes_after_every_events_or_every_seconds_and_not_before(log_engine, signer):
    import time

    clock = Clock(time.time())
    checkpointer = _checkpointer(log_engine, signer, clock)
    assert checkpointer.checkpoint_if_due() is None  # an empty log needs none
    _append(log_engine, 0, 10)
    assert checkpointer.checkpoint_if_due() == 10  # the first events are covered at once
    _append(log_engine, 10, 49)
    assert checkpointer.checkpoint_if_due() is None  # 49 new events, 0 s: not yet
    _append(log_engine, 59, 1)
    assert checkpointer.checkpoint_if_due() == 60  # the 50th event
    _append(log_engine, 60, 3)
    clock.now += 59
    assert checkpointer.checkpoint_if_due() is None
    clock.now += 1
    assert checkpointer.checkpoint_if_due() == 63  # 60 s after the newest checkpoint
    clock.now += 600
    assert checkpointer.checkpoint_if_due() is None  # nothing new to cover


def test_a_restart_does_not_reset_the_cadence(log_engine, signer):
    import time

    clock = Clock(time.time())
    _append(log_engine, 0, 5)
    assert _checkpointer(log_engine, signer, clock).checkpoint_if_due() == 5
    _append(log_engine, 5, 5)
    clock.now += 61  # the process restarted meanwhile: a new checkpointer, no timer of its own
    assert _checkpointer(log_engine, signer, clock).checkpoint_if_due() == 10


def test_shutdown_signs_what_is_not_covered(log_engine, signer):
    import time

    clock = Clock(time.time())
    checkpointer = _checkpointer(log_engine, signer, clock)
    _append(log_engine, 0, 5)
    checkpointer.checkpoint_if_due()
    _append(log_engine, 5, 2)
    assert checkpointer.checkpoint_if_due() is None
    assert checkpointer.tick(final=True).latest_size == 7


def test_two_signing_keys_do_not_re_sign_the_same_size_in_turn(log_engine, signer):
    import time

    from sluice.audit.signing import Signer

    clock = Clock(time.time())
    _append(log_engine, 0, 5)
    old = _checkpointer(log_engine, signer, clock)
    new = _checkpointer(log_engine, Signer.generate(signer.name), clock)
    assert old.checkpoint_if_due() == 5
    clock.now += 600
    assert new.checkpoint_if_due() is None and old.checkpoint_if_due() is None
    _append(log_engine, 5, 50)
    assert new.checkpoint_if_due() == 56  # the 55 events and the record of the key change
    with log_engine.connect() as conn:
        assert latest_checkpoint(conn).key_id == new.signer().key_id
        changed = orjson.loads(conn.execute(select(EventRow.entry).where(EventRow.seq == 55)).scalar_one())
    assert changed["action"] == "audit.signing_key_changed"
    assert changed["detail"]["previous_key_id"] == signer.key_id
    assert changed["detail"]["public_key"] == new.signer().verifier.text()


@pytest.mark.parametrize("processes", [4])
def test_processes_that_find_it_due_together_sign_one_checkpoint(log_engine, signer, processes):
    import time

    _append(log_engine, 0, 100)
    clock = Clock(time.time())
    barrier = threading.Barrier(processes)
    results: list = []

    def run() -> None:
        checkpointer = _checkpointer(log_engine, signer, clock)
        barrier.wait()
        results.append(checkpointer.checkpoint_if_due())

    threads = [threading.Thread(target=run) for _ in range(processes)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(results, key=str) == [100] + [None] * (processes - 1)
    assert _checkpoints(log_engine) == 1
