"""A gateway-like process for the tests: threads appending through one AuditWriter, acking each commit.

    python -m tests.audit.writer_proc URL COUNT THREADS

prints ``ack <seq> <event_id>`` (flushed) after each append returned, i.e. after its commit.
COUNT 0 means: run until killed.
"""

from __future__ import annotations

import sys
import threading

from sluice.audit.writer import AuditWriter
from sluice.gateway.database import make_engine
from tests.audit.helpers import sample_request


def main() -> None:
    url, count, threads = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    engine = make_engine(url)
    writer = AuditWriter(engine, max_batch=500).start()
    lock = threading.Lock()

    def work(worker: int) -> None:
        i = 0
        while count == 0 or i < count:
            event = sample_request(i, tenant=f"ten_{worker % 3}")
            result = writer.append_sync(event, timeout=60)
            with lock:
                sys.stdout.write(f"ack {result.seq} {result.event_id}\n")
                sys.stdout.flush()
            i += 1

    pool = [threading.Thread(target=work, args=(w,)) for w in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    writer.close()
    engine.dispose()


if __name__ == "__main__":
    main()
