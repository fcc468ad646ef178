"""A stream's two events: the intent committed before its first byte and the completion naming it.
Intents no completion names are the interrupted streams; both kinds verify and keep their columns."""

from __future__ import annotations

import orjson
from sqlalchemy import select

from sluice.audit.events import time_us
from sluice.audit.intents import interrupted_streams
from sluice.audit.storage.log import append_events
from sluice.audit.storage.models import EventRow
from sluice.audit.verify.database import verify_database
from tests.audit.helpers import sample_pair, sample_request


def test_a_request_without_an_intent_keeps_the_entry_bytes_it_had_before_intents():
    event = sample_request(1)
    assert b"intent_id" not in event.entry(0)
    intent, completion = sample_pair(2)
    assert orjson.loads(completion.entry(1))["intent_id"] == intent.id
    assert orjson.loads(intent.entry(0))["kind"] == "intent"


def test_intents_without_a_completion_are_found_and_completed_ones_are_not(log_engine):
    finished = sample_pair(1)
    cut_a, cut_b = sample_pair(2)[0], sample_pair(3, tenant="ten_b")[0]
    with log_engine.begin() as conn:
        append_events(conn, [finished[0], cut_a, sample_request(4), cut_b, finished[1]])
    with log_engine.connect() as conn:
        everyone = interrupted_streams(conn)
        tenant_a = interrupted_streams(conn, tenant_id="ten_a")
        rows = dict(conn.execute(select(EventRow.event_id, EventRow.model).where(EventRow.kind == "intent")).all())
    assert [i["event"]["id"] for i in everyone] == [cut_b.id, cut_a.id]
    assert [i["event"]["request_id"] for i in tenant_a] == ["req-2"]
    assert set(rows.values()) == {"sluice-demo"}  # an intent is selected by model like its completion
    assert verify_database(log_engine).ok


def test_a_stream_still_running_is_not_listed_before_its_start(log_engine):
    intent = sample_pair(1)[0]
    with log_engine.begin() as conn:
        append_events(conn, [intent])
    with log_engine.connect() as conn:
        assert interrupted_streams(conn, before_us=time_us(intent.time)) == []
        assert len(interrupted_streams(conn, before_us=time_us(intent.time) + 1)) == 1
