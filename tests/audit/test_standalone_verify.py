"""The standalone verifier (standard library + ``cryptography``) agrees with ``sluice audit verify``.

It runs as a subprocess in isolated mode with the project and its dependencies made unimportable, on genuine
bundles and on every tampered bundle of ``test_verify.py`` and ``test_published_checkpoints.py``: same exit
status and, when a bundle is not intact, the same first problem (kind and record).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import orjson
import pytest

from sluice.audit.canonical import canonical_json
from sluice.audit.export.bundle import manifest_note_text, write_bundle
from sluice.audit.export.query import EventFilter
from sluice.audit.signing import Signer, sign_note
from sluice.audit.verify.bundle import verify_bundle
from tests.audit.test_published_checkpoints import _export, _grow, _members, _rewrite_history
from tests.audit.test_published_checkpoints import sqlite_log  # noqa: F401 - fixture
from tests.audit.test_verify import RECORD_TAMPERS, _lines_change, _rewrite
from tests.audit.test_verify import bundle  # noqa: F401 - fixture

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "audit" / "standalone_verify.py"
# Isolated mode, the project and its dependencies unimportable: the standard library and cryptography only.
_RUNNER = ("import runpy, sys\n"
           "for name in ('sluice', 'tests', 'orjson', 'pydantic', 'sqlalchemy'): sys.modules[name] = None\n"
           "sys.argv = sys.argv[1:]\n"
           "runpy.run_path(sys.argv[0], run_name='__main__')\n")


def _standalone(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-I", "-c", _RUNNER, str(SCRIPT), *map(str, args)],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def key_file(tmp_path, signer) -> Path:
    path = tmp_path / "log.pub"
    path.write_text(signer.verifier.text() + "\n")
    return path


def _agree(path: Path, key_file: Path, signer, published: tuple[str, ...] = ()) -> dict:
    """Run both verifiers; assert the same verdict and first problem; return the standalone's report."""
    reference = verify_bundle(path, verifier=signer.verifier, published=list(published))
    files = []
    for i, note in enumerate(published):
        files += ["--checkpoint", path.parent / f"published-{i}.txt"]
        files[-1].write_text(note)
    result = _standalone(path, "--public-key", key_file, "--json", *files)
    assert result.returncode == (0 if reference.ok else 1), (result.stdout, result.stderr, reference.problems)
    report = json.loads(result.stdout)
    if reference.ok:
        assert (report["records"], report["tree_size"], report["checkpoints"]) == \
            (reference.records, reference.tree_size, reference.checkpoints)
    else:
        first = reference.first()
        mine = min((p for p in report["problems"] if p["seq"] is not None), key=lambda p: p["seq"],
                   default=report["problems"][0])
        assert (mine["kind"], mine["seq"]) == (first.kind, first.seq), \
            (report["problems"], reference.problems)
    return report


def test_the_verifier_imports_only_the_standard_library_and_cryptography():
    allowed = set(sys.stdlib_module_names) | {"cryptography", "__future__"}
    tree = ast.parse(SCRIPT.read_text())
    imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names}
    imported |= {node.module.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert imported <= allowed, imported - allowed


def test_a_genuine_bundle_verifies_with_both(bundle, key_file, signer):  # noqa: F811
    report = _agree(bundle, key_file, signer)
    assert (report["ok"], report["records"], report["checkpoints"]) == (True, 100, 2)


@pytest.mark.parametrize("name, fn, kind, seq", RECORD_TAMPERS)
def test_both_name_the_same_first_broken_record(bundle, key_file, signer, tmp_path,  # noqa: F811
                                                name, fn, kind, seq):
    tampered = _rewrite(bundle, tmp_path / f"{name}.zip", _lines_change(fn))
    report = _agree(tampered, key_file, signer)
    assert any(p["kind"] == kind and p["seq"] == seq for p in report["problems"])


def _flip_leaf(members):
    leaves = bytearray(members["leaves.bin"])
    leaves[5 * 32] ^= 1
    members["leaves.bin"] = bytes(leaves)


@pytest.mark.parametrize("name, change", [
    ("leaves", _flip_leaf),
    ("manifest-json", lambda m: m.update({"manifest.json": b'{"format": 1'})),
    ("manifest-format", lambda m: m.update({"manifest.json": b'{"format": "x"}'})),
    ("inserted-file", lambda m: m.update({"notes.txt": b"hello"})),
    ("deleted-file", lambda m: m.pop("checkpoints.jsonl")),
    ("edited-key", lambda m: m.update({"public-key.txt": Signer.generate("x").verifier.text().encode()})),
    ("edited-checkpoint", lambda m: m.update({"checkpoint.txt": m["checkpoint.txt"].replace(b"\n100\n",
                                                                                            b"\n99\n")})),
    ("no-signature", lambda m: m.pop("manifest.sig")),
    ("checkpoint-lines", lambda m: m.update({"checkpoints.jsonl": b'{"note":5}\n[1]\nnot json\n'})),
    ("events-not-json", lambda m: m.update({"events.jsonl": b"not json\n" + m["events.jsonl"]})),
])
def test_both_refuse_a_bundle_with_damaged_files(bundle, key_file, signer, tmp_path,  # noqa: F811
                                                 name, change):
    report = _agree(_rewrite(bundle, tmp_path / f"{name}.zip", change), key_file, signer)
    assert not report["ok"]


def test_both_refuse_the_wrong_key_a_truncated_archive_and_a_missing_file(bundle, key_file,  # noqa: F811
                                                                           signer, tmp_path):
    other = tmp_path / "other.pub"
    other.write_text(Signer.generate("sluice.test/audit").verifier.text() + "\n")
    wrong = _standalone(bundle, "--public-key", other)
    assert wrong.returncode == 1 and "wrong key" in wrong.stdout
    truncated = tmp_path / "cut.zip"
    truncated.write_bytes(bundle.read_bytes()[: bundle.stat().st_size // 2])
    _agree(truncated, key_file, signer)
    _agree(tmp_path / "nope.zip", key_file, signer)


def test_usage_errors_exit_2_like_the_cli(bundle, tmp_path):  # noqa: F811
    garbage = tmp_path / "garbage.pub"
    garbage.write_text("not a key")
    for args in ((bundle,), (bundle, "--public-key", garbage),
                 (bundle, "--public-key", tmp_path / "none.pub"),
                 (bundle, "--insecure-no-key", "--checkpoint", garbage)):
        result = _standalone(*args)
        assert result.returncode == 2 and "Traceback" not in result.stderr, (args, result.stderr)
    assert _standalone(bundle, "--insecure-no-key").returncode == 0


def test_the_cli_and_the_standalone_verifier_give_the_same_exit_status(bundle, key_file,  # noqa: F811
                                                                       tmp_path):
    tampered = _rewrite(bundle, tmp_path / "t.zip", _lines_change(lambda ls: ls[:3] + ls[4:]))
    for path in (bundle, tampered):
        cli = subprocess.run([sys.executable, "-P", "-m", "sluice.gateway.cli", "audit", "verify", str(path),
                              "--public-key", str(key_file)], cwd=ROOT, capture_output=True, text=True,
                             env={"PATH": "/usr/bin:/bin"}, timeout=120)
        assert cli.returncode == _standalone(path, "--public-key", key_file).returncode, cli.stderr
    assert cli.returncode == 1


# --- published checkpoints (test_published_checkpoints.py) -----------------------------------------------
def test_both_refuse_an_export_of_a_rewritten_log_published_before(sqlite_log, signer,  # noqa: F811
                                                                    key_file, tmp_path):
    published = _grow(sqlite_log, signer, 0, 50)
    _rewrite_history(sqlite_log, signer, 80)
    bundle = _export(sqlite_log, signer, tmp_path / "rewritten.zip")  # noqa: F811
    assert _agree(bundle, key_file, signer)["ok"]
    report = _agree(bundle, key_file, signer, (published,))
    assert any(p["kind"] == "checkpoint" and "published checkpoint 1" in p["message"]
               for p in report["problems"])


def test_both_refuse_an_export_of_a_truncated_log(sqlite_log, signer, key_file, tmp_path):  # noqa: F811
    published = _grow(sqlite_log, signer, 0, 50)
    _rewrite_history(sqlite_log, signer, 30)
    report = _agree(_export(sqlite_log, signer, tmp_path / "short.zip"), key_file, signer, (published,))
    assert any(p["kind"] == "truncated" and "published checkpoint 1" in p["message"]
               for p in report["problems"])


def test_both_accept_an_honest_export_and_note_a_newer_checkpoint(sqlite_log, signer, key_file,  # noqa: F811
                                                                  tmp_path):
    older = _grow(sqlite_log, signer, 0, 30)
    bundle = _export(sqlite_log, signer, tmp_path / "honest.zip")  # noqa: F811
    newer = _grow(sqlite_log, signer, 30, 45)
    report = _agree(bundle, key_file, signer, (older, newer))
    assert report["ok"] and any("newer and larger" in n for n in report["notes"])
    other = Signer.generate("sluice.test/audit")
    foreign = _grow(sqlite_log, other, 45, 50)
    assert not _agree(bundle, key_file, signer, (foreign,))["ok"]


def test_both_accept_a_filtered_export_in_each_format(sqlite_log, signer, key_file, tmp_path):  # noqa: F811
    _grow(sqlite_log, signer, 0, 60)
    for fmt in ("jsonl", "csv", "ocsf"):
        path = write_bundle(sqlite_log, tmp_path / f"{fmt}.zip", flt=EventFilter(outcome="blocked"),
                            fmt=fmt, signer=signer, origin="sluice.test/audit").path
        assert _agree(path, key_file, signer)["records"] == 6


def _forge(path: Path, out: Path, members: list[tuple[str, bytes]]) -> Path:
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members:
            archive.writestr(name, data)
    return out


def test_both_refuse_a_duplicate_member_and_unknown_manifest_fields(sqlite_log, signer,  # noqa: F811
                                                                    key_file, tmp_path):
    _grow(sqlite_log, signer, 0, 20)
    bundle = _export(sqlite_log, signer, tmp_path / "b.zip")  # noqa: F811
    with pytest.warns(UserWarning, match="Duplicate name"):
        duplicate = _forge(bundle, tmp_path / "dup.zip", [("events.jsonl", b"{}\n"), *_members(bundle)])
    assert "duplicate member" in _agree(duplicate, key_file, signer)["problems"][0]["message"]
    members = dict(_members(bundle))
    manifest = orjson.loads(members["manifest.json"])
    manifest["complete_except"] = [3]
    members["manifest.json"] = canonical_json(manifest)
    members["manifest.sig"] = sign_note(manifest_note_text(members["manifest.json"]), signer).encode()
    report = _agree(_forge(bundle, tmp_path / "fields.zip", list(members.items())), key_file, signer)
    assert any("does not know: complete_except" in p["message"] for p in report["problems"])


def test_both_accept_a_complete_export_after_retention_and_refuse_an_unnamed_gap(log_engine, signer, key_file,
                                                                                 tmp_path):
    from tests.audit.test_tombstones import _complete_export, _fill_and_purge

    _fill_and_purge(log_engine, signer)
    bundle = _complete_export(log_engine, signer, tmp_path)
    assert _agree(bundle, key_file, signer)["records"] == 21
    dropped = _rewrite(bundle, tmp_path / "gap.zip", _lines_change(lambda ls: [x for x in ls if b'"seq":4,' not in x]))
    _agree(dropped, key_file, signer)
