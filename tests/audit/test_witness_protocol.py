"""The C2SP pieces: checkpoint and cosignature encodings, and the witness's answers to add-checkpoint."""

from __future__ import annotations

import base64
import hashlib
import struct

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from sluice.audit.checkpoint import make_checkpoint
from sluice.audit.cosignature import CosignatureInvalid, Cosigner, CosignatureVerifier
from sluice.audit.merkle import LeafListSource, consistency_proof, leaf_hash, root_of
from sluice.audit.signing import Signer
from sluice.audit.witness.protocol import (SIZE_CONTENT_TYPE, Malformed, checkpoint_body, decode_add_checkpoint,
                                           encode_add_checkpoint)
from sluice.audit.witness.witness import Witness

ORIGIN = "sluice.test/audit"


def _leaves(n: int, salt: str = "") -> list[bytes]:
    return [leaf_hash(f"{salt}event {i}".encode()) for i in range(n)]


def _note(signer: Signer, leaves: list[bytes]) -> str:
    return make_checkpoint(ORIGIN, len(leaves), root_of(leaves)).sign(signer)


@pytest.fixture
def log_signer() -> Signer:
    return Signer.generate(ORIGIN)


@pytest.fixture
def witness(tmp_path, log_signer) -> Witness:
    return Witness(Cosigner(Signer.generate("witness.test")), tmp_path / "state", {ORIGIN: log_signer.verifier})


def test_checkpoint_note_follows_tlog_checkpoint_and_signed_note(log_signer):
    leaves = _leaves(5)
    note = _note(log_signer, leaves)
    text, signatures = note.split("\n\n")
    origin, size, root, *extensions = text.split("\n")
    assert (origin, size, base64.b64decode(root)) == (ORIGIN, "5", root_of(leaves))
    assert extensions[0].startswith("time ")
    assert signatures.startswith(f"\u2014 {ORIGIN} ") and note.endswith("\n")
    raw = base64.b64decode(signatures.split(" ")[2])
    public = log_signer.verifier.public
    assert raw[:4] == hashlib.sha256(ORIGIN.encode() + b"\n\x01" + public).digest()[:4]
    Ed25519PublicKey.from_public_bytes(public).verify(raw[4:], (text + "\n").encode())


def test_cosignature_is_cosignature_v1_over_the_checkpoint_text():
    cosigner = Cosigner(Signer.generate("witness.test"))
    text = f"{ORIGIN}\n3\n{base64.b64encode(bytes(32)).decode()}\n"
    line = cosigner.cosign(text, timestamp=1_700_000_000)
    name, blob = line.strip().removeprefix("\u2014 ").split(" ")
    raw = base64.b64decode(blob)
    public = cosigner.verifier.public
    assert name == "witness.test" and len(raw) == 76
    assert raw[:4] == hashlib.sha256(b"witness.test\n\x04" + public).digest()[:4]
    assert struct.unpack(">Q", raw[4:12])[0] == 1_700_000_000
    Ed25519PublicKey.from_public_bytes(public).verify(raw[12:], b"cosignature/v1\ntime 1700000000\n" + text.encode())
    verifier = CosignatureVerifier.parse(cosigner.verifier.text())
    assert verifier.find(text, line).timestamp == 1_700_000_000
    with pytest.raises(CosignatureInvalid):
        verifier.find(text.replace("\n3\n", "\n4\n"), line)


def test_add_checkpoint_body_round_trips_and_rejects_malformed_requests():
    proof = [bytes([i]) * 32 for i in range(3)]
    body = encode_add_checkpoint(7, proof, "note\n\n\u2014 x y\n")
    assert body.startswith(b"old 7\n") and b"\n\nnote\n" in body
    request = decode_add_checkpoint(body)
    assert (request.old, request.proof, request.note) == (7, proof, "note\n\n\u2014 x y\n")
    for bad in (b"old 07\n\nx", b"old 1\nnot-base64!\n\nx", b"new 1\n\nx", b"old 1\n" + b"AAAA\n" + b"x"):
        with pytest.raises(Malformed):
            decode_add_checkpoint(bad)
    with pytest.raises(Malformed):
        decode_add_checkpoint(("old 0\n" + "\n".join([base64.b64encode(bytes(32)).decode()] * 64) + "\n\nx").encode())


def test_witness_cosigns_a_log_that_grows_and_learns_nothing_from_a_stale_size(witness, log_signer):
    leaves = _leaves(10)
    first = witness.add_checkpoint(encode_add_checkpoint(0, [], _note(log_signer, leaves[:4])))
    assert first.status == 200
    stale = witness.add_checkpoint(encode_add_checkpoint(0, [], _note(log_signer, leaves)))
    assert (stale.status, stale.body, stale.content_type) == (409, b"4\n", SIZE_CONTENT_TYPE)
    proof = consistency_proof(4, 10, LeafListSource(leaves))
    note = _note(log_signer, leaves)
    grown = witness.add_checkpoint(encode_add_checkpoint(4, proof, note))
    assert grown.status == 200
    verifier = CosignatureVerifier.parse(witness.cosigner.verifier.text())
    assert verifier.find(checkpoint_body(note).text, grown.body.decode()).witness == "witness.test"
    assert checkpoint_body(witness.latest(ORIGIN)).size == 10


def test_witness_refuses_a_rewritten_log_with_422_and_keeps_the_evidence(witness, log_signer, tmp_path):
    leaves = _leaves(8)
    assert witness.add_checkpoint(encode_add_checkpoint(0, [], _note(log_signer, leaves[:5]))).status == 200
    rewritten = _leaves(9, salt="forged ")  # same key, different history
    proof = consistency_proof(5, 9, LeafListSource(rewritten))
    answer = witness.add_checkpoint(encode_add_checkpoint(5, proof, _note(log_signer, rewritten)))
    assert answer.status == 422
    same_size_fork = witness.add_checkpoint(encode_add_checkpoint(5, [], _note(log_signer, rewritten[:5])))
    assert same_size_fork.status == 422
    assert len(list((tmp_path / "state" / "refused").iterdir())) == 2
    assert checkpoint_body(witness.latest(ORIGIN)).size == 5


def test_witness_answers_unknown_origin_404_foreign_key_403_and_old_above_size_400(witness, log_signer):
    leaves = _leaves(3)
    other = Signer.generate("other.test/log")
    unknown = make_checkpoint("other.test/log", 3, root_of(leaves)).sign(other)
    assert witness.add_checkpoint(encode_add_checkpoint(0, [], unknown)).status == 404
    forged = _note(Signer.generate(ORIGIN), leaves)  # the log's name, someone else's key
    assert witness.add_checkpoint(encode_add_checkpoint(0, [], forged)).status == 403
    assert witness.add_checkpoint(encode_add_checkpoint(4, [], _note(log_signer, leaves))).status == 400
    assert witness.add_checkpoint(b"old 0\nno blank line").status == 400


def test_witness_state_survives_a_restart(tmp_path, log_signer):
    key = Signer.generate("witness.test")
    leaves = _leaves(6)
    first = Witness(Cosigner(key), tmp_path / "state", {ORIGIN: log_signer.verifier})
    assert first.add_checkpoint(encode_add_checkpoint(0, [], _note(log_signer, leaves))).status == 200
    again = Witness(Cosigner(key), tmp_path / "state", {ORIGIN: log_signer.verifier})
    answer = again.add_checkpoint(encode_add_checkpoint(0, [], _note(log_signer, leaves[:2])))
    assert (answer.status, answer.body) == (409, b"6\n")  # never rolled back to a smaller tree
