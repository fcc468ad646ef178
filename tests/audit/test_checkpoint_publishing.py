"""Checkpoints leave the database: a directory, an object-locked S3 bucket (moto's server) and a
``sluice audit witness`` process. Sinks that are down are caught up; a rewritten log is refused."""

from __future__ import annotations

import time
from urllib.parse import quote

import pytest

from sluice.audit.cosignature import CosignatureVerifier
from sluice.audit.publish.checkpointer import Checkpointer
from sluice.audit.publish.sinks import sink_from_url
from sluice.audit.storage.log import append_events
from sluice.audit.storage.models import install
from sluice.audit.storage.publications import cosignature_lines
from sluice.audit.storage.tree import latest_checkpoint
from sluice.audit.witness.protocol import note_text
from tests.audit.conftest import sqlite_engine
from tests.audit.helpers import sample_request
from tests.support.s3_emulator import locked_bucket
from tests.support.witness_process import WitnessProcess

BUCKET = "audit-checkpoints"


class Clock:
    def __init__(self):
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


def _append(engine, start: int, count: int, salt: str = "") -> None:
    with engine.begin() as conn:
        append_events(conn, [sample_request(i, request_id=f"{salt}req-{i}") for i in range(start, start + count)])


@pytest.fixture
def witness(tmp_path, signer):
    log_key = tmp_path / "log.pub"
    log_key.write_text(signer.verifier.text() + "\n")
    process = WitnessProcess(tmp_path / "witness", {signer.name: log_key}).start()
    yield process
    process.stop()


def _witness_url(witness: WitnessProcess) -> str:
    return f"witness+{witness.url}?key={quote(witness.public_key, safe='')}"


def _checkpointer(engine, signer, clock, urls: list[str], failures: list[str] | None = None) -> Checkpointer:
    return Checkpointer(engine=engine, signer=lambda: signer, origin=signer.name, every_events=10, every_s=60.0,
                        sinks=[sink_from_url(url) for url in urls], quorum=1, quorum_grace_s=0.0, clock=clock,
                        on_publish_failure=(failures.append if failures is not None else None))


def test_checkpoints_reach_every_sink_and_a_witness_that_was_down_is_caught_up(log_engine, signer, witness,
                                                                               tmp_path, monkeypatch):
    import boto3

    folder = tmp_path / "worm"
    clock, failures = Clock(), []
    with locked_bucket(monkeypatch, BUCKET) as endpoint:
        urls = [f"file://{folder}", f"s3://{BUCKET}/sluice?endpoint={endpoint}&object_lock_days=30",
                _witness_url(witness)]
        checkpointer = _checkpointer(log_engine, signer, clock, urls, failures)
        _append(log_engine, 0, 10)
        status = checkpointer.tick()
        assert status.detail(1) == "ok" and status.cosignatures == 1
        with log_engine.connect() as conn:
            note = latest_checkpoint(conn).note
            (line,) = cosignature_lines(conn, 10)
        assert (folder / "10.checkpoint").read_text() == note
        s3 = boto3.client("s3", endpoint_url=endpoint)
        stored = s3.get_object(Bucket=BUCKET, Key="sluice/10.checkpoint")
        assert stored["Body"].read().decode() == note and stored["ObjectLockMode"] == "COMPLIANCE"
        CosignatureVerifier.parse(witness.public_key).find(note_text(note), line)

        witness.stop()  # the witness is unreachable: the other sinks go on, the status says what is missing
        _append(log_engine, 10, 20)
        clock.now += 5
        status = checkpointer.tick()
        assert status.latest_size == 30 and (folder / "30.checkpoint").exists()
        assert failures == [checkpointer.sinks[2].name]
        assert "degraded" in status.detail(1) and "witness quorum 0/1 on checkpoint 30" in status.detail(1)
        clock.now += 5
        assert checkpointer.publish().unpublished_s == pytest.approx(5)  # retried (backoff 1 s), failed again
        assert len(failures) == 2

        witness.start()
        _append(log_engine, 30, 15)
        clock.now += 120
        restarted = _checkpointer(log_engine, signer, clock, urls)  # a new process: it learns the witness's size
        status = restarted.tick()
        assert status.detail(1) == "ok" and status.latest_size == 45 and status.unpublished_s == 0
        with log_engine.connect() as conn:
            assert len(cosignature_lines(conn, 45)) == 1
        assert s3.get_object(Bucket=BUCKET, Key="sluice/45.checkpoint")["ObjectLockMode"] == "COMPLIANCE"


def test_the_witness_refuses_a_rewritten_log_and_the_gateway_reports_it(log_engine, signer, witness, tmp_path):
    clock = Clock()
    _append(log_engine, 0, 10)
    assert _checkpointer(log_engine, signer, clock, [_witness_url(witness)]).tick().cosignatures == 1
    forged = sqlite_engine(tmp_path / "forged.db")  # the same key, a history that does not extend the old one
    with forged.begin() as conn:
        install(conn)
    _append(forged, 0, 25, salt="forged-")
    status = _checkpointer(forged, signer, clock, [_witness_url(witness)]).tick()
    forged.dispose()
    assert status.cosignatures == 0
    (error,) = status.failing.values()
    assert "refused with 422" in error
    assert len(list((tmp_path / "witness" / "state" / "refused").iterdir())) == 1
