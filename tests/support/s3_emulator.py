"""A local S3 (moto's server, in a thread) with an object-lock bucket, and the credentials boto3 reads."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from tests.support.servers import free_port


@contextmanager
def locked_bucket(monkeypatch: pytest.MonkeyPatch, bucket: str = "audit-checkpoints") -> Iterator[str]:
    """Yield the endpoint URL of a fresh S3 server holding ``bucket`` with object lock enabled."""
    import boto3
    from moto.server import ThreadedMotoServer

    for name, value in {"AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test",
                        "AWS_DEFAULT_REGION": "us-east-1"}.items():
        monkeypatch.setenv(name, value)
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    try:
        boto3.client("s3", endpoint_url=endpoint).create_bucket(Bucket=bucket, ObjectLockEnabledForBucket=True)
        yield endpoint
    finally:
        server.stop()
