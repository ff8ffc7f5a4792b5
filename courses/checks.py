"""System checks for the language configuration (mistakes fail `manage.py check`, not a page)."""

import os

from django.conf import settings
from django.core.checks import Error, Warning, register
from django.utils.translation import trans_real


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
        hint = f"Run `manage.py makemessages -l {code}`, translate the catalogue and run `make messages`."
        if not trans_real.check_for_language(code):
            # Django accepts a language in URLs only when some catalogue for it exists.
            problems.append(
                Error(
                    f"No compiled catalogue for {code!r}: pages under /{code}/ would not be found.",
                    hint=hint,
                    id="samfund.E004",
                )
            )
        elif not os.path.exists(catalogue):
            problems.append(
                Warning(
                    f"No interface translation for {code!r}: {catalogue} is missing.",
                    hint=hint,
                    id="samfund.W001",
                )
            )
    return problems
