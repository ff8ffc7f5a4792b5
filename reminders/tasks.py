"""Progress's Celery tasks: the reminders, run by beat (PeriodicTask rows, migration 0005).

Both are idempotent and acknowledged late: a task run twice on one day, or again after its worker
died, sends nothing twice (see services.services).
"""

from celery import shared_task
from django.utils import timezone

from reminders import services


@shared_task(acks_late=True, ignore_result=True)
def daily_reminders():
    """Every day at 06:30: notices, e-mails and nudges about learners who became at risk or overdue."""
    services.send_daily_reminders(timezone.localdate())


@shared_task(acks_late=True, ignore_result=True)
def weekly_digest():
    """Mondays at 07:00: each teacher's summary of their classes, once per ISO week."""
    services.send_weekly_digest(timezone.localdate())
