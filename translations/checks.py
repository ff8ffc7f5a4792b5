"""System checks for the machine translation settings."""

from django.conf import settings
from django.core import checks

from config.machine_translation import TRANSLATORS


@checks.register(checks.Tags.compatibility)
def check_machine_translator(app_configs=None, **kwargs):
    name = getattr(settings, "MACHINE_TRANSLATOR", "")
    if not name:
        return []
    if name not in TRANSLATORS:
        return [
            checks.Error(
                f"MACHINE_TRANSLATOR={name!r} is not one of {', '.join(sorted(TRANSLATORS))} "
                "(or empty: off).",
                id="translations.E001",
            )
        ]
    options = settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR["OPTIONS"]
    if name == "deepl" and not options.get("AUTH_KEY"):
        return [checks.Error("MACHINE_TRANSLATOR=deepl needs DEEPL_AUTH_KEY.", id="translations.E002")]
    if name == "libretranslate" and not options.get("LIBRETRANSLATE_URL", "").startswith(
        ("https://", "http://")
    ):
        return [
            checks.Error(
                "MACHINE_TRANSLATOR=libretranslate needs LIBRETRANSLATE_URL, the server's address.",
                id="translations.E002",
            )
        ]
    return []
