"""Several writers at once (threads in one process, and separate processes) never leave a gap or a fork."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from sqlalchemy import select

from sluice.audit.storage.log import append_events
from sluice.audit.storage.models import EventRow
from sluice.audit.verify.database import verify_database
from tests.audit.helpers import sample_request

ROOT = Path(__file__).resolve().parents[2]


def _writer_process(url: str, count: int, threads: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tests.audit.writer_proc", url, str(count), str(threads)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _positions(engine) -> list[int]:
    with engine.connect() as conn:
        return list(conn.execute(select(EventRow.seq).order_by(EventRow.seq)).scalars())


def test_threads_appending_in_their_own_transactions_get_gap_free_positions(log_engine):
    def work(k: int) -> None:
        for i in range(15):
            with log_engine.begin() as conn:
                append_events(conn, [sample_request(k * 100 + i), sample_request(k * 100 + i + 50)])

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert _positions(log_engine) == list(range(4 * 15 * 2))
    assert verify_database(log_engine).ok


def test_separate_processes_writing_concurrently_get_gap_free_positions(log_url, log_engine):
    procs = [_writer_process(log_url, 150, 4) for _ in range(3)]
    acked = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err[-2000:]
        acked += [int(line.split()[1]) for line in out.splitlines()]
    assert sorted(acked) == list(range(3 * 150 * 4))
    assert _positions(log_engine) == list(range(3 * 150 * 4))
    assert verify_database(log_engine).ok


def test_killing_a_writer_process_under_load_loses_no_committed_event(log_url, log_engine):
    proc = _writer_process(log_url, 0, 8)
    acked: dict[int, str] = {}
    deadline = time.monotonic() + 60
    while len(acked) < 1500 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        _, seq, event_id = line.split()
        acked[int(seq)] = event_id
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert len(acked) >= 1500, proc.stderr.read()[-2000:]
    with log_engine.connect() as conn:
        stored = dict(conn.execute(select(EventRow.seq, EventRow.event_id)).all())
    missing = {seq: eid for seq, eid in acked.items() if stored.get(seq) != eid}
    assert not missing
    assert sorted(stored) == list(range(len(stored)))  # what was in flight is either whole or absent
    report = verify_database(log_engine)
    assert report.ok, report.summary()


def test_checkpoints_signed_while_events_are_appended_never_fail_with_a_busy_database(log_engine, signer):
    """Signing reads the tree, then writes: on SQLite that transaction takes the write lock when it
    begins, so a writer that commits in between makes it wait instead of failing at once."""
    from types import SimpleNamespace

    from sluice.audit import service

    runtime = SimpleNamespace(engine=log_engine, signer=lambda: signer, origin="sluice.test/audit")
    failures: list[BaseException] = []
    signed: list[int] = []
    stop = threading.Event()

    def append() -> None:
        i = 0
        while not stop.is_set():
            with log_engine.begin() as conn:
                append_events(conn, [sample_request(10_000 + i)])
            i += 1

    def sign() -> None:
        try:
            for _ in range(25):
                signed.append(service.make_checkpoint(runtime)["tree_size"])
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    writers = [threading.Thread(target=append) for _ in range(2)]
    signers = [threading.Thread(target=sign) for _ in range(3)]
    for t in writers + signers:
        t.start()
    for t in signers:
        t.join()
    stop.set()
    for t in writers:
        t.join()
    assert not failures, failures[:3]
    assert len(signed) == 75 and max(signed) > 0
    assert verify_database(log_engine).ok
