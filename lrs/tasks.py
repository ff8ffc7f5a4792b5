"""The LRS's Celery tasks: draining the forwarding outbox and sweeping it (see lrs.forwarding).

Both are idempotent and acknowledged late: a task run twice, or again after its worker died, only
works on rows it claimed itself, and a statement sent twice is stored once by the target.
"""

from celery import shared_task

from lrs import forwarding


@shared_task(acks_late=True, ignore_result=True)
def drain_outbox(target_id=None):
    """Deliver the due outbox rows of one target (or all); queue a follow-up if time ran out."""
    for unfinished in forwarding.drain(target_id):
        forwarding.request_drain(unfinished)


@shared_task(acks_late=True, ignore_result=True)
def sweep_outbox():
    """Run every minute by beat (PeriodicTask "lrs: sweep the forwarding outbox", migration 0003)."""
    forwarding.sweep()
    forwarding.prune_delivered()
