"""Witness cosignatures in the C2SP ``tlog-cosignature`` shape (``cosignature/v1``, Ed25519).

A cosignature is a note signature line ``— <witness name> base64(key id || timestamp || signature)``:
the key id is the first four bytes of SHA-256(name || 0x0A || 0x04 || public key), the timestamp is
8 bytes big-endian (seconds since the Unix epoch, never 0), and the Ed25519 signature covers
``cosignature/v1\\ntime <timestamp>\\n`` followed by the checkpoint's note text. The witness's
verifier key is ``<name>+<key id>+base64(0x04 || public key)``; its private key file is an ordinary
signing key (:class:`sluice.audit.signing.Signer`).
"""

from __future__ import annotations

import base64
import binascii
import struct
import time
from dataclasses import dataclass

from sluice.audit.signing import SIG_PREFIX, Signer, Verifier, key_text, note_key_hash, parse_key_text

ALG_COSIGNATURE_V1 = 4
_BLOB = 4 + 8 + 64


class CosignatureInvalid(ValueError):
    """A cosignature line is malformed or does not verify."""


def message(note_text: str, timestamp: int) -> bytes:
    return f"cosignature/v1\ntime {timestamp}\n".encode() + note_text.encode()


@dataclass(frozen=True)
class Cosignature:
    witness: str
    key_id: str
    timestamp: int
    line: str


@dataclass(frozen=True)
class CosignatureVerifier(Verifier):
    """A witness's verifier key (signature type 0x04); ``verify`` checks a raw Ed25519 signature."""

    def text(self) -> str:
        return key_text(self.name, self.key_hash, ALG_COSIGNATURE_V1, self.public)

    @classmethod
    def parse(cls, text: str) -> "CosignatureVerifier":
        return cls(*parse_key_text(text, ALG_COSIGNATURE_V1, "witness key"))

    def find(self, note_text: str, lines: str) -> Cosignature:
        """This witness's cosignature of ``note_text`` among ``lines``; CosignatureInvalid if none verifies."""
        for line in lines.splitlines():
            if not line.startswith(SIG_PREFIX):
                continue
            name, _, sig_b64 = line[len(SIG_PREFIX):].partition(" ")
            try:
                raw = base64.b64decode(sig_b64, validate=True)
            except (binascii.Error, ValueError):
                continue
            if name != self.name or raw[:4] != self.key_hash:
                continue
            if len(raw) != _BLOB:
                raise CosignatureInvalid(f"cosignature by {name} has the wrong length")
            (timestamp,) = struct.unpack(">Q", raw[4:12])
            if not self.verify(message(note_text, timestamp), raw[12:]):
                raise CosignatureInvalid(f"cosignature by {name} does not verify")
            if timestamp == 0:
                raise CosignatureInvalid(f"cosignature by {name} has no timestamp")
            return Cosignature(name, self.key_id, timestamp, line)
        raise CosignatureInvalid(f"no cosignature by witness {self.name}+{self.key_id}")


class Cosigner:
    """Signs cosignature/v1 lines with a witness's Ed25519 key."""

    def __init__(self, signer: Signer):
        self.name = signer.name
        self._signer = signer
        public = signer.verifier.public
        key_hash = note_key_hash(signer.name, public, ALG_COSIGNATURE_V1)
        self.verifier = CosignatureVerifier(signer.name, key_hash, public)

    def cosign(self, note_text: str, timestamp: int | None = None) -> str:
        timestamp = int(time.time()) if timestamp is None else timestamp
        if timestamp <= 0:
            raise ValueError("a cosignature timestamp must be positive")
        signature = self._signer.sign(message(note_text, timestamp))
        blob = self.verifier.key_hash + struct.pack(">Q", timestamp) + signature
        return f"{SIG_PREFIX}{self.name} {base64.b64encode(blob).decode()}\n"
