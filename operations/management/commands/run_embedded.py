"""`make run`'s server: the web server, a Celery worker and beat, started and stopped together.

The embedded default needs no service to install: the broker is kombu's filesystem transport (a
folder of message files, `CELERY_QUEUE_DIR`), the beat schedule is in the database, and the three
processes are children of this command. Ctrl-C (or SIGTERM) stops all three; if one of them stops
on its own, the others are stopped too and the command fails, so nothing runs half.
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

STOP_WAIT_SECONDS = 10


class Command(BaseCommand):
    help = "Serve the platform with its background work: runserver, a Celery worker and beat."

    def add_arguments(self, parser):
        parser.add_argument("address", nargs="?", default="127.0.0.1:8000", help="host:port to serve on")
        parser.add_argument(
            "--noreload", action="store_true", help="do not restart the web server on changes"
        )

    def handle(self, *args, address, noreload=False, **options):
        if getattr(settings, "CELERY_TASK_ALWAYS_EAGER", False):
            raise CommandError(
                "no broker: set CELERY_BROKER_URL (make run uses filesystem://) so that the worker and "
                "beat have something to work on"
            )
        python = sys.executable
        celery = str(Path(python).parent / "celery")
        web = [python, "manage.py", "runserver", address]
        if noreload:
            web.append("--noreload")
        commands = {
            "web": web,
            "worker": [
                celery, "-A", "config", "worker", "--loglevel", "INFO", "--pool", "threads",
                "--concurrency", "2", "--without-mingle", "--without-gossip", "--hostname", "embedded@%h",
            ],
            "beat": [celery, "-A", "config", "beat", "--loglevel", "INFO", "--pidfile="],
        }  # fmt: skip
        children = {
            name: subprocess.Popen(command, start_new_session=True) for name, command in commands.items()
        }
        stopping = []

        def stop(signum, frame):
            stopping.append(signum)

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        self.stdout.write(
            f"web, worker and beat started ({', '.join(f'{n} {p.pid}' for n, p in children.items())})"
        )
        ended = None
        while not stopping and ended is None:
            ended = next((name for name, child in children.items() if child.poll() is not None), None)
            time.sleep(0.2)
        self._stop_all(children)
        if ended is not None and not stopping:
            raise CommandError(
                f"the {ended} process stopped (exit {children[ended].returncode}); stopped the others"
            )

    def _stop_all(self, children):
        for child in children.values():
            if child.poll() is None:
                os.killpg(child.pid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_WAIT_SECONDS
        for child in children.values():
            try:
                child.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                os.killpg(child.pid, signal.SIGKILL)
                child.wait()
