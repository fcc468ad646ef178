"""Checkpoint cadence and publishing costs, on the real PostgreSQL (a schema of its own) and SQLite.

    .venv/bin/python bench/checkpoints.py [--checks 2000] [--checkpoints 50]

1. The due check a gateway process makes once a second when nothing is due (no lock taken).
2. Signing a due checkpoint: append lock, Ed25519 signature, insert (10 events appended between).
3. Publishing one checkpoint, side by side: a directory sink (fsync, link), S3 (moto's server on
   this machine, object lock COMPLIANCE) and a ``sluice audit witness`` process over HTTP
   (consistency proof, cosignature, the witness's fsync).

Prints a markdown table.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.append(str(ROOT))  # last: shadows no installed package

POSTGRES = os.environ.get("SLUICE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _timed(fn, n: int) -> list[float]:
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def _row(what: str, backend: str, samples: list[float]) -> str:
    samples = sorted(samples)
    p95 = samples[int(len(samples) * 0.95) - 1]
    return f"| {what} | {backend} | {len(samples)} | {statistics.mean(samples):.3f} | {statistics.median(samples):.3f} | {p95:.3f} |"


def _append(engine, start: int, count: int) -> None:
    from sluice.audit.storage.log import append_events
    from tests.audit.helpers import sample_request

    with engine.begin() as conn:
        append_events(conn, [sample_request(i) for i in range(start, start + count)])


def cadence(url: str, backend: str, checks: int, checkpoints: int, signer) -> list[str]:
    from sluice.audit.publish.checkpointer import Checkpointer
    from sluice.gateway.database import make_engine

    engine = make_engine(url)
    _append(engine, 0, 100)
    checkpointer = Checkpointer(engine=engine, signer=lambda: signer, origin=signer.name, every_events=10)
    checkpointer.checkpoint_if_due()
    rows = [_row("due check, nothing due", backend, _timed(checkpointer.checkpoint_if_due, checks))]
    size = [100]

    def sign() -> None:
        assert checkpointer.checkpoint_if_due() is not None

    signing = []
    for _ in range(checkpoints):
        _append(engine, size[0], 10)
        size[0] += 10
        signing += _timed(sign, 1)
    rows.append(_row("sign a due checkpoint", backend, signing))
    engine.dispose()
    return rows


def publishing(url: str, backend: str, checkpoints: int, signer, folder: Path) -> list[str]:
    import pytest

    from sluice.audit.publish.sinks import sink_from_url
    from sluice.audit.storage.tree import latest_checkpoint, prove_consistency
    from sluice.gateway.database import make_engine
    from tests.support.s3_emulator import locked_bucket
    from tests.support.witness_process import WitnessProcess

    engine = make_engine(url)
    (folder / "log.pub").write_text(signer.verifier.text() + "\n")
    witness = WitnessProcess(folder / "witness", {signer.name: folder / "log.pub"}).start()
    rows = []
    with pytest.MonkeyPatch.context() as monkeypatch, locked_bucket(monkeypatch) as endpoint:
        sinks = {"directory": f"file://{folder / 'worm'}",
                 "S3 (moto, object lock)": f"s3://audit-checkpoints/b?endpoint={endpoint}&object_lock_days=1",
                 "witness process": f"witness+{witness.url}?key={quote(witness.public_key, safe='')}"}
        samples: dict[str, list[float]] = {name: [] for name in sinks}
        built = {name: sink_from_url(u) for name, u in sinks.items()}

        def prove(old: int, new: int) -> list[bytes]:
            with engine.connect() as conn:
                return prove_consistency(conn, old, new)

        from sluice.audit.storage.tree import create_checkpoint

        for i in range(checkpoints):
            _append(engine, 100_000 + i * 10, 10)
            with engine.begin() as conn:
                create_checkpoint(conn, signer=signer, origin=signer.name)
                latest = latest_checkpoint(conn)
            for name, sink in built.items():
                samples[name] += _timed(lambda: sink.publish(latest.tree_size, latest.note, prove), 1)
        rows += [_row(f"publish to {name}", backend, s) for name, s in samples.items()]
    witness.stop()
    engine.dispose()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--checks", type=int, default=2000)
    parser.add_argument("--checkpoints", type=int, default=50)
    args = parser.parse_args()
    from sqlalchemy import create_engine

    from sluice.audit.signing import Signer
    from sluice.audit.storage.models import install
    from tests.audit.conftest import drop_schema, postgres_schema_url

    signer = Signer.generate("bench/audit")
    rows = ["| operation | database | n | mean ms | median ms | p95 ms |", "|---|---|---|---|---|---|"]
    with tempfile.TemporaryDirectory() as tmp:
        pg_url, schema = postgres_schema_url()
        try:
            for backend, url in (("PostgreSQL", pg_url), ("SQLite", f"sqlite:///{tmp}/bench.db")):
                engine = create_engine(url)
                with engine.begin() as conn:
                    install(conn)
                engine.dispose()
                rows += cadence(url, backend, args.checks, args.checkpoints, signer)
            rows += publishing(pg_url, "PostgreSQL", args.checkpoints, signer, Path(tmp))
        finally:
            drop_schema(schema)
    print("\n".join(rows))


if __name__ == "__main__":
    main()
