"""Sink URLs, and the directory sink's write-once files."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from sluice.audit.checkpoint import make_checkpoint
from sluice.audit.cosignature import Cosigner
from sluice.audit.publish.sinks import (DirectorySink, S3Sink, SinkConfigError, SinkError, WitnessSink,
                                        sink_from_url)
from sluice.audit.signing import Signer


def _no_proof(old: int, new: int) -> list[bytes]:
    raise AssertionError("a directory needs no proof")


def test_sink_urls_name_their_kind_without_secrets(tmp_path):
    witness_key = Cosigner(Signer.generate("witness.test")).verifier.text()
    (tmp_path / "w.pub").write_text(witness_key + "\n")
    s3 = sink_from_url("s3://bucket/some/prefix?endpoint=http://127.0.0.1:9000&object_lock_days=30&region=eu-west-1")
    assert isinstance(s3, S3Sink) and (s3.bucket, s3.prefix, s3.object_lock_days) == ("bucket", "some/prefix", 30)
    assert s3.name == "s3://bucket/some/prefix"
    by_file = sink_from_url(f"witness+https://w.example/tlog?key_file={tmp_path / 'w.pub'}")
    by_key = sink_from_url(f"witness+https://w.example/tlog?key={quote(witness_key, safe='')}")
    assert isinstance(by_file, WitnessSink) and by_file.url == "https://w.example/tlog/add-checkpoint"
    assert by_file.verifier == by_key.verifier and by_key.name == "witness+https://w.example/tlog"
    assert isinstance(sink_from_url(f"file://{tmp_path}/cp"), DirectorySink)
    for bad in ("ftp://x/y", "witness+https://w.example/", "s3://b/p?object_lock_days=soon", "file://host/dir",
                f"witness+https://w.example/?key={quote(Signer.generate('log').verifier.text(), safe='')}"):
        with pytest.raises(SinkConfigError):
            sink_from_url(bad)


def test_a_directory_file_is_written_once_and_a_different_root_for_its_size_is_reported(tmp_path):
    signer = Signer.generate("sluice.test/audit")
    sink = DirectorySink(tmp_path / "worm")
    note = make_checkpoint(signer.name, 3, bytes(32)).sign(signer)
    sink.publish(3, note, _no_proof)
    again = make_checkpoint(signer.name, 3, bytes(32)).sign(signer)  # same tree, signed again later
    sink.publish(3, again, _no_proof)
    assert (tmp_path / "worm" / "3.checkpoint").read_text() == note
    with pytest.raises(SinkError, match="different root"):
        sink.publish(3, make_checkpoint(signer.name, 3, b"\x01" * 32).sign(signer), _no_proof)
    assert [p.name for p in (tmp_path / "worm").iterdir()] == ["3.checkpoint"]  # no temporary files left
