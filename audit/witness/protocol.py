"""The C2SP ``tlog-witness`` wire format of ``add-checkpoint``, shared by the witness and its clients.

Request body (every line ends in 0x0A)::

    old <size the client believes the witness holds>
    <base64 consistency proof hash>     (0 to 63 lines, RFC 6962 PROOF(old, new))
    <empty line>
    <the checkpoint, a signed note>

Answers: 200 with the witness's cosignature line(s); 400 malformed or ``old`` above the checkpoint's
size; 403 not signed by a key the witness trusts for the origin; 404 origin unknown; 409 ``old`` is
not the size the witness holds (body: that size, ``Content-Type: text/x.tlog.size``); 422 the
consistency proof does not verify, or the same size with a different root.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

MAX_PROOF_LINES = 63
MAX_BODY_BYTES = 16 * 1024
SIZE_CONTENT_TYPE = "text/x.tlog.size"
ADD_CHECKPOINT = "add-checkpoint"


class Malformed(ValueError):
    """A request or checkpoint does not follow the wire format."""


@dataclass(frozen=True)
class AddCheckpoint:
    old: int
    proof: list[bytes]
    note: str


@dataclass(frozen=True)
class CheckpointBody:
    origin: str
    size: int
    root: bytes
    text: str


def _decimal(text: str) -> int:
    if not text.isdigit() or (text.startswith("0") and text != "0") or not text.isascii():
        raise Malformed(f"{text[:20]!r} is not a decimal number")
    return int(text)


def encode_add_checkpoint(old: int, proof: list[bytes], note: str) -> bytes:
    if len(proof) > MAX_PROOF_LINES:
        raise ValueError("a consistency proof has at most 63 hashes")
    lines = [f"old {old}"] + [base64.b64encode(h).decode() for h in proof]
    return ("\n".join(lines) + "\n\n" + note).encode()


def decode_add_checkpoint(body: bytes) -> AddCheckpoint:
    try:
        text = body.decode()
    except UnicodeDecodeError:
        raise Malformed("the request is not UTF-8") from None
    head, sep, note = text.partition("\n\n")
    if not sep:
        raise Malformed("the request has no empty line before the checkpoint")
    lines = head.split("\n")
    if not lines[0].startswith("old "):
        raise Malformed("the request does not start with 'old <size>'")
    old = _decimal(lines[0][4:])
    if len(lines) - 1 > MAX_PROOF_LINES:
        raise Malformed("the consistency proof has more than 63 lines")
    proof = []
    for line in lines[1:]:
        try:
            digest = base64.b64decode(line, validate=True)
        except (binascii.Error, ValueError):
            raise Malformed("a consistency proof line is not base64") from None
        if len(digest) != 32:
            raise Malformed("a consistency proof line is not a 32-byte hash")
        proof.append(digest)
    return AddCheckpoint(old, proof, note)


def note_text(note: str) -> str:
    """The text of a signed note (up to and including the line before the empty line)."""
    text, sep, _ = note.rpartition("\n\n")
    if not sep:
        raise Malformed("the checkpoint is not a signed note")
    return text + "\n"


def checkpoint_body(note: str) -> CheckpointBody:
    """Origin, size and root of a checkpoint note (tlog-checkpoint), its signatures unchecked."""
    text = note_text(note)
    lines = text.split("\n")[:-1]
    if len(lines) < 3 or not lines[0]:
        raise Malformed("a checkpoint needs origin, size and root hash lines")
    try:
        root = base64.b64decode(lines[2], validate=True)
    except (binascii.Error, ValueError):
        raise Malformed("the checkpoint's root hash is not base64") from None
    if len(root) != 32:
        raise Malformed("the checkpoint's root hash is not 32 bytes")
    return CheckpointBody(lines[0], _decimal(lines[1]), root, text)


def parse_size(body: bytes) -> int:
    """The size in a 409 answer's ``text/x.tlog.size`` body."""
    try:
        return _decimal(body.decode().strip())
    except UnicodeDecodeError:
        raise Malformed("the size is not text") from None
