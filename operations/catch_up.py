"""Scheduled work that has never run, run once when beat starts.

django-celery-beat runs a daily task that was missed (the machine was off at 06:30) at its first
tick, but a task that has never run counts from when its row was made: on a fresh installation the
daily status and reminders would first run the next morning, and a new school would see "no status
history yet" all day. So when beat starts, each enabled periodic task that has never run is sent
once (they are idempotent: run twice on one day, they send nothing twice), and the heartbeat shows
at once that the background work runs.
"""

import json
import logging

from celery.signals import beat_init
from django.utils import timezone

logger = logging.getLogger(__name__)


def never_run():
    from django_celery_beat.models import PeriodicTask

    return PeriodicTask.objects.filter(enabled=True, one_off=False, last_run_at__isnull=True).exclude(
        crontab__isnull=True, interval__isnull=True
    )


def run_never_run(app):
    """Send each enabled periodic task that has never run, and mark it run; returns their names."""
    sent = []
    for task in never_run():
        app.send_task(task.task, args=json.loads(task.args or "[]"), kwargs=json.loads(task.kwargs or "{}"))
        type(task).objects.filter(pk=task.pk).update(last_run_at=timezone.now())
        sent.append(task.name)
    if sent:
        logger.info("beat: ran what had never run: %s", ", ".join(sent))
    return sent


@beat_init.connect
def on_beat_start(sender, **kwargs):
    try:
        run_never_run(sender.app)
    except Exception:
        logger.exception("beat: could not run the scheduled work that had never run")
