"""A signer in another process: the checkpoint key can live in an HSM, a KMS or a separate account.

``SLUICE_AUDIT_SIGNER_COMMAND`` names a program. For each signature it is run with the message on
standard input and must print the raw 64-byte Ed25519 signature, base64-encoded, on standard output
and exit 0. Its public key is configured beside it (``SLUICE_AUDIT_PUBLIC_KEY_FILE``, a note
verifier key ``NAME+KEYID+BASE64``); every signature is checked against it before use, so a
misbehaving signer can make checkpoints fail but never makes a bad one.
"""

from __future__ import annotations

import base64
import binascii
import shlex
import subprocess

from sluice.audit.signing import KeyFileError, Verifier

TIMEOUT_S = 10.0


class SignerFailed(KeyFileError):
    """The external signer did not produce a valid signature."""


class CommandSigner:
    """Same interface as :class:`sluice.audit.signing.Signer`, signing through a command."""

    def __init__(self, command: str, verifier: Verifier, *, timeout_s: float = TIMEOUT_S):
        self.argv = shlex.split(command)
        if not self.argv:
            raise KeyFileError("the signer command is empty")
        self.verifier, self.name, self.timeout_s = verifier, verifier.name, timeout_s

    @property
    def key_id(self) -> str:
        return self.verifier.key_id

    def sign(self, message: bytes) -> bytes:
        try:
            done = subprocess.run(self.argv, input=message, capture_output=True, timeout=self.timeout_s, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise SignerFailed(f"the signer command could not be run ({type(exc).__name__})") from None
        if done.returncode != 0:
            raise SignerFailed(f"the signer command exited {done.returncode}: "
                               f"{done.stderr.decode(errors='replace').strip()[-200:]}")
        try:
            signature = base64.b64decode(done.stdout.strip(), validate=True)
        except (binascii.Error, ValueError):
            raise SignerFailed("the signer command did not print a base64 signature") from None
        if len(signature) != 64 or not self.verifier.verify(message, signature):
            raise SignerFailed(f"the signer command's signature does not verify with key {self.key_id}")
        return signature
