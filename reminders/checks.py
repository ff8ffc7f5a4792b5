"""System checks: a reminders configuration mistake shows at start-up, not at the first nudge."""

from django.conf import settings
from django.core.checks import Error, register
from django.utils.module_loading import import_string


@register()
def sms_backend(app_configs, **kwargs):
    try:
        import_string(settings.SMS_BACKEND)
    except ImportError as error:
        return [
            Error(
                f"SMS_BACKEND {settings.SMS_BACKEND!r} cannot be imported: {error}",
                hint="Name a class such as reminders.sms.ConsoleBackend.",
                id="reminders.E001",
            )
        ]
    return []
