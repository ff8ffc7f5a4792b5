"""System checks: configuration mistakes in the progress app show at start-up, not at first use."""

from django.conf import settings
from django.core.checks import Error, register
from django.utils.module_loading import import_string


@register()
def certificate_fonts(app_configs, **kwargs):
    from progress.certificate import FONT_FILES

    missing = [name for name in FONT_FILES.values() if not (settings.CERTIFICATE_FONT_DIR / name).is_file()]
    if not missing:
        return []
    return [
        Error(
            f"The certificate fonts are missing from {settings.CERTIFICATE_FONT_DIR}: {', '.join(missing)}.",
            hint=(
                "Install the npm packages (`make run` and `make test` do; or `npm ci --ignore-scripts`), "
                "or set CERTIFICATE_FONT_DIR."
            ),
            id="progress.E001",
        )
    ]


@register()
def sms_backend(app_configs, **kwargs):
    try:
        import_string(settings.SMS_BACKEND)
    except ImportError as error:
        return [
            Error(
                f"SMS_BACKEND {settings.SMS_BACKEND!r} cannot be imported: {error}",
                hint="Name a class such as progress.sms.ConsoleBackend.",
                id="progress.E002",
            )
        ]
    return []
