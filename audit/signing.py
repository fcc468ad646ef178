"""Ed25519 signing keys and signed notes in the public C2SP ``signed-note`` shape.

Key files use the note key encodings: the private key ``PRIVATE+KEY+<name>+<id>+<base64>`` and the
verifier key ``<name>+<id>+<base64>``, where ``<id>`` is the hex of the first four bytes of
SHA-256(name || 0x0A || 0x01 || public key) and the base64 payload is 0x01 (Ed25519) || key bytes.
A signed note is its text, a blank line, and lines ``— <name> <base64(id || signature)>``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

ALG_ED25519 = 1
SIG_PREFIX = "\u2014 "


class KeyFileError(ValueError):
    """A key file is missing or malformed."""


class SignatureInvalid(ValueError):
    """A note or manifest is not signed by the expected key."""


def note_key_hash(name: str, public: bytes, alg: int = ALG_ED25519) -> bytes:
    return hashlib.sha256(name.encode() + b"\n" + bytes([alg]) + public).digest()[:4]


def _valid_name(name: str) -> bool:
    return bool(name) and "+" not in name and not any(c.isspace() for c in name)


def _b64(data: str) -> bytes:
    try:
        return base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        raise KeyFileError("key material is not valid base64") from None


@dataclass(frozen=True)
class Verifier:
    name: str
    key_hash: bytes
    public: bytes

    @property
    def key_id(self) -> str:
        return self.key_hash.hex()

    def text(self) -> str:
        return key_text(self.name, self.key_hash, ALG_ED25519, self.public)

    def verify(self, message: bytes, signature: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.public).verify(signature, message)
            return True
        except InvalidSignature:
            return False

    @classmethod
    def parse(cls, text: str) -> "Verifier":
        return cls(*parse_key_text(text, ALG_ED25519, "verifier key"))


def key_text(name: str, key_hash: bytes, alg: int, public: bytes) -> str:
    """A note verifier key: ``<name>+<hex key id>+base64(alg || public key)``."""
    return f"{name}+{key_hash.hex()}+{base64.b64encode(bytes([alg]) + public).decode()}"


def parse_key_text(text: str, alg: int, what: str) -> tuple[str, bytes, bytes]:
    """Name, key hash and public key of a note verifier key of signature type ``alg``."""
    parts = text.strip().split("+", 2)
    if len(parts) != 3 or not _valid_name(parts[0]) or len(parts[1]) != 8:
        raise KeyFileError(f"not a {what} (expected NAME+KEYID+BASE64)")
    raw = _b64(parts[2])
    if len(raw) != 33 or raw[0] != alg:
        raise KeyFileError(f"{what} is not an Ed25519 key of type 0x{alg:02x}")
    key_hash = note_key_hash(parts[0], raw[1:], alg)
    if key_hash.hex() != parts[1].lower():
        raise KeyFileError(f"{what} id does not match its key")
    return parts[0], key_hash, raw[1:]


class Signer:
    def __init__(self, name: str, seed: bytes):
        if not _valid_name(name):
            raise KeyFileError(f"key name {name!r} must be non-empty, without spaces or '+'")
        self.name = name
        self._key = Ed25519PrivateKey.from_private_bytes(seed)
        public = self._key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        self.verifier = Verifier(name, note_key_hash(name, public), public)
        self._seed = seed

    @property
    def key_id(self) -> str:
        return self.verifier.key_id

    def sign(self, message: bytes) -> bytes:
        return self._key.sign(message)

    def text(self) -> str:
        payload = base64.b64encode(bytes([ALG_ED25519]) + self._seed).decode()
        return f"PRIVATE+KEY+{self.name}+{self.key_id}+{payload}"

    @classmethod
    def generate(cls, name: str) -> "Signer":
        return cls(name, os.urandom(32))

    @classmethod
    def parse(cls, text: str) -> "Signer":
        parts = text.strip().split("+", 4)
        if len(parts) != 5 or parts[:2] != ["PRIVATE", "KEY"]:
            raise KeyFileError("not a signing key (expected PRIVATE+KEY+NAME+KEYID+BASE64)")
        raw = _b64(parts[4])
        if len(raw) != 33 or raw[0] != ALG_ED25519:
            raise KeyFileError("signing key is not an Ed25519 key")
        signer = cls(parts[2], raw[1:])
        if signer.key_id != parts[3].lower():
            raise KeyFileError("signing key id does not match its key")
        return signer

    @classmethod
    def load(cls, path: Path) -> "Signer":
        try:
            return cls.parse(Path(path).read_text())
        except OSError as exc:
            raise KeyFileError(f"signing key {path} cannot be read: {exc.strerror}") from None


def write_keypair(signer: Signer, private_path: Path, public_path: Path | None = None) -> Path:
    """Write the private key (mode 0600, never overwritten) and its verifier key beside it."""
    private_path = Path(private_path)
    private_path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(signer.text() + "\n")
    public_path = Path(public_path) if public_path else private_path.with_suffix(".pub")
    public_path.write_text(signer.verifier.text() + "\n")
    return public_path


def sign_note(text: str, signer: Signer) -> str:
    if not text.endswith("\n"):
        raise ValueError("note text must end with a newline")
    signature = signer.sign(text.encode())
    sig = base64.b64encode(signer.verifier.key_hash + signature).decode()
    return f"{text}\n{SIG_PREFIX}{signer.name} {sig}\n"


def signed_by(note: str, verifier: Verifier) -> bool:
    """Does the note carry a signature line for this key (valid or not)? Rotated keys sign other notes."""
    _, sep, signatures = note.rpartition("\n\n")
    prefix = f"{SIG_PREFIX}{verifier.name} "
    for line in signatures.splitlines() if sep else ():
        if line.startswith(prefix):
            try:
                if base64.b64decode(line[len(prefix):], validate=True)[:4] == verifier.key_hash:
                    return True
            except (binascii.Error, ValueError):
                continue
    return False


def open_note(note: str, verifier: Verifier) -> str:
    """The text of a signed note if ``verifier`` signed it; SignatureInvalid otherwise."""
    text, sep, signatures = note.rpartition("\n\n")
    if not sep or not signatures:
        raise SignatureInvalid("not a signed note (no signature block)")
    text += "\n"
    for line in signatures.splitlines():
        if not line.startswith(SIG_PREFIX):
            raise SignatureInvalid("malformed signature line in note")
        name, _, sig_b64 = line[len(SIG_PREFIX):].partition(" ")
        try:
            raw = base64.b64decode(sig_b64, validate=True)
        except (binascii.Error, ValueError):
            raise SignatureInvalid("signature is not valid base64") from None
        if name == verifier.name and raw[:4] == verifier.key_hash:
            if len(raw) == 68 and verifier.verify(text.encode(), raw[4:]):
                return text
            raise SignatureInvalid(f"signature by {name} does not verify")
    raise SignatureInvalid(f"note is not signed by key {verifier.name}+{verifier.key_id}")
