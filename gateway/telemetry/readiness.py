"""Readiness checks of the operational dependencies: broker and Redis (providers and the built-in
engine register their own checks with the provider registry).

Each check is ``check() -> (ok, detail)`` and is registered only when the dependency is
configured. Details are short words (``ok``, ``ConnectionError``), never URLs or secrets.
"""

from __future__ import annotations

import redis
from kombu import Connection

CHECK_TIMEOUT_S = 1.0


def redis_check(url: str):
    client = redis.Redis.from_url(url, socket_timeout=CHECK_TIMEOUT_S, socket_connect_timeout=CHECK_TIMEOUT_S)

    def check() -> tuple[bool, str]:
        try:
            return (True, "ok") if client.ping() else (False, "no reply")
        except Exception as exc:
            return False, type(exc).__name__

    return check


def broker_check(url: str):
    def check() -> tuple[bool, str]:
        try:
            with Connection(url, connect_timeout=CHECK_TIMEOUT_S) as connection:
                connection.ensure_connection(max_retries=0, timeout=CHECK_TIMEOUT_S)
            return True, "ok"
        except Exception as exc:
            return False, type(exc).__name__

    return check
