"""A TCP proxy between the gateway and a server it depends on (PostgreSQL, Redis), switchable to fail.

The shared test servers keep running; what the gateway sees through the proxy is an outage:

- ``PASS``: bytes go both ways;
- ``REFUSE``: the listening socket is closed, so new connections are refused, and open ones are
  reset (what a server that went down looks like);
- ``RESET``: connections are accepted and reset at once, open ones too;
- ``BLACKHOLE``: connections are accepted and nothing is forwarded either way (a hung server or a
  dropped network path): only the client's own timeouts end the wait.

Switching back to ``PASS`` listens on the same port again. Threads, one pair per connection.
"""

from __future__ import annotations

import socket
import struct
import threading
from enum import Enum

POLL_S = 0.1  # how soon a pump notices that its connection was reset


class Mode(Enum):
    PASS = "pass"
    REFUSE = "refuse"
    RESET = "reset"
    BLACKHOLE = "blackhole"


def _reset(sock: socket.socket) -> None:
    """Close with RST rather than FIN: the peer sees 'connection reset'."""
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        pass
    sock.close()


class _Pair:
    """One proxied connection; ``killed`` tells its pumps to reset it."""

    def __init__(self, client: socket.socket, upstream: socket.socket | None):
        self.client, self.upstream, self.killed = client, upstream, False

    def kill(self) -> None:
        self.killed = True
        if self.upstream is None:  # no pump watches a black-holed connection
            _reset(self.client)


class FaultProxy:
    def __init__(self, target_host: str, target_port: int, *, host: str = "127.0.0.1"):
        self.target = (target_host, target_port)
        self.host = host
        self.mode = Mode.PASS
        self._lock = threading.Lock()
        self._pairs: list[_Pair] = []
        self._closed = False
        self._listener: socket.socket | None = self._listen(0)
        self.port = self._listener.getsockname()[1]
        self._acceptor = self._start_acceptor()

    # --- control ---------------------------------------------------------------------------------
    def set_mode(self, mode: Mode) -> None:
        """Switch; every open connection is reset, except that a black hole keeps them (stalled)."""
        with self._lock:
            previous, self.mode = self.mode, mode
            pairs = [] if mode is Mode.BLACKHOLE else self._pairs
            if pairs:
                self._pairs = []
        for pair in pairs:
            pair.kill()
        if mode is Mode.REFUSE and previous is not Mode.REFUSE:
            listener, self._listener = self._listener, None
            if listener is not None:
                listener.close()
            self._acceptor.join(2)
        elif mode is not Mode.REFUSE and previous is Mode.REFUSE and not self._closed:
            self._listener = self._listen(self.port)
            self._acceptor = self._start_acceptor()

    def close(self) -> None:
        self._closed = True
        self.set_mode(Mode.REFUSE)

    def __enter__(self) -> "FaultProxy":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- the proxy -------------------------------------------------------------------------------
    def _listen(self, port: int) -> socket.socket:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((self.host, port))
        listener.listen(128)
        listener.settimeout(0.1)
        return listener

    def _start_acceptor(self) -> threading.Thread:
        thread = threading.Thread(target=self._accept, args=(self._listener,), name="fault-proxy", daemon=True)
        thread.start()
        return thread

    def _accept(self, listener: socket.socket) -> None:
        while self._listener is listener:
            try:
                client, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self._open(client)

    def _open(self, client: socket.socket) -> None:
        mode = self.mode
        if mode is not Mode.PASS and mode is not Mode.BLACKHOLE:
            _reset(client)
            return
        upstream = None
        if mode is Mode.PASS:
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                _reset(client)
                return
        pair = _Pair(client, upstream)
        with self._lock:
            current = self.mode is mode  # a switch while connecting must not let this one through
            if current:
                self._pairs.append(pair)
        if not current:
            _reset(client)
            if upstream is not None:
                upstream.close()
            return
        if upstream is None:
            return  # black hole: held open, never answered
        for source, sink in ((client, upstream), (upstream, client)):
            threading.Thread(target=self._pump, args=(pair, source, sink), daemon=True).start()

    def _pump(self, pair: _Pair, source: socket.socket, sink: socket.socket) -> None:
        try:
            source.settimeout(POLL_S)
            while not pair.killed:
                try:
                    data = source.recv(65536)
                except TimeoutError:
                    continue
                if not data or pair.killed:  # bytes read after a switch are never passed on
                    break
                if self.mode is not Mode.BLACKHOLE:  # a black hole swallows what was sent
                    sink.sendall(data)
        except OSError:
            pass
        if pair.killed:
            _reset(pair.client)
            pair.upstream.close()
            return
        for sock in (source, sink):  # one side ended: end the other, as a plain proxy would
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        source.close()
