"""Columns that select events are copies of the hashed entry: moving an event by editing one is caught.

An operator who changes ``tenant_id`` in the database must not thereby put tenant B's event into
tenant A's export or in front of tenant A's auditor, and verification must name the edit.
"""

from __future__ import annotations

import pytest
from sqlalchemy import update

from sluice.audit import service
from sluice.audit.errors import LogTampered
from sluice.audit.export.bundle import write_bundle
from sluice.audit.export.query import EventFilter
from sluice.audit.storage.log import append_events
from sluice.audit.storage.models import EventRow
from tests.audit.helpers import sample_request

_events = EventRow.__table__


@pytest.fixture
def moved(log_engine):
    """Ten events alternating between two tenants; event 3 (tenant b) relabelled as tenant a's."""
    with log_engine.begin() as conn:
        append_events(conn, [sample_request(i, tenant="ten_a" if i % 2 == 0 else "ten_b") for i in range(10)])
        conn.execute(update(_events).where(_events.c.seq == 3).values(tenant_id="ten_a"))
    return log_engine


def test_a_filtered_export_refuses_a_log_whose_columns_contradict_its_entries(moved, signer, tmp_path):
    target = tmp_path / "a.zip"
    with pytest.raises(LogTampered, match="record 3"):
        write_bundle(moved, target, flt=EventFilter(tenant_id="ten_a"), signer=signer, origin="o")
    assert not target.exists() and not list(tmp_path.glob("*.zip*"))


def test_search_shows_a_moved_event_as_edited_without_its_content(moved):
    with moved.connect() as conn:
        items = service.search(conn, EventFilter(tenant_id="ten_a"), limit=20)["items"]
    flagged = [i for i in items if i["seq"] == 3]
    assert flagged == [{"seq": 3, "purged": False, "tampered": True, "event": None}]
    assert all(i["event"]["tenant_id"] == "ten_a" for i in items if i["seq"] != 3)


def test_who_may_see_an_event_is_decided_by_its_hashed_entry(moved):
    with moved.connect() as conn:
        assert service.get_event(conn, 3)["tenant_id"] == "ten_b"
