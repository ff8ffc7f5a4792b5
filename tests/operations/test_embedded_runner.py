"""`make run`'s way of running: the web server, a Celery worker and beat on the filesystem broker,
started by one command and stopped with it; the scheduled work runs without anything installed.

Starts real processes: runs with the integration tests (SAMFUND_INTEGRATION=1; CI sets it).
"""

import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request

from tests.live import ROOT, free_port, integration, wait_for

pytestmark = integration("starts the embedded server")


def status_of(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return None


def alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_make_runs_way_runs_the_schedules_and_stops_everything_together(tmp_path):
    port = free_port()
    env = {key: value for key, value in os.environ.items() if key not in ("DATABASE_URL", "REDIS_URL")} | {
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DEBUG": "true",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "CELERY_BROKER_URL": "filesystem://",
        "CELERY_QUEUE_DIR": str(tmp_path / "celery"),
        "PORT": str(port),
        "PYTHONUNBUFFERED": "1",
    }
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True, timeout=300)
    log_path = tmp_path / "run.log"
    with open(log_path, "wb") as log:
        runner = subprocess.Popen(
            [*manage, "run_embedded", f"127.0.0.1:{port}", "--noreload"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        # The heartbeat has gone from beat through the broker to a worker and into the database.
        wait_for(lambda: status_of(f"http://127.0.0.1:{port}/healthz/background") == 200, 90, "no heartbeat")
        wait_for(lambda: "daily_reminders" in _succeeded(log_path), 30, "the daily reminders did not run")
    finally:
        runner.send_signal(signal.SIGTERM)
        runner.wait(timeout=30)
    output = log_path.read_text(errors="replace")
    print(output[-4000:])
    started = re.search(r"web (\d+), worker (\d+), beat (\d+)", output)
    assert started, "the runner did not say what it started"
    pids = [int(pid) for pid in started.groups()]
    deadline = time.monotonic() + 15
    while any(alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(alive(pid) for pid in pids), "a child outlived the runner"


def _succeeded(log_path):
    return " ".join(line for line in log_path.read_text(errors="replace").splitlines() if "succeeded" in line)
