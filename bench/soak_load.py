"""The soak's load: mixed streaming and non-streaming chat requests through the load balancer.

``concurrency`` closed-loop workers send to the open keys (a random tenant, half of them streamed,
clean prompts, prompts with contact details and card numbers, a few profane ones). Each
rate-limited key gets its own sender at twice its limit, so its limit is what decides.
Every request opens its own connection, so the load balancer spreads requests, not connections.

Each request becomes one record: start and end (seconds since the run began), key label, whether
streamed, prompt kind, HTTP status, the error code (the OpenAI error body's ``code``, an SSE error
event's, or ``connect_error`` / ``timeout`` / ``stream_broken`` / ``bad_body``), the gateway's
``x-request-id``, and ``outcome``: ``ok``, ``expected`` (a refusal the policy or limit calls for) or
``error``.
"""

from __future__ import annotations

import asyncio
import json
import random
import time

import aiohttp

PROMPTS = {
    "clean": "Summarise the rollout plan for the platform team in two short lines.",
    "pii": "Write to jane.doe{n}@example.com or call 415-555-01{m:02d} about card 4111 1111 1111 1111.",
    "profane": "You are a fucking useless piece of shit, answer me now.",
}
KINDS = [("clean", 0.55), ("pii", 0.35), ("profane", 0.10)]
BLOCK_CODES = {"content_blocked", "prompt_injection", "pii_blocked"}


def classify(spec, kind: str, status: int, code: str | None) -> str:
    if status == 200 and code is None:
        return "ok"
    if status == 429 and code == "rate_limited" and spec.rpm:
        return "expected"
    if status == 400 and code in BLOCK_CODES and kind == "profane" and spec.guarded:
        return "expected"
    return "error"


def _sse_error(body: bytes) -> str | None:
    """The code of an error event in an SSE body, ``stream_broken`` if it did not end with [DONE]."""
    for line in body.split(b"\n"):
        if line.startswith(b"data: {") and b'"error"' in line:
            try:
                error = json.loads(line[6:]).get("error")
            except ValueError:
                continue
            if error:
                return str(error.get("code") or "stream_error")
    return None if body.rstrip().endswith(b"data: [DONE]") else "stream_broken"


def _body_error(body: bytes) -> str | None:
    if not body.strip():
        return None
    try:
        error = json.loads(body).get("error")
    except (ValueError, AttributeError):
        return "bad_body"
    return str(error.get("code") or "unknown") if isinstance(error, dict) else None


class Load:
    def __init__(self, url: str, keys: list, *, concurrency: int, model: str, t0: float):
        self.url = url + "/v1/chat/completions"
        self.open_keys = [k for k in keys if not k.rpm]
        self.limited_keys = [k for k in keys if k.rpm]
        self.concurrency = concurrency
        self.model = model
        self.t0 = t0
        self.records: list[dict] = []
        self._stop = asyncio.Event()
        self._n = 0

    def stop(self) -> None:
        self._stop.set()

    async def run(self) -> None:
        connector = aiohttp.TCPConnector(force_close=True, limit=0)
        timeout = aiohttp.ClientTimeout(total=60, sock_connect=5)
        async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
            tasks = [self._closed_loop(session) for _ in range(self.concurrency)]
            tasks += [self._paced(session, spec) for spec in self.limited_keys]
            await asyncio.gather(*tasks)

    async def _closed_loop(self, session) -> None:
        while not self._stop.is_set():
            record = await self.send(session, random.choice(self.open_keys))
            if record["outcome"] == "error" and record["status"] in (0, 503):
                await asyncio.sleep(0.2)  # a client backs off a little when nothing answers

    async def _paced(self, session, spec) -> None:
        interval = 60.0 / (2 * spec.rpm)
        next_at = time.monotonic()
        pending = set()
        while not self._stop.is_set():
            pending.add(asyncio.create_task(self.send(session, spec)))
            pending = {t for t in pending if not t.done()}
            next_at += interval
            try:
                await asyncio.wait_for(self._stop.wait(), max(0.0, next_at - time.monotonic()))
            except asyncio.TimeoutError:
                pass
        if pending:
            await asyncio.wait(pending)

    def _body(self, kind: str, stream: bool) -> dict:
        self._n += 1
        text = PROMPTS[kind].format(n=self._n, m=self._n % 100)
        body = {"model": self.model, "max_tokens": 32, "stream": stream,
                "messages": [{"role": "user", "content": text}]}
        if stream:
            body["stream_options"] = {"include_usage": True}
        return body

    async def send(self, session, spec) -> dict:
        kind = random.choices([k for k, _ in KINDS], [w for _, w in KINDS])[0]
        stream = random.random() < 0.5
        record = {"t0": time.monotonic() - self.t0, "key": spec.label, "stream": stream, "kind": kind,
                  "status": 0, "code": None, "rid": None}
        try:
            async with session.post(self.url, json=self._body(kind, stream),
                                    headers={"authorization": f"Bearer {spec.key}"}) as resp:
                record["status"] = resp.status
                record["rid"] = resp.headers.get("x-request-id")
                body = await resp.read()
                if resp.status != 200:
                    record["code"] = _body_error(body) or f"http_{resp.status}"
                elif stream:
                    record["code"] = _sse_error(body)
                elif b'"choices"' not in body:
                    record["code"] = _body_error(body) or "bad_body"
        except asyncio.TimeoutError:
            record["code"] = "timeout"
        except aiohttp.ClientPayloadError as exc:
            record["code"] = "stream_broken"
            record["detail"] = type(exc).__name__
        except (aiohttp.ClientError, OSError) as exc:
            record["code"] = "connect_error" if record["status"] == 0 else "stream_broken"
            record["detail"] = type(exc).__name__
        record["t1"] = time.monotonic() - self.t0
        record["outcome"] = classify(spec, kind, record["status"], record["code"])
        self.records.append(record)
        return record
