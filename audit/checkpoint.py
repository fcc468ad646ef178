"""Checkpoints: a signed statement of the log's size and root hash at a moment (C2SP tlog-checkpoint shape).

    <origin>
    <tree size>
    <base64 root hash>
    time <RFC 3339 UTC>
    <blank line>
    — <key name> <base64 signature>
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from datetime import datetime, timezone

from sluice.audit.events import format_time
from sluice.audit.signing import SignatureInvalid, Signer, Verifier, open_note, sign_note


class CheckpointInvalid(ValueError):
    """A checkpoint is malformed or not signed by the expected key."""


@dataclass(frozen=True)
class Checkpoint:
    origin: str
    size: int
    root: bytes
    time: datetime

    def body(self) -> str:
        return (f"{self.origin}\n{self.size}\n{base64.b64encode(self.root).decode()}\n"
                f"time {format_time(self.time)}\n")

    def sign(self, signer: Signer) -> str:
        return sign_note(self.body(), signer)


def make_checkpoint(origin: str, size: int, root: bytes, when: datetime | None = None) -> Checkpoint:
    if "\n" in origin or not origin:
        raise ValueError("checkpoint origin must be one non-empty line")
    return Checkpoint(origin, size, root, (when or datetime.now(timezone.utc)).astimezone(timezone.utc))


def parse_checkpoint(note: str, verifier: Verifier) -> Checkpoint:
    try:
        text = open_note(note, verifier)
    except SignatureInvalid as exc:
        raise CheckpointInvalid(str(exc)) from None
    lines = text.split("\n")[:-1]
    if len(lines) < 3:
        raise CheckpointInvalid("checkpoint needs origin, size and root lines")
    origin, size_text, root_text, *extensions = lines
    if not size_text.isdigit() or (size_text.startswith("0") and size_text != "0"):
        raise CheckpointInvalid(f"checkpoint size {size_text!r} is not a decimal number")
    try:
        root = base64.b64decode(root_text, validate=True)
    except (binascii.Error, ValueError):
        raise CheckpointInvalid("checkpoint root hash is not base64") from None
    if len(root) != 32:
        raise CheckpointInvalid("checkpoint root hash is not 32 bytes")
    when = None
    for line in extensions:
        if line.startswith("time "):
            try:
                when = datetime.strptime(line[5:], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)
            except ValueError:
                raise CheckpointInvalid("checkpoint time is malformed") from None
    if when is None:
        raise CheckpointInvalid("checkpoint has no time line")
    return Checkpoint(origin, int(size_text), root, when)
