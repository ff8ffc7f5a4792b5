"""Forwarding for real: two LRS processes of this project, Redis, and a Celery worker with beat.

The source LRS forwards to the target LRS (this project again, with its own database and other
credentials). The target is down while statements arrive, then comes back: every statement must
be stored there exactly once, except a poison one whose id the target already holds with different
content, which must end in the source's dead letters with the target's reason.

Needs PostgreSQL (DATABASE_URL; the test creates and drops two databases next to it) and Redis on
127.0.0.1:6379 (two empty database numbers, flushed afterwards). Runs when SAMFUND_INTEGRATION=1:

    SAMFUND_INTEGRATION=1 DATABASE_URL=postgres://postgres@127.0.0.1:5432/samfund_ci \\
        .venv/bin/pytest -m integration tests/lrs/test_forwarding_integration.py
"""

import subprocess
import sys
import time
import uuid

import pytest

from tests.live import (
    BIN,
    CLIENT,
    REDIS,
    ROOT,
    create_client,
    environment,
    free_port,
    integration,
    manage,
    postgres,
    processes,
    serve,
    wait_for,
    xapi,
)
from tests.lrs.builders import activity, valid_statement, verb

__all__ = ["postgres", "processes"]  # the fixtures, imported for this module's tests

pytestmark = integration("needs PostgreSQL and Redis")

FORWARDER = ("forwarder", "forwarder-secret")
STATEMENTS = 12


@pytest.fixture
def redis_databases():
    """Two empty Redis database numbers, one broker each; flushed afterwards."""
    import redis

    try:
        free = [number for number in range(1, 16) if redis.Redis(*REDIS, db=number).dbsize() == 0][:2]
    except redis.ConnectionError:
        pytest.fail("Redis is not running on 127.0.0.1:6379")
    if len(free) < 2:
        pytest.fail("Redis has no two empty databases among 1..15")
    yield free
    for number in free:
        redis.Redis(*REDIS, db=number).flushdb()


def outbox(database_url):
    """(statement id, state, attempts, last error) of each source outbox row, read directly."""
    import psycopg

    with psycopg.connect(database_url) as source:
        return source.execute(
            "SELECT s.id::text, o.state, o.attempts, o.last_error FROM lrs_outboxentry o "
            "JOIN lrs_statement s ON s.seq = o.statement_id ORDER BY o.id"
        ).fetchall()


def stored_count(database_url):
    import psycopg

    with psycopg.connect(database_url) as target:
        return target.execute("SELECT count(*), count(DISTINCT id) FROM lrs_statement").fetchone()


def statement(verb_name="completed", **overrides):
    return valid_statement(
        id=str(uuid.uuid4()), verb=verb(verb_name), object=activity("lesson/ab12"), **overrides
    )


CONFIGURE_SOURCE = """
from django_celery_beat.models import IntervalSchedule, PeriodicTask
from lrs.models import ForwardingTarget

ForwardingTarget.objects.create(
    name="target", endpoint="{endpoint}", username="{username}", password="{password}"
)
# The sweeper every 2 seconds instead of every minute (its PeriodicTask is editable for this).
sweeper = PeriodicTask.objects.get(task="lrs.tasks.sweep_outbox")
sweeper.interval, _created = IntervalSchedule.objects.get_or_create(every=2, period="seconds")
sweeper.save()
"""


def test_it_delivers_every_statement_once_across_a_target_outage(postgres, redis_databases, processes):
    started = time.monotonic()
    source_port, target_port = free_port(), free_port()
    source_db, target_db = postgres("forwarding_source"), postgres("forwarding_target")
    source = environment(source_db, redis_databases[0], source_port)
    target = environment(target_db, redis_databases[1], target_port)
    migrations = [
        subprocess.Popen([sys.executable, "manage.py", "migrate", "--noinput"], cwd=ROOT, env=env)
        for env in (source, target)
    ]
    assert [migration.wait(timeout=300) for migration in migrations] == [0, 0]
    print(f"databases migrated: {time.monotonic() - started:.1f} s")
    manage(
        target,
        "create_lrs_credentials",
        "Samfund forwarder",
        "--key",
        FORWARDER[0],
        "--secret",
        FORWARDER[1],
        "--organisation",
        "Samfund",
    )
    create_client(source)
    endpoint = f"http://127.0.0.1:{target_port}/xapi/"
    code = CONFIGURE_SOURCE.format(endpoint=endpoint, username=FORWARDER[0], password=FORWARDER[1])
    manage(source, "shell", "-c", code)

    # The target already holds the poison statement's id, with other content.
    poison = statement("completed")
    serve(processes, "target", target, target_port)
    assert (
        xapi(
            target_port,
            "PUT",
            "statements",
            FORWARDER,
            {**poison, "verb": verb("attempted")},
            statementId=poison["id"],
        )[0]
        == 204
    )
    processes.stop("target")

    serve(processes, "source", source, source_port)
    command = [BIN / "celery", "-A", "config", "worker", "--beat", "--concurrency", "2", "--loglevel", "INFO"]
    processes.start("worker", command, source)
    sent = [statement() for _ in range(STATEMENTS - 1)]
    batches = [sent[:5] + [poison], sent[5:9]]
    for batch in batches:
        assert xapi(source_port, "POST", "statements", CLIENT, batch)[0] == 200
    for single in sent[9:]:
        assert xapi(source_port, "PUT", "statements", CLIENT, single, statementId=single["id"])[0] == 204

    # The target is down: every row was tried, and waits for its retry.
    wait_for(
        lambda: len(rows := outbox(source_db)) == STATEMENTS and all(row[2] >= 1 for row in rows),
        60,
        "the worker did not try every row",
    )
    assert {(state, error.split(":")[0]) for _id, state, _attempts, error in outbox(source_db)} == {
        ("pending", "ConnectionRefusedError")
    }

    serve(processes, "target", target, target_port)
    wait_for(
        lambda: all(state in ("delivered", "dead") for _id, state, _a, _e in outbox(source_db)),
        90,
        "the outbox did not drain after the target came back",
    )

    rows = {
        statement_id: (state, attempts, error) for statement_id, state, attempts, error in outbox(source_db)
    }
    assert len(rows) == STATEMENTS
    state, _attempts, error = rows.pop(poison["id"])
    assert state == "dead"
    assert error.startswith(
        "a different statement with this id is already stored at the target: 409 Conflict"
    )
    assert {state for state, _attempts, _error in rows.values()} == {"delivered"}
    assert min(attempts for _state, attempts, _error in rows.values()) >= 2, "delivered by a retry"
    for original in sent:
        status, stored = xapi(target_port, "GET", "statements", FORWARDER, statementId=original["id"])
        assert status == 200
        assert (stored["verb"], stored["result"], stored["timestamp"]) == (
            original["verb"],
            original["result"],
            original["timestamp"],
        )
    status, kept = xapi(target_port, "GET", "statements", FORWARDER, statementId=poison["id"])
    assert (status, kept["verb"]["id"]) == (200, "http://adlnet.gov/expapi/verbs/attempted")
    assert stored_count(target_db) == (STATEMENTS, STATEMENTS)  # 11 forwarded + the pre-stored one
    print(f"integration run: {time.monotonic() - started:.1f} s")
