"""Run `lrs.tasks.sweep_outbox` every minute through django-celery-beat's database scheduler.

A PeriodicTask row rather than CELERY_BEAT_SCHEDULE: the schedule can be changed or paused in the
admin, and beat's DatabaseScheduler would overwrite an edited row from settings at every start.
"""

from django.db import migrations
from django.utils import timezone

NAME = "lrs: sweep the forwarding outbox"
TASK = "lrs.tasks.sweep_outbox"


def schedule(apps, schema_editor):
    IntervalSchedule = apps.get_model("django_celery_beat", "IntervalSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    every_minute, _created = IntervalSchedule.objects.get_or_create(every=60, period="seconds")
    PeriodicTask.objects.get_or_create(
        name=NAME,
        defaults={
            "task": TASK,
            "interval": every_minute,
            "description": "Releases outbox rows stuck in 'sending' and drains targets with due rows.",
        },
    )
    # What django-celery-beat's signals do on save: tell a running beat to reload its schedule.
    apps.get_model("django_celery_beat", "PeriodicTasks").objects.update_or_create(
        ident=1, defaults={"last_update": timezone.now()}
    )


def unschedule(apps, schema_editor):
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(name=NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("lrs", "0002_forwardingtarget_outboxentry"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(schedule, unschedule)]
