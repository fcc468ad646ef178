"""``sluice policy scan``: every guardrail's verdict for each line of a JSONL file, under a policy
file or the shipped default policy, written atomically to another JSONL file.

Guard models named by the policy are reached through the providers in the gateway's database
(``SLUICE_DATABASE_URL``), read once on first use; a policy without guard models needs no database.
"""

from __future__ import annotations

import os
import queue
import signal
import tempfile
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import IO, TypeVar

import orjson
import typer

from sluice.gateway.cli.common import settings_or_exit
from sluice.gateway.cli.policy_files import read_policy_file
from sluice.gateway.database import make_engine, session_factory
from sluice.gateway.policies.batch_scan import scan_line
from sluice.gateway.policies.guard_transport import ProviderGuardTransport
from sluice.gateway.policies.runtime import tenant_secret
from sluice.gateway.providers.registry import DatabaseSource
from sluice.gateway.providers.spec import ProviderSpec
from sluice.gateway.settings import Settings
from sluice.policy import PolicyError, PolicyValidationError, build_pipeline, default_policy, load_policy

PROGRESS_EVERY_S = 1.0
T, R = TypeVar("T"), TypeVar("R")


class Direction(StrEnum):
    INPUT = "input"
    OUTPUT = "output"


class DatabaseProviders:
    """The provider specs of the gateway's database, read once, when a guard model is first asked."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._specs: list[ProviderSpec] | None = None

    def __call__(self) -> list[ProviderSpec]:
        if self._specs is None:
            engine = make_engine(self.settings.database_url)
            try:
                self._specs = DatabaseSource(session_factory(engine), self.settings.secret_bytes).load()
            finally:
                engine.dispose()
        return self._specs


@contextmanager
def atomic_output(path: Path) -> Iterator[IO[bytes]]:
    """A file that appears at ``path`` whole, or not at all (an error or Ctrl-C leaves nothing behind)."""
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".partial")
    try:
        with os.fdopen(fd, "wb") as file:
            yield file
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


class Interrupted(KeyboardInterrupt):
    """SIGTERM, handled like Ctrl-C: the partial output is removed."""


@contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    def interrupt(signum, frame):
        raise Interrupted()

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class Progress:
    """``policy scan: N/TOTAL lines`` on stderr once a second while a scan runs longer than that (also
    while a slow line holds it up), and a summary at the end."""

    def __init__(self, total: int):
        self.total, self.done, self.errors, self.blocked = total, 0, 0, 0
        self._stop = threading.Event()
        self._ticker = threading.Thread(target=self._tick, name="scan-progress", daemon=True)

    def __enter__(self) -> "Progress":
        self._ticker.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()

    def _tick(self) -> None:
        while not self._stop.wait(PROGRESS_EVERY_S):
            typer.echo(f"policy scan: {self.done}/{self.total} lines ({self.errors} unreadable)", err=True)

    def count(self, entry: dict) -> None:
        self.done += 1
        self.errors += "error" in entry
        self.blocked += bool(entry.get("blocked"))

    def summary(self) -> str:
        return (f"policy scan: {self.done} lines scanned, {self.blocked} would be refused, "
                f"{self.errors} unreadable")


def in_order(fn: Callable[[T], R], items: Iterable[T], *, workers: int) -> Iterator[R]:
    """``map(fn, items)`` on ``workers`` daemon threads, results in input order, at most ``4 * workers``
    items in flight. Daemon threads: an interrupted scan exits without waiting for a slow guard model."""
    tasks: queue.Queue = queue.Queue()

    def work() -> None:
        while (task := tasks.get()) is not None:
            future, item = task
            try:
                future.set_result(fn(item))
            except BaseException as exc:  # noqa: BLE001 - handed to the consumer
                future.set_exception(exc)

    threads = [threading.Thread(target=work, name=f"scan-{i}", daemon=True) for i in range(workers)]
    for thread in threads:
        thread.start()
    window: deque[Future] = deque()
    try:
        for item in items:
            window.append(future := Future())
            tasks.put((future, item))
            if len(window) >= 4 * workers:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()
    finally:
        for future in window:
            future.cancel()
        for _ in threads:
            tasks.put(None)


def _load(policy_file: Path | None):
    if policy_file is None:
        return default_policy()
    return load_policy(read_policy_file(policy_file))


def _lines(path: Path) -> Iterator[bytes]:
    with path.open("rb") as file:
        for raw in file:
            yield raw.rstrip(b"\r\n")


def scan(
    input_file: Path = typer.Option(..., "--input", exists=True, dir_okay=False, readable=True,
                                    help="JSONL: {\"text\": ...} per line (input), or {\"request\": ..., \"response\": ...} (output)"),
    out: Path = typer.Option(..., "--out", dir_okay=False, help="JSONL written here, one line per input line"),
    policy_file: Path | None = typer.Option(None, "--policy", exists=True, dir_okay=False, readable=True,
                                            help="YAML or JSON policy; default: the policy shipped with Sluice"),
    direction: Direction = typer.Option(Direction.INPUT, "--direction", help="input: request guardrails; output: "
                                                                                 "response guardrails"),
    workers: int = typer.Option(4, "--workers", min=1, max=64, help="Lines scanned at once (guard models are "
                                                                    "asked concurrently)"),
) -> None:
    """Run every guardrail of a policy over each line of a JSONL file; each output line holds every
    guardrail's name, status (passed / triggered / skipped / errored), score and labels. Exit 0 when
    every line was scanned, 1 when some lines could not be read (they carry an `error`; the rest ran)."""
    settings = settings_or_exit()
    try:
        policy = _load(policy_file)
    except PolicyValidationError as exc:
        typer.echo(f"sluice: {exc.code}: {exc.message}", err=True)
        raise typer.Exit(1) from None
    if out.resolve() == input_file.resolve():
        typer.echo("sluice: --out must not be the --input file", err=True)
        raise typer.Exit(2)
    if not out.parent.is_dir():
        typer.echo(f"sluice: the output folder {out.parent} does not exist", err=True)
        raise typer.Exit(2)
    guards = ProviderGuardTransport(DatabaseProviders(settings))
    try:
        pipeline = build_pipeline(policy, tenant_secret=tenant_secret(settings.secret_bytes, None), guards=guards)
    except PolicyError as exc:
        typer.echo(f"sluice: {exc.code}: {exc.message}", err=True)
        raise typer.Exit(1) from None
    total = sum(1 for _ in _lines(input_file))
    progress = Progress(total)
    try:
        with atomic_output(out) as sink, progress, terminate_as_interrupt():
            numbered = enumerate(_lines(input_file), start=1)
            for entry in in_order(lambda pair: scan_line(pipeline, pair[1], direction.value, pair[0]), numbered,
                                  workers=workers):
                sink.write(orjson.dumps(entry) + b"\n")
                progress.count(entry)
    except KeyboardInterrupt:
        typer.echo(f"policy scan: interrupted after {progress.done}/{total} lines; {out} not written", err=True)
        raise typer.Exit(130) from None
    finally:
        guards.close()
    typer.echo(progress.summary(), err=True)
    if progress.errors:
        raise typer.Exit(1)

