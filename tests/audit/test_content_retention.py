"""Captured content is encrypted per tenant and erasable; retention purges without breaking verification."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import orjson
from sqlalchemy import func, select

from sluice.audit.erasure import finish_erasure, null_data_keys
from sluice.audit.events import CapturedContent, time_us
from sluice.audit.storage.content import ContentSealer
from sluice.audit.storage.kek_files import FileKekStore
from sluice.audit.retention import Rule, apply_retention, set_retention
from sluice.audit.storage.log import append_events
from sluice.audit.storage.models import ContentRow, EventRow
from sluice.audit.storage.tree import create_checkpoint
from sluice.audit.verify.database import verify_database
from tests.audit.helpers import sample_request

SECRET = "patient Jane Roe, SSN 078-05-1120"


def _captured(i: int, tenant: str, when: datetime | None = None):
    extra = {"time": when} if when else {}
    return sample_request(i, tenant=tenant, capture=CapturedContent(prompt=SECRET, response=f"answer {i}"), **extra)


def test_captured_content_is_encrypted_at_rest_and_readable_with_the_tenant_key(log_engine, tmp_path):
    sealer = ContentSealer(FileKekStore(tmp_path / "keks"))
    with log_engine.begin() as conn:
        results = append_events(conn, [_captured(i, "ten_a") for i in range(3)] + [_captured(9, "ten_b")],
                                sealer=sealer)
    with log_engine.connect() as conn:
        stored = [bytes(c) for c in conn.execute(select(ContentRow.ciphertext)).scalars()]
        keys = conn.execute(select(ContentRow.tenant_id, ContentRow.data_key_id).distinct()).all()
        plain = orjson.loads(sealer.open(conn, results[1].seq))
    assert len(stored) == 4 and all(SECRET.encode() not in c for c in stored)
    assert len({k for _, k in keys}) == 2  # one data key per tenant
    assert plain == {"prompt": SECRET, "response": "answer 1"}


def test_destroying_a_tenant_key_erases_its_content_and_the_log_still_verifies(log_engine, signer, tmp_path):
    store = FileKekStore(tmp_path / "keks")
    sealer = ContentSealer(store)
    with log_engine.begin() as conn:
        results = append_events(conn, [_captured(1, "ten_a"), _captured(2, "ten_b")], sealer=sealer)
        create_checkpoint(conn, signer=signer, origin="o")
    now = time_us(datetime.now(timezone.utc))
    with log_engine.begin() as conn:
        ids = null_data_keys(conn, "ten_a", now)
    finish_erasure(log_engine, store=store, tenant_id="ten_a", now_us=now, data_keys=ids)
    with log_engine.connect() as conn:
        assert sealer.open(conn, results[0].seq) is None
        assert sealer.open(conn, results[1].seq) is not None
    with log_engine.begin() as conn:  # new content of that tenant goes under a new key
        later = append_events(conn, [_captured(3, "ten_a")], sealer=sealer)
    with log_engine.connect() as conn:
        assert orjson.loads(sealer.open(conn, later[0].seq))["response"] == "answer 3"
    assert verify_database(log_engine, verifier=signer.verifier).ok


def test_content_capture_without_a_key_refuses_the_event_rather_than_store_it_in_clear(log_engine):
    import pytest

    from sluice.audit.errors import ContentKeyError

    with pytest.raises(ContentKeyError), log_engine.begin() as conn:
        append_events(conn, [_captured(1, "ten_a")])


def test_retention_purges_old_events_and_content_per_tenant_and_logs_the_purge(log_engine, signer, tmp_path):
    sealer = ContentSealer(FileKekStore(tmp_path / "keks"))
    now = datetime.now(timezone.utc)
    old, recent = now - timedelta(days=40), now - timedelta(days=5)
    with log_engine.begin() as conn:
        append_events(conn, [_captured(i, "ten_a", old) for i in range(5)] + [_captured(i, "ten_a", recent)
                                                                             for i in range(5, 8)]
                      + [_captured(i, "ten_b", old) for i in range(8, 10)], sealer=sealer)
        set_retention(conn, tenant_id="ten_a", events_days=30, content_days=3)
        create_checkpoint(conn, signer=signer, origin="o")
    purged = apply_retention(log_engine, default=Rule(None, None), now=now)
    assert [(p["tenant_id"], p["events_purged"], p["content_purged"]) for p in purged] == [("ten_a", 5, 8)]
    with log_engine.connect() as conn:
        kept = conn.execute(select(func.count()).select_from(EventRow).where(EventRow.entry.is_not(None),
                                                                           EventRow.tenant_id == "ten_b")).scalar()
        content_b = conn.execute(select(func.count()).select_from(ContentRow)
                                 .where(ContentRow.tenant_id == "ten_b")).scalar()
        purge_event = orjson.loads(conn.execute(select(EventRow.entry).where(EventRow.kind == "system")).scalar_one())
    assert (kept, content_b) == (2, 2)  # the other tenant's rule (the default: forever) applies to it
    assert purge_event["action"] == "audit.purged" and purge_event["detail"]["events_purged"] == 5
    with log_engine.begin() as conn:
        create_checkpoint(conn, signer=signer, origin="o")
    report = verify_database(log_engine, verifier=signer.verifier)
    assert report.ok, report.summary()
    assert (report.records, report.tree_size) == (11 - 5, 11)
    assert apply_retention(log_engine, default=Rule(None, None), now=now) == []  # nothing left to purge
