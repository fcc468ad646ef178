"""Retention you can prove: a purge leaves signed tombstones; an entry emptied without one is a deletion."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import orjson
from sqlalchemy import select, update

from sluice.audit.retention import Rule, apply_retention, set_retention
from sluice.audit.storage.log import append_events
from sluice.audit.storage.models import EventRow
from sluice.audit.storage.tree import create_checkpoint
from sluice.audit.tombstones import RANGES_PER_EVENT, Coverage, to_ranges, tombstone_ranges
from sluice.audit.verify.database import verify_database
from tests.audit.helpers import sample_request

_events = EventRow.__table__
NOW = datetime.now(timezone.utc)
OLD, RECENT = NOW - timedelta(days=40), NOW - timedelta(days=2)


def _fill_and_purge(engine, signer, count: int = 30) -> list[dict]:
    """Tenants a and b interleaved, the first two thirds old; tenant a keeps events 30 days."""
    with engine.begin() as conn:
        append_events(conn, [sample_request(i, tenant="ten_a" if i % 2 else "ten_b",
                                            time=OLD if i < count * 2 // 3 else RECENT) for i in range(count)])
        set_retention(conn, tenant_id="ten_a", events_days=30, content_days=None)
        create_checkpoint(conn, signer=signer, origin="o")
    purged = apply_retention(engine, default=Rule(None, None), now=NOW)
    with engine.begin() as conn:
        create_checkpoint(conn, signer=signer, origin="o")
    return purged


def _tombstones(engine) -> list[dict]:
    with engine.connect() as conn:
        rows = conn.execute(select(_events.c.entry).where(_events.c.action == "audit.purged")).scalars()
        return [orjson.loads(r) for r in rows]


def test_a_purge_names_every_emptied_position_with_its_reason_and_rule(log_engine, signer):
    _fill_and_purge(log_engine, signer)
    [tomb] = _tombstones(log_engine)
    assert tomb["tenant_id"] == "ten_a" and tomb["detail"]["reason"] == "retention"
    assert tomb["detail"]["rule"] == {"events_days": 30, "content_days": None}
    assert tomb["detail"]["positions"] == [[i, i] for i in range(1, 20, 2)]
    with log_engine.connect() as conn:
        empty = sorted(conn.execute(select(_events.c.seq).where(_events.c.entry.is_(None))).scalars())
    assert empty == list(range(1, 20, 2))
    report = verify_database(log_engine, verifier=signer.verifier)
    assert report.ok, report.problems
    assert any("10 position(s) emptied by retention" in n for n in report.notes)


def test_tombstones_are_never_purged_by_a_later_purge(log_engine, signer):
    _fill_and_purge(log_engine, signer)
    later = NOW + timedelta(days=90)
    apply_retention(log_engine, default=Rule(None, None), now=later)
    tombs = _tombstones(log_engine)
    assert len(tombs) == 2 and all(t is not None for t in tombs)
    assert verify_database(log_engine, verifier=signer.verifier).ok


def test_an_entry_emptied_by_hand_is_reported_as_deleted(log_engine, signer):
    _fill_and_purge(log_engine, signer)
    with log_engine.begin() as conn:  # a fake purge: tenant b's event 4, no tombstone
        conn.execute(update(_events).where(_events.c.seq == 4).values(entry=None, purged_time_us=0))
    report = verify_database(log_engine, verifier=signer.verifier)
    problem = report.first()
    assert (problem.kind, problem.seq) == ("deleted", 4), report.problems
    assert "no tombstone" in problem.message


def test_a_tombstone_cannot_vouch_for_positions_after_itself():
    entry = orjson.dumps({"kind": "system", "action": "audit.purged", "detail": {"positions": [[1, 3], [7, 9]]}})
    assert tombstone_ranges(8, entry) == [(1, 3)]
    assert tombstone_ranges(8, b'{"kind":"request"}') is None


def test_ranges_batches_and_coverage():
    assert to_ranges([5, 1, 2, 3, 9]) == [[1, 3], [5, 5], [9, 9]]
    coverage = Coverage()
    coverage.add([(1, 3), (5, 8)])
    coverage.add([(4, 4)])
    assert coverage.uncovered(0, 10) == [(0, 0), (9, 10)]
    assert coverage.uncovered(2, 7) == []
    assert RANGES_PER_EVENT >= 1000


# --- bundles -------------------------------------------------------------------------------------
def _complete_export(engine, signer, tmp_path):
    from sluice.audit.export.bundle import write_bundle
    from sluice.audit.export.query import EventFilter

    return write_bundle(engine, tmp_path / "all.zip", flt=EventFilter(), signer=signer, origin="o").path


def test_a_complete_bundle_verifies_after_retention_and_lists_the_purged_positions(log_engine, signer, tmp_path):
    import zipfile

    from sluice.audit.verify.bundle import verify_bundle

    _fill_and_purge(log_engine, signer)
    bundle = _complete_export(log_engine, signer, tmp_path)
    with zipfile.ZipFile(bundle) as archive:
        manifest = orjson.loads(archive.read("manifest.json"))
    assert manifest["purged"] == [[i, i] for i in range(1, 20, 2)]
    report = verify_bundle(bundle, verifier=signer.verifier)
    assert report.ok, report.problems
    assert report.records == 31 - 10  # 30 events and the tombstone, less the purged


def test_a_bundle_missing_a_record_no_tombstone_names_still_fails(log_engine, signer, tmp_path):
    import zipfile

    from sluice.audit.verify.bundle import verify_bundle

    _fill_and_purge(log_engine, signer)
    bundle = _complete_export(log_engine, signer, tmp_path)
    with zipfile.ZipFile(bundle) as src:
        members = {name: src.read(name) for name in src.namelist()}
    lines = members["events.jsonl"].splitlines(keepends=True)
    members["events.jsonl"] = b"".join(line for line in lines if b'"seq":4,' not in line)
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(forged, "w") as out:
        for name, data in members.items():
            out.writestr(name, data)
    report = verify_bundle(forged, verifier=signer.verifier)
    assert any(p.kind == "deleted" and p.seq == 4 for p in report.problems), report.problems
