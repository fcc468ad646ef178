"""Worker processes that read and re-hash ranges of the audit log, handing back results in log order.

Reading ~1 KB per record out of the database and hashing it is the bulk of verifying a log; both hold
the interpreter lock, so one process cannot use a second core for them. Each worker
(``range_worker.py``, started by path so it imports only the database driver) has its own connection
and takes every n-th range; only leaf hashes and the few records that fail come back.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy.engine import Connection

_WORKER = Path(__file__).with_name("range_worker.py")


class WorkerFailed(RuntimeError):
    """A worker process could not read its ranges."""


def worker_target(conn: Connection) -> tuple[str, object] | None:
    """How a separate process reaches the database of ``conn``; None when it cannot (in-memory SQLite)."""
    raw = conn.connection.driver_connection
    if conn.dialect.driver == "psycopg":
        params = raw.info.get_parameters()  # what the live connection uses, without the password
        if raw.info.password:
            params["password"] = raw.info.password
        # the same schema however this connection chose it (URL options or a SET on connect)
        search_path = conn.exec_driver_sql("SELECT current_setting('search_path')").scalar_one()
        return "psycopg", {"params": params, "search_path": search_path}
    if conn.dialect.driver == "pysqlite":
        files = [row[2] for row in conn.exec_driver_sql("PRAGMA database_list") if row[1] == "main"]
        if files and files[0]:
            return "sqlite", Path(files[0]).as_uri() + "?mode=ro"
    return None


class RangeWorkers:
    """``count`` processes taking ``ranges`` in turn; :meth:`results` yields one result per range, in order."""

    def __init__(self, target: tuple[str, object], ranges: list[tuple[int, int]], count: int):
        self.ranges = ranges
        self.procs: list[subprocess.Popen] = []
        try:
            for _ in range(count):
                self.procs.append(subprocess.Popen([sys.executable, "-P", str(_WORKER)],
                                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE))
            driver, where = target
            for k, proc in enumerate(self.procs):
                pickle.dump({"driver": driver, "target": where, "ranges": ranges[k::count]}, proc.stdin)
                proc.stdin.close()
        except BaseException:
            self.close()
            raise

    def results(self) -> Iterator[tuple]:
        for i in range(len(self.ranges)):
            proc = self.procs[i % len(self.procs)]
            try:
                result = pickle.load(proc.stdout)
            except EOFError:
                raise WorkerFailed(f"an audit range reader exited (status {proc.wait()})") from None
            if result[0] == "error":
                raise WorkerFailed(f"an audit range reader failed: {result[1]}")
            yield result

    def close(self) -> None:
        """Stop every worker (they may be blocked writing results nobody reads any more)."""
        for proc in self.procs:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
            for pipe in (proc.stdin, proc.stdout):
                if pipe is not None:
                    pipe.close()

    def __enter__(self) -> "RangeWorkers":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def check_in_workers(conn: Connection, ranges: list[tuple[int, int]], count: int,
                     take: Callable[..., bool], notes: list[str]) -> int:
    """Have ``count`` workers check ``ranges``, handing each range's result, in order, to ``take``.

    Stops at the first range whose records are not the consecutive ones expected next (``take`` says
    so by returning False) or that the workers could not read. Returns how many leading ranges were
    taken; the caller reads the rest itself.
    """
    target = worker_target(conn) if count else None
    if target is None:
        return 0
    done = 0
    try:
        with RangeWorkers(target, ranges, count) as pool:
            for result in pool.results():
                if result[0] == "irregular" or result[0] == "ok" and not take(*result[1:]):
                    break
                done += 1
    except (OSError, WorkerFailed) as exc:
        notes.append(f"reading in worker processes stopped ({exc}); records from position "
                     f"{ranges[done][0]} on were checked in one process")
    return done
