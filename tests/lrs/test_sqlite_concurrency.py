"""The embedded default (SQLite, what `make run` serves) under concurrent writers and readers.

Fuzzing the LRS on SQLite once gave "database is locked" 500s: slow unfiltered reads held the lock
while writers gave up, and H5P's bursts of statements lost answers the same way. Here a real server
(gunicorn, three processes of four threads) on a SQLite file takes bursts of batches from eight
clients while two others read whole pages without a filter; every write must be acknowledged, every
answer must be below 500, and the store must hold exactly what was acknowledged.

Starts real processes: runs with the integration tests (SAMFUND_INTEGRATION=1; CI sets it).
"""

import sqlite3
import threading
import uuid
from collections import Counter

from tests.live import CLIENT, integration, live_lrs, processes, xapi
from tests.lrs.builders import activity, valid_statement, verb

pytestmark = integration("starts a server")
__all__ = ["processes"]  # the fixture, imported for this module's test

WRITERS, BURSTS, BATCH = 8, 12, 10
READERS = 2


def burst():
    return [
        valid_statement(id=str(uuid.uuid4()), verb=verb("answered"), object=activity(f"lesson/{n}/h5p/1"))
        for n in range(BATCH)
    ]


def test_sqlite_takes_concurrent_bursts_and_reads_without_an_error(tmp_path, processes):  # noqa: F811
    port = live_lrs(processes, tmp_path, threads=4)

    statuses, acknowledged = Counter(), []
    writing = threading.Event()
    lock = threading.Lock()

    def write():
        for _ in range(BURSTS):
            status, body = xapi(port, "POST", "statements", CLIENT, burst())
            with lock:
                statuses[f"POST {status}"] += 1
                if status == 200:
                    acknowledged.extend(body)

    def read():
        while writing.is_set():
            status, _body = xapi(port, "GET", "statements", CLIENT, limit=500)
            with lock:
                statuses[f"GET {status}"] += 1

    writing.set()
    readers = [threading.Thread(target=read) for _ in range(READERS)]
    writers = [threading.Thread(target=write) for _ in range(WRITERS)]
    for thread in readers + writers:
        thread.start()
    for thread in writers:
        thread.join()
    writing.clear()
    for thread in readers:
        thread.join()

    print(dict(statuses))
    assert statuses[f"POST {200}"] == WRITERS * BURSTS, dict(statuses)
    assert all(key in (f"POST {200}", f"GET {200}") for key in statuses), dict(statuses)
    with sqlite3.connect(tmp_path / "db.sqlite3") as stored:
        [(count,)] = stored.execute("SELECT count(*) FROM lrs_statement").fetchall()
        [(mode,)] = stored.execute("PRAGMA journal_mode").fetchall()
    assert count == len(acknowledged) == WRITERS * BURSTS * BATCH
    assert mode == "wal"
