"""The witness's HTTP shell (standard library server, one thread per request).

``POST <prefix>/add-checkpoint`` (C2SP tlog-witness) and ``GET <prefix>/<hex SHA-256(origin)>/checkpoint``
(the latest cosigned note of that log).
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from sluice.audit.witness.protocol import ADD_CHECKPOINT, MAX_BODY_BYTES
from sluice.audit.witness.witness import Answer, Witness


def _handler(witness: Witness) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "sluice-witness"

        def _answer(self, answer: Answer) -> None:
            self.send_response(answer.status)
            self.send_header("Content-Type", answer.content_type)
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            self.wfile.write(answer.body)

        def do_POST(self) -> None:  # noqa: N802 - the stdlib's name
            if not self.path.rstrip("/").endswith("/" + ADD_CHECKPOINT):
                return self._answer(Answer(404, b"not found\n"))
            try:
                length = int(self.headers.get("Content-Length", ""))
            except ValueError:
                return self._answer(Answer(411, b"Content-Length is required\n"))
            if not 0 <= length <= MAX_BODY_BYTES:
                return self._answer(Answer(413, b"request too large\n"))
            self._answer(witness.add_checkpoint(self.rfile.read(length)))

        def do_GET(self) -> None:  # noqa: N802
            parts = self.path.strip("/").split("/")
            note = witness.latest_by_hash(parts[-2]) if len(parts) >= 2 and parts[-1] == "checkpoint" else None
            self._answer(Answer(200, note.encode()) if note else Answer(404, b"not found\n"))

        def log_message(self, format, *args) -> None:  # noqa: A002 - requests are logged by the witness itself
            pass

    return Handler


def serve(witness: Witness, host: str, port: int) -> ThreadingHTTPServer:
    """Start serving in a background thread; ``server.shutdown()`` stops it."""
    server = ThreadingHTTPServer((host, port), _handler(witness))
    threading.Thread(target=server.serve_forever, name="sluice-witness", daemon=True).start()
    return server
