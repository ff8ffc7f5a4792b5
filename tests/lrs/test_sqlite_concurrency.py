"""The embedded default (SQLite, what `make run` serves) under concurrent writers and readers.

Fuzzing the LRS on SQLite once gave "database is locked" 500s: slow unfiltered reads held the lock
while writers gave up, and H5P's bursts of statements lost answers the same way. Here a real server
(gunicorn, three processes of four threads) on a SQLite file takes bursts of batches from eight
clients while two others read whole pages without a filter; every write must be acknowledged, every
answer must be below 500, and the store must hold exactly what was acknowledged.

Starts real processes: runs with the integration tests (SAMFUND_INTEGRATION=1; CI sets it).
"""

import os
import sqlite3
import sys
import threading
import uuid
from collections import Counter
from pathlib import Path

import pytest

from tests.lrs.builders import activity, valid_statement, verb
from tests.lrs.test_forwarding_integration import (
    CLIENT,
    environment,
    free_port,
    manage,
    processes,
    wait_for,
    xapi,
)

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(
        os.environ.get("SAMFUND_INTEGRATION") != "1",
        reason="integration test: set SAMFUND_INTEGRATION=1 (starts a server; CI sets it)",
    ),
]
__all__ = ["processes"]  # the fixture, imported for this module's test

BIN = Path(sys.executable).parent
WRITERS, BURSTS, BATCH = 8, 12, 10
READERS = 2


def burst():
    return [
        valid_statement(id=str(uuid.uuid4()), verb=verb("answered"), object=activity(f"lesson/{n}/h5p/1"))
        for n in range(BATCH)
    ]


def test_sqlite_takes_concurrent_bursts_and_reads_without_an_error(tmp_path, processes):  # noqa: F811
    database = tmp_path / "db.sqlite3"
    port = free_port()
    env = environment(f"sqlite:///{database}", 0, port)
    env.pop("CELERY_BROKER_URL")
    manage(env, "migrate", "--noinput", "-v0")
    manage(
        env,
        "create_lrs_credentials",
        "Client",
        "--key",
        CLIENT[0],
        "--secret",
        CLIENT[1],
        "--all-organisations",
    )
    command = [BIN / "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "3"]
    processes.start("sqlite-lrs", [*command, "--threads", "4", "--no-control-socket"], env)
    wait_for(lambda: xapi(port, "GET", "about", CLIENT)[0] == 200, 60, "the server did not start")

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
    with sqlite3.connect(database) as stored:
        [(count,)] = stored.execute("SELECT count(*) FROM lrs_statement").fetchall()
        [(mode,)] = stored.execute("PRAGMA journal_mode").fetchall()
    assert count == len(acknowledged) == WRITERS * BURSTS * BATCH
    assert mode == "wal"
