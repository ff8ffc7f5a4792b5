from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        from courses import checks  # noqa: F401  (registers the system checks)

        post_migrate.connect(create_locales, sender=self)


def create_locales(using="default", **kwargs):
    """A Wagtail locale for every configured language, so adding a language is configuration."""
    from django.conf import settings
    from wagtail.models import Locale

    for code, _name in settings.LANGUAGES:
        Locale.objects.using(using).get_or_create(language_code=code)
