"""The Celery app. Tasks run eagerly unless CELERY_BROKER_URL names a broker (see settings)."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("samfund")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
