"""Places a signed checkpoint is published to, outside the database, chosen by URL.

=================================================  ============================================
``file:///path/dir``                               a directory (a WORM mount): ``<size>.checkpoint``
                                                   written once (a new file linked into place)
``s3://bucket/prefix?endpoint=URL&region=R``       an S3-compatible bucket; ``object_lock_days=N``
``&object_lock_days=N``                            puts it under COMPLIANCE retention for N days
``witness+https://host/prefix?key_file=PATH``      a C2SP tlog-witness (``key=`` the witness's
                                                   verifier key, URL-encoded, instead of a file)
=================================================  ============================================

A sink is a base class plus a registry by URL scheme (:func:`sink_from_url`). ``publish`` raises
:class:`SinkError` when the checkpoint did not get there; the checkpointer retries with backoff.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from sluice.audit.cosignature import CosignatureInvalid, CosignatureVerifier
from sluice.audit.signing import KeyFileError
from sluice.audit.witness.protocol import (ADD_CHECKPOINT, SIZE_CONTENT_TYPE, Malformed, checkpoint_body,
                                           encode_add_checkpoint, note_text, parse_size)
from sluice.audit.witness.witness import fsync_dir

MAX_NAME = 300  # audit_publications.sink
Prover = Callable[[int, int], list[bytes]]  # (old size, new size) -> RFC 6962 consistency proof


class SinkError(RuntimeError):
    """A checkpoint could not be published to a sink (it is retried)."""


class SinkConfigError(ValueError):
    """A sink URL is not usable."""


@dataclass(frozen=True)
class Published:
    """What a sink accepted; ``cosignature`` is a witness's signature line."""

    cosignature: str | None = None
    witness: str | None = None


class Sink(ABC):
    scheme: str = ""
    name: str  # shown in metrics, logs and readiness: the URL without query or credentials
    is_witness = False

    @abstractmethod
    def publish(self, size: int, note: str, prove: Prover) -> Published:
        """Publish the checkpoint ``note`` of tree size ``size``."""


class DirectorySink(Sink):
    scheme = "file"

    def __init__(self, path: Path):
        self.path = Path(path)
        self.name = f"file://{self.path}"

    def publish(self, size: int, note: str, prove: Prover) -> Published:
        final = self.path / f"{size}.checkpoint"
        tmp = self.path / f".{size}.checkpoint.{os.getpid()}.{os.urandom(4).hex()}"
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            with open(tmp, "x") as handle:
                handle.write(note)
                handle.flush()
                os.fsync(handle.fileno())
            try:
                os.link(tmp, final)  # fails if the file exists: never replaced
            except FileExistsError:
                self._same_tree(final, note)
            fsync_dir(self.path)
        except OSError as exc:
            raise SinkError(f"{self.name}: {exc.strerror or type(exc).__name__}") from None
        finally:
            tmp.unlink(missing_ok=True)
        return Published()

    def _same_tree(self, final: Path, note: str) -> None:
        try:
            there = checkpoint_body(final.read_text())
        except (Malformed, UnicodeDecodeError):
            raise SinkError(f"{final} holds something that is not a checkpoint") from None
        if there.root != checkpoint_body(note).root:
            raise SinkError(f"{final} holds a checkpoint of the same size with a different root")


class S3Sink(Sink):
    scheme = "s3"

    def __init__(self, bucket: str, prefix: str = "", *, endpoint: str | None = None, region: str | None = None,
                 object_lock_days: int | None = None):
        self.bucket, self.prefix = bucket, prefix.strip("/")
        self.endpoint, self.region, self.object_lock_days = endpoint, region, object_lock_days
        self.name = f"s3://{bucket}/{self.prefix}"
        self._client = None

    def _s3(self):
        if self._client is None:
            import boto3

            self._client = boto3.client("s3", endpoint_url=self.endpoint, region_name=self.region)
        return self._client

    def publish(self, size: int, note: str, prove: Prover) -> Published:
        from botocore.exceptions import BotoCoreError, ClientError

        key = f"{self.prefix}/{size}.checkpoint" if self.prefix else f"{size}.checkpoint"
        extra = {}
        if self.object_lock_days:
            extra = {"ObjectLockMode": "COMPLIANCE", "ObjectLockRetainUntilDate":
                     datetime.now(timezone.utc) + timedelta(days=self.object_lock_days)}
        try:
            self._s3().put_object(Bucket=self.bucket, Key=key, Body=note.encode(), ContentType="text/plain",
                                  **extra)
        except (BotoCoreError, ClientError) as exc:
            raise SinkError(f"{self.name}: {type(exc).__name__}: {str(exc)[:200]}") from None
        return Published()


class WitnessSink(Sink):
    """A C2SP tlog-witness. The size it holds is learned from its 409 answers, so a witness that was
    down, or was fed by another gateway process, is caught up with one proof from where it is."""

    scheme = "witness"
    is_witness = True
    MAX_RETRIES = 3

    def __init__(self, url: str, verifier: CosignatureVerifier, *, timeout_s: float = 10.0):
        self.url = url.rstrip("/") + "/" + ADD_CHECKPOINT
        self.verifier = verifier
        self.name = f"witness+{url.rstrip('/')}"
        self.timeout_s = timeout_s
        self.known_size = 0
        self._client = None

    def _http(self):
        import httpx

        if self._client is None:  # one connection pool for the sink's life
            self._client = httpx.Client(timeout=self.timeout_s)
        return self._client

    def publish(self, size: int, note: str, prove: Prover) -> Published:
        import httpx

        text = note_text(note)
        for _ in range(self.MAX_RETRIES + 1):
            old = self.known_size
            if old > size:
                return Published()  # the witness already holds a larger tree of this log
            body = encode_add_checkpoint(old, prove(old, size) if 0 < old < size else [], note)
            try:
                answer = self._http().post(self.url, content=body)
            except httpx.HTTPError as exc:
                raise SinkError(f"{self.name}: {type(exc).__name__}") from None
            if answer.status_code == 409 and answer.headers.get("content-type", "").startswith(SIZE_CONTENT_TYPE):
                try:
                    self.known_size = parse_size(answer.content)
                except Malformed:
                    raise SinkError(f"{self.name}: 409 with an unreadable size") from None
                continue
            if answer.status_code != 200:
                raise SinkError(f"{self.name}: refused with {answer.status_code}: {answer.text[:200].strip()}")
            try:
                cosignature = self.verifier.find(text, answer.text)
            except CosignatureInvalid as exc:
                raise SinkError(f"{self.name}: {exc}") from None
            self.known_size = size
            return Published(cosignature=cosignature.line, witness=cosignature.witness)
        raise SinkError(f"{self.name}: the witness kept changing its size")


def _witness(url: str, query: dict[str, list[str]]) -> Sink:
    parts = urlsplit(url)
    base = f"{parts.scheme.removeprefix('witness+')}://{parts.netloc}{parts.path}"
    try:
        if "key" in query:
            verifier = CosignatureVerifier.parse(query["key"][0])
        elif "key_file" in query:
            verifier = CosignatureVerifier.parse(Path(query["key_file"][0]).read_text())
        else:
            raise SinkConfigError(f"witness sink {base} needs key= or key_file= (the witness's public key)")
    except (KeyFileError, OSError) as exc:
        raise SinkConfigError(f"witness sink {base}: {exc}") from None
    return WitnessSink(base, verifier)


def _s3(url: str, query: dict[str, list[str]]) -> Sink:
    parts = urlsplit(url)
    days = query.get("object_lock_days", [None])[0]
    if days is not None and not days.isdigit():
        raise SinkConfigError("object_lock_days must be a whole number of days")
    return S3Sink(parts.netloc, parts.path, endpoint=query.get("endpoint", [None])[0],
                  region=query.get("region", [None])[0], object_lock_days=int(days) if days else None)


def _file(url: str, query: dict[str, list[str]]) -> Sink:
    parts = urlsplit(url)
    if parts.netloc not in ("", "localhost"):
        raise SinkConfigError("a file sink is a local directory: file:///path/dir")
    return DirectorySink(Path(unquote(parts.path)))


_REGISTRY: dict[str, Callable[[str, dict[str, list[str]]], Sink]] = {
    "file": _file, "s3": _s3, "witness+http": _witness, "witness+https": _witness,
}


def sink_from_url(url: str) -> Sink:
    scheme = urlsplit(url).scheme
    factory = _REGISTRY.get(scheme)
    if factory is None:
        raise SinkConfigError(f"unknown checkpoint sink {scheme!r} (file, s3, witness+https, witness+http)")
    sink = factory(url, parse_qs(urlsplit(url).query))
    if len(sink.name) > MAX_NAME:
        raise SinkConfigError(f"a sink's address without its query is at most {MAX_NAME} characters")
    return sink
