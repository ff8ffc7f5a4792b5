"""Schedule the reminders through django-celery-beat's database scheduler (Europe/Copenhagen).

`reminders.tasks.daily_reminders` every day at 06:30 and `reminders.tasks.weekly_digest` on Mondays at
07:00, as PeriodicTask rows: a coordinator can change the times or pause either in the admin, and
beat's DatabaseScheduler would overwrite a row edited there if the schedule lived in settings.
"""

from django.db import migrations
from django.utils import timezone

TIME_ZONE = "Europe/Copenhagen"
SCHEDULES = [
    {
        "name": "progress: daily reminders",
        "task": "reminders.tasks.daily_reminders",
        "crontab": {"minute": "30", "hour": "6", "day_of_week": "*"},
        "description": "Records each learner's status and tells teachers (notice and e-mail) and learners "
        "(a nudge) about learners who became at risk or overdue.",
    },
    {
        "name": "progress: weekly class summary",
        "task": "reminders.tasks.weekly_digest",
        "crontab": {"minute": "0", "hour": "7", "day_of_week": "1"},
        "description": "Sends each teacher a summary of their classes, once per ISO week.",
    },
]


def schedule(apps, schema_editor):
    CrontabSchedule = apps.get_model("django_celery_beat", "CrontabSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    for entry in SCHEDULES:
        crontab, _created = CrontabSchedule.objects.get_or_create(
            day_of_month="*", month_of_year="*", timezone=TIME_ZONE, **entry["crontab"]
        )
        PeriodicTask.objects.get_or_create(
            name=entry["name"],
            defaults={"task": entry["task"], "crontab": crontab, "description": entry["description"]},
        )
    # What django-celery-beat's signals do on save: tell a running beat to reload its schedule.
    apps.get_model("django_celery_beat", "PeriodicTasks").objects.update_or_create(
        ident=1, defaults={"last_update": timezone.now()}
    )


def unschedule(apps, schema_editor):
    names = [entry["name"] for entry in SCHEDULES]
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(name__in=names).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("progress", "0004_notice_nudge"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(schedule, unschedule)]
