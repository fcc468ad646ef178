"""A small HTTP/1.1 load generator for the gateway benchmark, run in its own process.

It speaks just enough HTTP/1.1 (keep-alive, Content-Length and chunked bodies) over asyncio
streams to cost far less CPU per request than a general client, so on a small machine most of the
CPU goes to the servers being measured. Each request's body is checked (a completion, or a stream
ending in ``data: [DONE]``); anything else counts as an error.

Input: one JSON job on stdin; output: one JSON result on stdout.
  {"mode": "latency", "targets": [...], "requests": 300, "warmup": 30, "block": 20, "stream": false}
  {"mode": "throughput", "target": {...}, "concurrency": 32, "duration_s": 5, "stream": false}
A target is {"name", "host", "port", "path", "token", "model"}.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time

import orjson


def request_bytes(target: dict, stream: bool) -> bytes:
    body = {"model": target["model"], "max_tokens": 16, "stream": stream,
            "messages": [{"role": "user", "content": "Give me a short status line for the benchmark."}]}
    payload = orjson.dumps(body)
    head = (f"POST {target['path']} HTTP/1.1\r\nHost: {target['host']}:{target['port']}\r\n"
            f"Authorization: Bearer {target['token']}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(payload)}\r\n\r\n")
    return head.encode() + payload


async def read_response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    status = int(lines[0].split(b" ", 2)[1])
    length, chunked = None, False
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-length":
            length = int(value)
        elif name == b"transfer-encoding" and b"chunked" in value.lower():
            chunked = True
    if length is not None:
        return status, await reader.readexactly(length)
    if not chunked:
        raise ValueError("response without length")
    parts = []
    while True:
        size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
        if size == 0:
            await reader.readuntil(b"\r\n")
            return status, b"".join(parts)
        parts.append((await reader.readexactly(size + 2))[:-2])


class Connection:
    def __init__(self, target: dict, stream: bool):
        self.target = target
        self.stream = stream
        self.raw = request_bytes(target, stream)
        self.reader = self.writer = None

    async def send(self) -> float:
        """One request; returns its latency in seconds or raises on any failure."""
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.target["host"], self.target["port"])
        started = time.perf_counter()
        try:
            self.writer.write(self.raw)
            status, body = await read_response(self.reader)
        except Exception:
            self.close()
            raise
        elapsed = time.perf_counter() - started
        if status != 200:
            raise RuntimeError(f"HTTP {status}: {body[:200]!r}")
        if self.stream and not body.rstrip().endswith(b"data: [DONE]"):
            raise RuntimeError("stream did not end with [DONE]")
        if not self.stream and b'"choices"' not in body:
            raise RuntimeError("not a completion")
        return elapsed

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None


async def latency(job: dict) -> dict:
    """Sequential requests, targets taking turns in blocks of ``block`` requests.

    Turns spread drift of the machine over all targets alike. Blocks rather than single requests:
    a server may go on working after it answered (logging, accounting callbacks), and on a small
    machine that work would land on the next target's request and be counted against it.
    """
    conns = {t["name"]: Connection(t, job["stream"]) for t in job["targets"]}
    block = max(1, job.get("block", 1))
    for _ in range(job["warmup"]):
        for conn in conns.values():
            await conn.send()
    samples = {name: [] for name in conns}
    errors = {name: 0 for name in conns}
    for _ in range(0, job["requests"], block):
        for name, conn in conns.items():
            for _ in range(block):
                try:
                    samples[name].append(await conn.send())
                except Exception:
                    errors[name] += 1
    for conn in conns.values():
        conn.close()
    return {"samples_s": samples, "errors": errors}


async def throughput(job: dict) -> dict:
    """Closed loop: ``concurrency`` connections each send the next request when one completes."""
    deadline_warm = time.perf_counter() + job.get("warmup_s", 1.0)
    measuring = {"start": None}
    done: list[float] = []
    errors = [0]
    sent = [0]

    async def worker():
        conn = Connection(job["target"], job["stream"])
        end = None
        while True:
            now = time.perf_counter()
            if measuring["start"] is None and now >= deadline_warm:
                measuring["start"] = now
            if measuring["start"] is not None:
                end = measuring["start"] + job["duration_s"]
                if now >= end:
                    break
            try:
                elapsed = await conn.send()
                sent[0] += 1
                if measuring["start"] is not None:
                    done.append(elapsed)
            except Exception:
                errors[0] += 1
                await asyncio.sleep(0.01)
        conn.close()

    await asyncio.gather(*(worker() for _ in range(job["concurrency"])))
    done.sort()
    return {"completed": len(done), "errors": errors[0], "duration_s": job["duration_s"], "sent": sent[0],
            "rps": len(done) / job["duration_s"], "p50_ms": percentile(done, 50) * 1000,
            "p99_ms": percentile(done, 99) * 1000}


def percentile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return float("nan")
    index = min(len(sorted_values) - 1, max(0, round(q / 100 * (len(sorted_values) - 1))))
    return sorted_values[index]


def main() -> None:
    job = json.load(sys.stdin)
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass
    runner = latency if job["mode"] == "latency" else throughput
    print(json.dumps(asyncio.run(runner(job))))


if __name__ == "__main__":
    main()
