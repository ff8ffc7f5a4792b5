"""System checks for the language configuration (mistakes fail `manage.py check`, not a page)."""

import os

from django.conf import settings
from django.core.checks import Error, Warning, register


@register()
def check_languages(app_configs, **kwargs):
    problems = []
    codes = [code for code, _name in settings.LANGUAGES]
    if not codes:
        problems.append(Error("SAMFUND_LANGUAGES is empty.", id="samfund.E001"))
    elif codes[0] != settings.LANGUAGE_CODE:
        problems.append(Error("The first language must be the default LANGUAGE_CODE.", id="samfund.E002"))
    if len(set(codes)) != len(codes):
        problems.append(Error("SAMFUND_LANGUAGES names a language twice.", id="samfund.E003"))
    for code in codes:
        catalogue = settings.LOCALE_PATHS[0] / code / "LC_MESSAGES" / "django.po"
        if not os.path.exists(catalogue):
            problems.append(
                Warning(
                    f"No interface translation for {code!r}: {catalogue} is missing.",
                    hint="Run `manage.py makemessages -l " + code + "` and translate the catalogue.",
                    id="samfund.W001",
                )
            )
    return problems
