"""Real processes for the integration tests: servers of this project started as they run in
production, talked to over HTTP, and stopped afterwards. Runs only with SAMFUND_INTEGRATION=1 (CI)."""

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

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
REDIS = ("127.0.0.1", 6379)
CLIENT = ("client", "client-secret")


def integration(needs):
    """The marks of an integration test that needs `needs` (said when it is skipped)."""
    return [
        pytest.mark.integration,
        pytest.mark.skipif(
            os.environ.get("SAMFUND_INTEGRATION") != "1",
            reason=f"integration test: set SAMFUND_INTEGRATION=1 ({needs}; CI sets it)",
        ),
    ]


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


def create_client(env):
    """The `CLIENT` credential, reading every organisation, in the database `env` names."""
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


def live_lrs(processes, tmp_path, *, threads=1, configure="", settings=None, database_url=None):
    """A production-like LRS (gunicorn, DEBUG off, no broker) on a fresh SQLite file (or the empty
    database `database_url` names), with the `CLIENT` credential reading every organisation;
    `configure` is Python run in its shell first, `settings` more environment variables. Returns
    its port."""
    port = free_port()
    database_url = database_url or f"sqlite:///{tmp_path / 'db.sqlite3'}"
    env = environment(database_url, 0, port) | (settings or {})
    env.pop("CELERY_BROKER_URL")
    manage(env, "migrate", "--noinput", "-v0")
    create_client(env)
    if configure:
        manage(env, "shell", "-c", configure)
    command = [BIN / "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "3"]
    processes.start("lrs", [*command, "--threads", str(threads), "--no-control-socket"], env)
    wait_for(lambda: xapi(port, "GET", "about", CLIENT)[0] == 200, 60, "the server did not start")
    return port


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
        name = f"samfund_{role}_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        created.append(name)
        password = f":{server['password']}" if server["password"] else ""
        return f"postgres://{server['user']}{password}@{server['host']}:{server['port']}/{name}"

    yield create
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
        for name in created:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
