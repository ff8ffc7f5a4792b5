"""The background work's heartbeat, run every minute by beat (PeriodicTask, migration 0002)."""

from celery import shared_task

from operations import health


@shared_task(ignore_result=True)
def heartbeat():
    """Beat scheduled it, the broker carried it, a worker ran it: `/healthz/background` reads it."""
    health.beat()
