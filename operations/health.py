"""Is the background work running? Read by `/healthz/background` and by an operator's monitor.

The heartbeat task runs every minute: beat schedules it, the broker carries it, a worker runs it,
and it writes the time in the database. Its age therefore tells whether all three work, whatever
the broker is; a stopped worker, a stopped beat or an unreachable broker all make it grow.
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from lrs import services as lrs_services
from operations.models import Heartbeat

BACKGROUND = "background"
# Beat sends the heartbeat every 60 s; three missed beats mean the background work has stopped.
STALE_AFTER = timedelta(minutes=3)


def beat():
    Heartbeat.objects.update_or_create(name=BACKGROUND, defaults={"beat_at": timezone.now()})


def report():
    """(healthy, details): the heartbeat's age, the broker, and the forwarding backlog per target."""
    now = timezone.now()
    last = Heartbeat.objects.filter(name=BACKGROUND).values_list("beat_at", flat=True).first()
    eager = getattr(settings, "CELERY_TASK_ALWAYS_EAGER", False)
    details = {
        "broker": "none (tasks run in the web process)" if eager else _broker_state(),
        "last_heartbeat": last.isoformat() if last else None,
        "heartbeat_age_seconds": int((now - last).total_seconds()) if last else None,
        "forwarding": lrs_services.outbox_backlog(),
    }
    healthy = not eager and details["broker"] == "ok" and last is not None and now - last < STALE_AFTER
    if eager:
        details["problem"] = "no broker: schedules do not run (set CELERY_BROKER_URL, see the README)"
    elif details["broker"] != "ok":
        details["problem"] = "the broker cannot be reached"
    elif last is None:
        details["problem"] = "no heartbeat yet: is beat running, and a worker?"
    elif not healthy:
        details["problem"] = "the heartbeat stopped: beat or every worker has stopped"
    return healthy, details


def _broker_state():
    from config.celery import app

    try:
        with app.connection_for_write() as connection:
            connection.ensure_connection(max_retries=1, interval_start=0, interval_step=0, timeout=2)
    except Exception as error:  # noqa: BLE001 (any failure to connect is the answer)
        return f"unreachable ({type(error).__name__})"
    return "ok"
