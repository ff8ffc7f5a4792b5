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

import base64
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import dj_database_url
import pytest

from tests.lrs.builders import activity, valid_statement, verb

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(
        os.environ.get("SAMFUND_INTEGRATION") != "1",
        reason="integration test: set SAMFUND_INTEGRATION=1 (needs PostgreSQL and Redis; CI sets it)",
    ),
]

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
REDIS = ("127.0.0.1", 6379)
CLIENT = ("client", "client-secret")
FORWARDER = ("forwarder", "forwarder-secret")
STATEMENTS = 12


@pytest.fixture
def postgres():
    """A function making a fresh PostgreSQL database (its URL); all are dropped afterwards."""
    import psycopg

    settings = dj_database_url.parse(os.environ.get("DATABASE_URL", ""))
    if settings.get("ENGINE") != "django.db.backends.postgresql":
        pytest.skip("the integration test needs DATABASE_URL to name a PostgreSQL server")
    server = {
        "host": settings["HOST"] or "127.0.0.1",
        "port": settings["PORT"] or 5432,
        "user": settings["USER"],
        "password": settings["PASSWORD"] or None,
    }
    created = []

    def create(role):
        name = f"samfund_forwarding_{role}_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        created.append(name)
        password = f":{server['password']}" if server["password"] else ""
        return f"postgres://{server['user']}{password}@{server['host']}:{server['port']}/{name}"

    yield create
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
        for name in created:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


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


class Processes:
    """The processes this test starts, each in its own session, logged to files; all are stopped."""

    def __init__(self, directory):
        self.directory = directory
        self.running = {}

    def start(self, name, command, env):
        log = open(self.directory / f"{name}.log", "ab")  # noqa: SIM115 (closed in stop)
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        self.running[name] = (process, log)
        return process

    def stop(self, name):
        process, log = self.running.pop(name)
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=5)
        log.close()

    def stop_all(self):
        for name in list(self.running):
            self.stop(name)

    def tails(self):
        return "\n".join(
            f"--- {path.name} ---\n{path.read_text(errors='replace')[-3000:]}"
            for path in sorted(self.directory.glob("*.log"))
        )


@pytest.fixture
def processes(tmp_path):
    started = Processes(tmp_path)
    yield started
    started.stop_all()
    print(started.tails())  # shown when the test failed


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def environment(database_url, redis_db, port):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DATABASE_URL": database_url,
        "CELERY_BROKER_URL": f"redis://{REDIS[0]}:{REDIS[1]}/{redis_db}",
        "SECRET_KEY": "integration-test-only",
        "DEBUG": "false",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SITE_BASE_URL": f"http://127.0.0.1:{port}",
        "LOG_LEVEL": "INFO",
        "PYTHONUNBUFFERED": "1",
    }


def manage(env, *arguments, timeout=300):
    command = [sys.executable, "manage.py", *arguments]
    done = subprocess.run(command, cwd=ROOT, env=env, timeout=timeout, capture_output=True, text=True)
    assert done.returncode == 0, f"manage.py {arguments[0]} failed:\n{done.stdout}\n{done.stderr}"


def serve(processes, name, env, port):
    command = [BIN / "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2"]
    command.append("--no-control-socket")  # two servers would share gunicorn's default socket path
    processes.start(name, command, env)
    wait_for(lambda: xapi(port, "GET", "about", CLIENT)[0] == 200, 60, f"{name} did not start")


def xapi(port, method, resource, credentials, body=None, **params):
    """(status, JSON or None) of a request to an LRS; (None, error) when nothing answers."""
    query = "?" + "&".join(f"{name}={value}" for name, value in params.items()) if params else ""
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/xapi/{resource}{query}",
        method=method,
        data=json.dumps(body).encode() if body is not None else None,
        headers={
            "Authorization": "Basic " + base64.b64encode(":".join(credentials).encode()).decode(),
            "X-Experience-API-Version": "1.0.3",
            "Content-Type": "application/json",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            content = response.read()
            return response.status, json.loads(content) if content else None
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace")
    except OSError as error:
        return None, str(error)


def wait_for(condition, seconds, message):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.5)
    pytest.fail(f"{message} within {seconds} s")


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
    source_db, target_db = postgres("source"), postgres("target")
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
    manage(
        source,
        "create_lrs_credentials",
        "Client",
        "--key",
        CLIENT[0],
        "--secret",
        CLIENT[1],
        "--all-organisations",
    )
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
