"""A checkpoint kept outside the database pins history: a rewritten, truncated or re-signed log fails against it.

An operator with write access to the database can rewrite every event, recompute the tree and delete the
stored checkpoints; the log then verifies on its own. A checkpoint published earlier (to a witness, a WORM
directory, an auditor's mailbox) is what catches it, for the database and for every later export.
"""

from __future__ import annotations

import zipfile

import orjson
import pytest
from sqlalchemy import delete, update

from sluice.audit.canonical import canonical_json
from sluice.audit.export.bundle import manifest_note_text, write_bundle
from sluice.audit.export.query import EventFilter
from sluice.audit.signing import sign_note
from sluice.audit.storage.log import append_events
from sluice.audit.storage.models import CheckpointRow, EventRow, LogState, NodeRow
from sluice.audit.storage.tree import create_checkpoint
from sluice.audit.verify.bundle import verify_bundle
from sluice.audit.verify.database import verify_database
from tests.audit.helpers import sample_request

ORIGIN = "sluice.test/audit"


def _grow(engine, signer, start: int, stop: int) -> str:
    with engine.begin() as conn:
        append_events(conn, [sample_request(i) for i in range(start, stop)])
        return create_checkpoint(conn, signer=signer, origin=ORIGIN).note


def _rewrite_history(engine, signer, size: int, *, keep_checkpoints: bool = False) -> None:
    """What a hostile operator can do with database access and the signing key beside it."""
    with engine.begin() as conn:
        conn.execute(delete(EventRow.__table__))
        conn.execute(delete(NodeRow.__table__))
        if not keep_checkpoints:
            conn.execute(delete(CheckpointRow.__table__))
        conn.execute(update(LogState.__table__).values(tree_size=0, frontier=b""))
        append_events(conn, [sample_request(i + 5000) for i in range(size)])
        create_checkpoint(conn, signer=signer, origin=ORIGIN)


def test_a_rewritten_log_without_its_checkpoints_fails_against_a_published_one(log_engine, signer):
    published = _grow(log_engine, signer, 0, 60)
    _rewrite_history(log_engine, signer, 60)
    assert verify_database(log_engine, verifier=signer.verifier).ok  # alone, the rewrite is invisible
    report = verify_database(log_engine, verifier=signer.verifier, published=[published])
    assert not report.ok
    assert any(p.kind == "checkpoint" and "published checkpoint 1" in p.message for p in report.problems)


def test_a_truncated_head_fails_against_a_published_checkpoint(log_engine, signer):
    _grow(log_engine, signer, 0, 40)
    published = _grow(log_engine, signer, 40, 70)
    with log_engine.begin() as conn:
        conn.execute(delete(CheckpointRow.__table__).where(CheckpointRow.__table__.c.tree_size > 40))
        conn.execute(delete(EventRow.__table__).where(EventRow.__table__.c.seq >= 55))
    report = verify_database(log_engine, verifier=signer.verifier, published=[published])
    problem = report.first()
    assert (problem.kind, problem.seq) == ("truncated", 55), report.problems


def test_a_published_checkpoint_needs_the_logs_key(log_engine, signer):
    from sluice.audit.signing import Signer

    published = _grow(log_engine, signer, 0, 10)
    other = Signer.generate(ORIGIN)
    report = verify_database(log_engine, verifier=other.verifier, published=[published])
    assert any(p.kind == "signature" and "published checkpoint 1" in p.message for p in report.problems)


# --- bundles -------------------------------------------------------------------------------------
@pytest.fixture
def sqlite_log(tmp_path):
    from sluice.audit.storage.models import install
    from sluice.gateway.database import make_engine

    engine = make_engine(f"sqlite:///{tmp_path / 'log.db'}")
    with engine.begin() as conn:
        install(conn)
    yield engine
    engine.dispose()


def _export(engine, signer, path):
    return write_bundle(engine, path, flt=EventFilter(), signer=signer, origin=ORIGIN).path


def test_an_export_of_a_rewritten_log_fails_against_a_checkpoint_published_before(sqlite_log, signer, tmp_path):
    published = _grow(sqlite_log, signer, 0, 50)
    _rewrite_history(sqlite_log, signer, 80)
    bundle = _export(sqlite_log, signer, tmp_path / "rewritten.zip")
    assert verify_bundle(bundle, verifier=signer.verifier).ok
    report = verify_bundle(bundle, verifier=signer.verifier, published=[published])
    assert any(p.kind == "checkpoint" and "published checkpoint 1" in p.message for p in report.problems)


def test_an_export_of_a_truncated_log_fails_against_a_checkpoint_published_before(sqlite_log, signer, tmp_path):
    published = _grow(sqlite_log, signer, 0, 50)
    _rewrite_history(sqlite_log, signer, 30)
    report = verify_bundle(_export(sqlite_log, signer, tmp_path / "short.zip"), verifier=signer.verifier,
                           published=[published])
    assert any(p.kind == "truncated" and "published checkpoint 1" in p.message for p in report.problems)


def test_an_honest_export_agrees_with_older_and_notes_newer_checkpoints(sqlite_log, signer, tmp_path):
    older = _grow(sqlite_log, signer, 0, 30)
    bundle = _export(sqlite_log, signer, tmp_path / "honest.zip")
    newer = _grow(sqlite_log, signer, 30, 45)
    report = verify_bundle(bundle, verifier=signer.verifier, published=[older, newer])
    assert report.ok, report.problems
    assert any("newer and larger" in n for n in report.notes)


def _members(path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def test_a_duplicate_member_is_rejected_before_anything_is_read(sqlite_log, signer, tmp_path):
    _grow(sqlite_log, signer, 0, 20)
    bundle = _export(sqlite_log, signer, tmp_path / "b.zip")
    forged = tmp_path / "dup.zip"
    with zipfile.ZipFile(forged, "w") as out, pytest.warns(UserWarning, match="Duplicate name"):
        out.writestr("events.jsonl", b"{}\n")  # a reader taking the first copy would see this one
        for name, data in _members(bundle):
            out.writestr(name, data)
    report = verify_bundle(forged, verifier=signer.verifier)
    assert not report.ok and "duplicate member" in report.first().message


def test_a_signed_manifest_with_unknown_fields_is_rejected(sqlite_log, signer, tmp_path):
    _grow(sqlite_log, signer, 0, 20)
    bundle = _export(sqlite_log, signer, tmp_path / "b.zip")
    members = dict(_members(bundle))
    manifest = orjson.loads(members["manifest.json"])
    manifest["complete_except"] = [3]
    members["manifest.json"] = canonical_json(manifest)
    members["manifest.sig"] = sign_note(manifest_note_text(members["manifest.json"]), signer).encode()
    forged = tmp_path / "fields.zip"
    with zipfile.ZipFile(forged, "w") as out:
        for name, data in members.items():
            out.writestr(name, data)
    report = verify_bundle(forged, verifier=signer.verifier)
    assert any("does not know: complete_except" in p.message for p in report.problems)



def test_a_checkpoint_whose_key_id_column_was_edited_is_still_checked_and_named(log_engine, signer):
    _grow(log_engine, signer, 0, 20)
    with log_engine.begin() as conn:  # hide the checkpoint from a verifier that trusts the column
        conn.execute(update(CheckpointRow.__table__).values(key_id="00000000"))
    report = verify_database(log_engine, verifier=signer.verifier)
    assert report.checkpoints == 1
    assert any("key_id column says 00000000" in p.message for p in report.problems)
