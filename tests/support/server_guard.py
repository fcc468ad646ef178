"""Refuse the test PostgreSQL and Redis servers to tests that are not marked as needing them.

``pytest -m "not postgres and not redis"`` must run on a machine without those servers, so every test
that reaches one must carry its marker. While an unmarked test runs (its fixtures' set-up included),
a connection from this process to the server named by ``SLUICE_TEST_POSTGRES_URL`` or
``SLUICE_TEST_REDIS_URL`` raises :class:`ServerNotMarked`, and the test fails naming the marker it lacks,
whether the servers are up or not, and even where the code swallows the error (the rate limiter lets
requests through when Redis fails).

Redis clients (redis-py, kombu) connect through Python sockets, which an audit hook sees; psycopg
connects inside libpq, so its ``connect`` entry points are wrapped. Child processes (Celery workers,
``sluice serve``, verification workers) are outside the guard: the run without servers catches them.
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})


class ServerNotMarked(RuntimeError):
    """A test reached a shared test server without the marker that says it needs it."""


def _addresses(host: str) -> frozenset[str]:
    if host in LOOPBACK:
        return LOOPBACK
    try:
        return frozenset({host} | {str(info[4][0]) for info in socket.getaddrinfo(host, None)})
    except OSError:
        return frozenset({host})


@dataclass(frozen=True)
class Server:
    marker: str
    name: str
    hosts: frozenset[str]
    port: int

    @classmethod
    def from_url(cls, marker: str, name: str, url: str, default_port: int) -> "Server":
        parts = urlsplit(url)
        return cls(marker, name, _addresses(parts.hostname or "localhost"), parts.port or default_port)

    def matches(self, host: str, port: int) -> bool:
        return port == self.port and host in self.hosts


class ServerGuard:
    def __init__(self, servers: Iterable[Server]):
        self.servers = tuple(servers)
        self._allowed: frozenset[str] | None = None  # None: no test is running, nothing is refused
        self.violations: list[str] = []

    def enter(self, markers: Iterable[str]) -> None:
        """A test starts (set-up first): refuse the servers whose marker it does not carry."""
        self.violations = []
        self._allowed = frozenset(markers)

    def leave(self) -> None:
        """The test's set-up and call are over; teardown may reach anything (session fixtures end there)."""
        self._allowed = None

    def check(self, host: str, port: int) -> None:
        allowed = self._allowed
        if allowed is None:
            return
        for server in self.servers:
            if server.marker not in allowed and server.matches(host, port):
                message = (f"this test connects to the {server.name} server at {host}:{port} "
                           f"but is not marked @pytest.mark.{server.marker}")
                self.violations.append(message)
                raise ServerNotMarked(message)

    def install(self) -> None:
        """Watch this process's connections (for good: audit hooks cannot be removed)."""
        sys.addaudithook(self._audit)
        _wrap_psycopg(self)

    def _audit(self, event: str, args: tuple) -> None:
        if event == "socket.connect" and self._allowed is not None:
            address = args[1]
            if isinstance(address, tuple) and len(address) >= 2:
                self.check(str(address[0]), int(address[1]))

    def check_postgres(self, conninfo: str, params: dict) -> None:
        from psycopg.conninfo import conninfo_to_dict

        given = conninfo_to_dict(conninfo, **params)
        hosts = str(given.get("hostaddr") or given.get("host") or os.environ.get("PGHOST") or "localhost")
        ports = str(given.get("port") or os.environ.get("PGPORT") or 5432)
        for host in hosts.split(","):
            for port in ports.split(","):
                self.check("localhost" if host.startswith("/") else host, int(port))


def _wrap_psycopg(guard: ServerGuard) -> None:
    try:
        import psycopg
    except ImportError:
        return
    sync_connect = psycopg.Connection.connect.__func__
    async_connect = psycopg.AsyncConnection.connect.__func__

    def connect(cls, conninfo: str = "", **kwargs):
        guard.check_postgres(conninfo, kwargs)
        return sync_connect(cls, conninfo, **kwargs)

    async def connect_async(cls, conninfo: str = "", **kwargs):
        guard.check_postgres(conninfo, kwargs)
        return await async_connect(cls, conninfo, **kwargs)

    psycopg.Connection.connect = classmethod(connect)
    psycopg.AsyncConnection.connect = classmethod(connect_async)
    psycopg.connect = psycopg.Connection.connect
