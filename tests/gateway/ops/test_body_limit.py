"""Oversized request bodies are refused with 413 ``request_too_large`` before anything parses them."""

from __future__ import annotations

import httpx
import orjson
import pytest

from sluice.gateway.limits.body_size import BodySizeLimit
from tests.support.servers import ServerThread

LIMIT = 2048


class RecordingApp:
    """An ASGI app that echoes the size of the body it received."""

    def __init__(self):
        self.calls = 0

    async def __call__(self, scope, receive, send):
        if scope["type"] == "lifespan":
            while (message := await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            return await send({"type": "lifespan.shutdown.complete"})
        self.calls += 1
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        payload = orjson.dumps({"received": len(body)})
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": payload})


async def run(app, messages, headers=()):
    sent = []
    queue = list(messages)

    async def receive():
        return queue.pop(0) if queue else {"type": "http.disconnect"}

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/v1/chat/completions", "headers": list(headers)}
    await app(scope, receive, send)
    return sent


async def test_declared_length_over_limit_is_refused_without_reading_or_calling_the_app():
    inner = RecordingApp()
    sent = await run(BodySizeLimit(inner, max_bytes=LIMIT), [], headers=[(b"content-length", b"999999")])
    assert sent[0]["status"] == 413
    assert orjson.loads(sent[1]["body"])["error"]["code"] == "request_too_large"
    assert inner.calls == 0


async def test_chunked_body_over_limit_is_refused_while_reading():
    inner = RecordingApp()
    chunks = [{"type": "http.request", "body": b"x" * 1000, "more_body": True} for _ in range(5)]
    sent = await run(BodySizeLimit(inner, max_bytes=LIMIT), chunks)
    assert sent[0]["status"] == 413
    assert inner.calls == 0


async def test_body_within_limit_reaches_the_app_whole():
    inner = RecordingApp()
    chunks = [{"type": "http.request", "body": b"x" * 1000, "more_body": True},
              {"type": "http.request", "body": b"x" * 1000, "more_body": False}]
    sent = await run(BodySizeLimit(inner, max_bytes=LIMIT), chunks)
    assert sent[0]["status"] == 200
    assert orjson.loads(sent[1]["body"]) == {"received": 2000}


async def test_disconnect_after_body_still_reaches_the_app():
    seen = []

    async def app(scope, receive, send):
        seen.append(await receive())
        seen.append(await receive())

    await run(BodySizeLimit(app, max_bytes=LIMIT), [{"type": "http.request", "body": b"{}"}])
    assert [m["type"] for m in seen] == ["http.request", "http.disconnect"]


@pytest.fixture(scope="module")
def limited_server():
    with ServerThread(BodySizeLimit(RecordingApp(), max_bytes=LIMIT)) as server:
        yield server.url


def test_real_server_refuses_chunked_upload_without_content_length(limited_server):
    def body():
        for _ in range(10):
            yield b"y" * 512

    response = httpx.post(limited_server, content=body(), headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "request_too_large"


def test_real_server_accepts_chunked_upload_within_limit(limited_server):
    response = httpx.post(limited_server, content=iter([b"a" * 500, b"b" * 500]))
    assert response.status_code == 200 and response.json() == {"received": 1000}


def test_app_refuses_oversized_json_with_openai_error_shape(client):
    response = client.post("/v1/chat/completions", content=b"{" + b" " * (5 * 1024 * 1024) + b"}",
                           headers={"content-type": "application/json", "authorization": "Bearer x"})
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "request_too_large"
    assert response.headers["x-request-id"]
