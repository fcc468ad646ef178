"""Sealing small secrets at rest (upstream API keys) with AES-256-GCM under the deployment secret."""

from __future__ import annotations

import base64
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


def derive_key(secret: bytes, purpose: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose.encode()).derive(secret)


def seal(plaintext: str, *, secret: bytes, purpose: str) -> str:
    nonce = os.urandom(12)
    sealed = AESGCM(derive_key(secret, purpose)).encrypt(nonce, plaintext.encode(), purpose.encode())
    return "v1:" + base64.urlsafe_b64encode(nonce + sealed).decode()


def unseal(token: str, *, secret: bytes, purpose: str) -> str:
    if not token.startswith("v1:"):
        raise ValueError("unknown sealed-value format")
    raw = base64.urlsafe_b64decode(token[3:])
    return AESGCM(derive_key(secret, purpose)).decrypt(raw[:12], raw[12:], purpose.encode()).decode()
