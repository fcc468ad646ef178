"""Offline verification names the first edited, deleted, inserted, reordered or truncated record."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update

from sluice.audit.export.bundle import write_bundle
from sluice.audit.export.query import EventFilter
from sluice.audit.merkle import CompactRange
from sluice.audit.signing import Signer
from sluice.audit.storage.log import append_events
from sluice.audit.storage.models import STATE_ID, EventRow, LogState, NodeRow
from sluice.audit.storage.tree import create_checkpoint
from sluice.audit.verify.bundle import verify_bundle
from sluice.audit.verify.database import verify_database
from tests.audit.helpers import sample_request

ROOT = Path(__file__).resolve().parents[2]
_events = EventRow.__table__


def _fill(engine, signer, sizes=(40, 100)):
    done = 0
    for size in sizes:
        with engine.begin() as conn:
            append_events(conn, [sample_request(i) for i in range(done, size)])
            create_checkpoint(conn, signer=signer, origin="sluice.test/audit")
        done = size


def _entry(engine, seq) -> bytes:
    with engine.connect() as conn:
        return bytes(conn.execute(select(_events.c.entry).where(_events.c.seq == seq)).scalar_one())


def _first(report):
    assert not report.ok
    return report.first()


def test_intact_log_verifies_with_its_key(log_engine, signer):
    _fill(log_engine, signer)
    report = verify_database(log_engine, verifier=signer.verifier)
    assert report.ok, report.summary()
    assert (report.records, report.checkpoints) == (100, 2)


def test_edited_record_is_named(log_engine, signer):
    _fill(log_engine, signer)
    with log_engine.begin() as conn:
        conn.execute(update(_events).where(_events.c.seq == 57)
                     .values(entry=_entry(log_engine, 57).replace(b'"success"', b'"blocked"')))
    problem = _first(verify_database(log_engine, verifier=signer.verifier))
    assert (problem.kind, problem.seq) == ("edited", 57)


def test_edited_record_with_a_recomputed_leaf_hash_breaks_the_signed_checkpoint(log_engine, signer):
    from sluice.audit.merkle import leaf_hash

    _fill(log_engine, signer)
    forged = _entry(log_engine, 12).replace(b'"success"', b'"blocked"')
    with log_engine.begin() as conn:
        conn.execute(update(_events).where(_events.c.seq == 12).values(entry=forged, leaf_hash=leaf_hash(forged)))
    report = verify_database(log_engine, verifier=signer.verifier)
    assert not report.ok
    assert any(p.kind == "checkpoint" and "size 40" in p.message for p in report.problems)


def test_deleted_record_is_named(log_engine, signer):
    _fill(log_engine, signer)
    with log_engine.begin() as conn:
        conn.execute(delete(_events).where(_events.c.seq == 33))
    problem = _first(verify_database(log_engine, verifier=signer.verifier))
    assert (problem.kind, problem.seq) == ("deleted", 33)
    assert "record 33 is missing" in problem.message


def test_reordered_records_are_named(log_engine, signer):
    _fill(log_engine, signer)
    with log_engine.begin() as conn:
        rows = {r.seq: r for r in conn.execute(select(_events).where(_events.c.seq.in_([70, 71])))}
        for a, b in ((70, 71), (71, 70)):
            conn.execute(update(_events).where(_events.c.seq == a).values(
                entry=rows[b].entry, leaf_hash=rows[b].leaf_hash, event_id=f"tmp{a}"))
    problem = _first(verify_database(log_engine, verifier=signer.verifier))
    assert (problem.kind, problem.seq) == ("reordered", 70)


def test_inserted_record_is_named(log_engine, signer):
    _fill(log_engine, signer)
    forged = sample_request(999).entry(100)
    from sluice.audit.merkle import leaf_hash

    from sluice.audit.indexed import INDEXED, indexed_values

    with log_engine.begin() as conn:  # with the columns a careful forger would give it
        conn.execute(_events.insert().values(seq=100, leaf_hash=leaf_hash(forged), entry=forged,
                                             **dict(zip(INDEXED, indexed_values(forged)))))
    problem = _first(verify_database(log_engine, verifier=signer.verifier))
    assert (problem.kind, problem.seq) == ("inserted", 100)


def test_truncated_log_is_caught_by_the_newest_checkpoint_even_with_a_rewritten_head(log_engine, signer):
    _fill(log_engine, signer)
    with log_engine.begin() as conn:
        conn.execute(delete(_events).where(_events.c.seq >= 95))
        conn.execute(delete(NodeRow.__table__))
        tree = CompactRange()
        tree.extend(bytes(h) for h in conn.execute(select(_events.c.leaf_hash).order_by(_events.c.seq)).scalars())
        conn.execute(update(LogState.__table__).where(LogState.__table__.c.id == STATE_ID)
                     .values(tree_size=tree.size, frontier=tree.to_bytes()))
    problem = _first(verify_database(log_engine, verifier=signer.verifier))
    assert (problem.kind, problem.seq) == ("truncated", 95)


def test_rewritten_history_makes_the_old_checkpoint_not_a_prefix_of_the_new_one(log_engine, signer):
    _fill(log_engine, signer, sizes=(50,))
    with log_engine.begin() as conn:  # someone replaces the whole log and signs a fresh checkpoint
        conn.execute(delete(_events))
        conn.execute(delete(NodeRow.__table__))
        conn.execute(update(LogState.__table__).values(tree_size=0, frontier=b""))
        append_events(conn, [sample_request(i + 1000) for i in range(100)])
        create_checkpoint(conn, signer=signer, origin="sluice.test/audit")
    report = verify_database(log_engine, verifier=signer.verifier)
    assert any("is not a prefix of" in p.message and "size 50" in p.message for p in report.problems)


def test_a_checkpoint_signed_by_another_key_is_reported(log_engine, signer):
    _fill(log_engine, signer, sizes=(10,))
    other = Signer.generate("sluice.test/audit")
    report = verify_database(log_engine, verifier=other.verifier)
    assert any("not" in n and other.key_id in n for n in report.notes)


# --- bundles -------------------------------------------------------------------------------------
@pytest.fixture
def bundle(tmp_path, signer):
    from sluice.gateway.database import make_engine

    engine = make_engine(f"sqlite:///{tmp_path / 'b.db'}")
    from sluice.audit.storage.models import install

    with engine.begin() as conn:
        install(conn)
    _fill(engine, signer)
    path = write_bundle(engine, tmp_path / "export.zip", flt=EventFilter(), signer=signer,
                        origin="sluice.test/audit").path
    engine.dispose()
    return path


def _rewrite(path: Path, out: Path, change) -> Path:
    with zipfile.ZipFile(path) as src:
        members = {name: src.read(name) for name in src.namelist()}
    change(members)
    with zipfile.ZipFile(out, "w") as dst:
        for name, data in members.items():
            dst.writestr(name, data)
    return out


def _lines_change(fn):
    def change(members):
        lines = members["events.jsonl"].splitlines(keepends=True)
        members["events.jsonl"] = b"".join(fn(lines))
    return change


def test_intact_bundle_verifies_with_the_pinned_key(bundle, signer):
    report = verify_bundle(bundle, verifier=signer.verifier)
    assert report.ok, report.summary()
    assert (report.records, report.tree_size, report.checkpoints) == (100, 100, 2)


RECORD_TAMPERS = [  # (name, change to the lines of events.jsonl, kind of the first problem, its record)
    ("edited", lambda ls: ls[:20] + [ls[20].replace(b'"region":"local"', b'"region":"eu"')] + ls[21:], "edited", 20),
    ("deleted", lambda ls: ls[:20] + ls[21:], "deleted", 20),
    ("reordered", lambda ls: ls[:20] + [ls[21], ls[20]] + ls[22:], "reordered", 20),
    ("inserted", lambda ls: ls[:20] + [ls[20]] + ls[20:], "inserted", 20),
    ("truncated", lambda ls: ls[:90], "truncated", 90),
]


@pytest.mark.parametrize("name, fn, kind, seq", RECORD_TAMPERS)
def test_tampered_bundle_names_the_first_broken_record(bundle, signer, tmp_path, name, fn, kind, seq):
    tampered = _rewrite(bundle, tmp_path / f"{name}.zip", _lines_change(fn))
    report = verify_bundle(tampered, verifier=signer.verifier)
    problem = _first(report)
    assert (problem.kind, problem.seq) == (kind, seq), report.problems
    assert any("events.jsonl was modified" in p.message for p in report.problems)


def test_changed_leaf_list_no_longer_matches_the_signed_checkpoint(bundle, signer, tmp_path):
    def change(members):
        leaves = bytearray(members["leaves.bin"])
        leaves[5 * 32] ^= 1
        members["leaves.bin"] = bytes(leaves)
    report = verify_bundle(_rewrite(bundle, tmp_path / "leaves.zip", change), verifier=signer.verifier)
    assert any(p.kind == "checkpoint" for p in report.problems)


def test_wrong_key_truncated_file_and_malformed_manifest_fail_clearly(bundle, signer, tmp_path):
    wrong = verify_bundle(bundle, verifier=Signer.generate("sluice.test/audit").verifier)
    assert "wrong key" in wrong.first().message
    truncated = tmp_path / "cut.zip"
    truncated.write_bytes(bundle.read_bytes()[: bundle.stat().st_size // 2])
    assert "truncated" in verify_bundle(truncated, verifier=signer.verifier).first().message
    broken = _rewrite(bundle, tmp_path / "manifest.zip", lambda m: m.update({"manifest.json": b'{"format": 1'}))
    assert "malformed" in verify_bundle(broken, verifier=signer.verifier).first().message
    odd = _rewrite(bundle, tmp_path / "odd.zip", lambda m: m.update({"manifest.json": b'{"format": "x"}'}))
    assert "malformed" in verify_bundle(odd, verifier=signer.verifier).first().message
    assert "does not exist" in verify_bundle(tmp_path / "nope.zip").first().message


def _cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-P", "-c", "from sluice.gateway.cli.main import app; app()", "audit", "verify",
                           *map(str, args)],
                          cwd=ROOT, capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"}, timeout=120)


def test_cli_verify_exit_codes_without_settings_and_without_tracebacks(bundle, signer, tmp_path):
    key = tmp_path / "log.pub"
    key.write_text(signer.verifier.text() + "\n")
    ok = _cli(bundle, "--public-key", key)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.startswith("OK:")
    tampered = _rewrite(bundle, tmp_path / "t.zip", _lines_change(lambda ls: ls[:3] + ls[4:]))
    bad = _cli(tampered, "--public-key", key)
    assert bad.returncode == 1
    assert "record 3 is missing (deleted)" in bad.stdout
    garbage = tmp_path / "garbage.pub"
    garbage.write_text("not a key")
    unpinned = _cli(bundle)
    assert unpinned.returncode == 2 and "--public-key FILE is required" in unpinned.stderr
    for result in (bad, _cli(tmp_path / "missing.zip", "--insecure-no-key"), _cli(bundle, "--public-key", garbage),
                   _cli(), unpinned):
        assert result.returncode != 0 and "Traceback" not in result.stderr + result.stdout


@pytest.mark.parametrize("column, value", [("tenant_id", "ten_elsewhere"), ("time_us", 0), ("kind", "admin"),
                                           ("model", "other-model"), ("outcome", "blocked"),
                                           ("event_id", "evt_000000000000000000000000")])
def test_an_indexed_column_edited_alone_is_named(log_engine, signer, column, value):
    """Exports, the console and retention select on these columns: each must match the hashed entry."""
    _fill(log_engine, signer)
    with log_engine.begin() as conn:
        conn.execute(update(_events).where(_events.c.seq == 64).values({column: value}))
    problem = _first(verify_database(log_engine, verifier=signer.verifier))
    assert (problem.kind, problem.seq) == ("edited", 64)
    assert f"column {column} was edited" in problem.message
