from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TeachingConfig(AppConfig):
    """Classes, enrolment, login cards, assignments, classroom sessions, the class dashboard and the
    teacher's page about a learner."""

    name = "teaching"
    verbose_name = _("Teaching")

    def ready(self):
        from teaching import membership  # noqa: F401  (its signal handler keeps class history)
