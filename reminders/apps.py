from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RemindersConfig(AppConfig):
    """Notices to teachers, nudges to learners and the weekly digest, run by Celery beat."""

    name = "reminders"
    verbose_name = _("Reminders")

    def ready(self):
        from reminders import checks  # noqa: F401 (checks register themselves)
