"""A small health-aware TCP load balancer for the soak (neither HAProxy nor nginx is installed here).

    python bench/soak_lb.py --port 8000 --backend 127.0.0.1:8001 --backend 127.0.0.1:8002 ...

Each client connection goes to the next backend in round-robin order, like HAProxy in ``mode tcp``
with ``balance roundrobin``; clients that open one connection per request are balanced per request.
A probe asks every backend's ``/readyz`` once a second. Ready backends are chosen first; when none is
ready (a shared dependency is down, so every backend says "not ready") the ones that still accept
connections are used, so the gateways' own error answers reach the client. A backend whose connect
fails is skipped at once and the next one is tried, until the probe sees it answer again.
State changes are printed to stderr as one JSON line each.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time

CONNECT_TIMEOUT_S = 1.0
PROBE_EVERY_S = 1.0


class Backend:
    def __init__(self, address: str):
        host, _, port = address.rpartition(":")
        self.host, self.port = host, int(port)
        self.state = "down"  # ready | not_ready | down

    @property
    def name(self) -> str:
        return f"{self.host}:{self.port}"

    def set(self, state: str) -> None:
        if state != self.state:
            self.state = state
            sys.stderr.write(json.dumps({"t": time.time(), "backend": self.name, "state": state}) + "\n")
            sys.stderr.flush()


async def probe(backend: Backend) -> str:
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_connection(backend.host, backend.port),
                                                CONNECT_TIMEOUT_S)
    except (OSError, asyncio.TimeoutError):
        return "down"
    try:
        writer.write(f"GET /readyz HTTP/1.1\r\nHost: {backend.name}\r\nConnection: close\r\n\r\n".encode())
        line = await asyncio.wait_for(reader.readline(), 3.0)
        return "ready" if line.split(b" ")[1:2] == [b"200"] else "not_ready"
    except (OSError, asyncio.TimeoutError, IndexError):
        return "not_ready"
    finally:
        writer.close()


async def probe_loop(backends: list[Backend]) -> None:
    while True:
        states = await asyncio.gather(*(probe(b) for b in backends))
        for backend, state in zip(backends, states):
            backend.set(state)
        await asyncio.sleep(PROBE_EVERY_S)


class Balancer:
    def __init__(self, backends: list[Backend]):
        self.backends = backends
        self._next = 0

    def candidates(self) -> list[Backend]:
        """Every backend once, round-robin from the next one, ready ones first, down ones last."""
        n = len(self.backends)
        order = [self.backends[(self._next + i) % n] for i in range(n)]
        self._next = (self._next + 1) % n
        rank = {"ready": 0, "not_ready": 1, "down": 2}
        return sorted(order, key=lambda b: rank[b.state])

    async def handle(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        for backend in self.candidates():
            try:
                reader, writer = await asyncio.wait_for(asyncio.open_connection(backend.host, backend.port),
                                                        CONNECT_TIMEOUT_S)
            except (OSError, asyncio.TimeoutError):
                backend.set("down")
                continue
            await asyncio.gather(pipe(client_reader, writer), pipe(reader, client_writer))
            return
        client_writer.write(b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nRetry-After: 1\r\n"
                            b"Connection: close\r\n\r\n")
        await close(client_writer)


async def pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except (OSError, asyncio.IncompleteReadError):
        pass
    finally:
        await close(writer)


async def close(writer: asyncio.StreamWriter) -> None:
    try:
        writer.close()
        await writer.wait_closed()
    except OSError:
        pass


async def serve(port: int, addresses: list[str]) -> None:
    backends = [Backend(a) for a in addresses]
    balancer = Balancer(backends)
    server = await asyncio.start_server(balancer.handle, "127.0.0.1", port, backlog=1024)
    prober = asyncio.create_task(probe_loop(backends))
    async with server:
        await server.serve_forever()
    prober.cancel()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--backend", action="append", required=True, help="host:port (repeat)")
    args = parser.parse_args()
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass
    asyncio.run(serve(args.port, args.backend))


if __name__ == "__main__":
    main()
