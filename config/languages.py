"""The languages Samfund can serve, and the facts Django needs about each.

Which of them a deployment offers is the `SAMFUND_LANGUAGES` setting. Django's own table
(`django.conf.locale.LANG_INFO`) lacks some languages newcomers to Denmark speak, Tigrinya and
Somali among them; `EXTRA_LANG_INFO` adds them so `get_language_info`, the `{% get_language_info %}`
tag, language names in the switcher and `dir="rtl"` work for them like for any other language.
"""

import django.conf.locale

EXTRA_LANG_INFO = {
    "ti": {"bidi": False, "code": "ti", "name": "Tigrinya", "name_local": "ትግርኛ"},
    "so": {"bidi": False, "code": "so", "name": "Somali", "name_local": "Soomaali"},
    "prs": {"bidi": True, "code": "prs", "name": "Dari", "name_local": "دری"},
    "ps": {"bidi": True, "code": "ps", "name": "Pashto", "name_local": "پښتو"},
}

DEFAULT_LANGUAGES = ("da", "en", "ar", "uk", "fa", "so", "ti")


def register_extra_languages():
    """Teach Django the languages it does not know. Idempotent; called from settings."""
    for code, info in EXTRA_LANG_INFO.items():
        django.conf.locale.LANG_INFO.setdefault(code, info)


def language_choices(codes):
    """`LANGUAGES` for the given codes, named in English (Django translates the names)."""
    register_extra_languages()
    unknown = [code for code in codes if code not in django.conf.locale.LANG_INFO]
    if unknown:
        # A settings error, raised while settings load: there is no request to answer yet.
        raise ValueError(
            f"SAMFUND_LANGUAGES names {', '.join(unknown)}, which Django does not know: "
            "add the language to EXTRA_LANG_INFO in config/languages.py"
        )
    return [(code, django.conf.locale.LANG_INFO[code]["name"]) for code in codes]


def bidi_codes(codes):
    """The right-to-left languages among `codes` (Django's `LANGUAGES_BIDI`)."""
    return [code for code in codes if django.conf.locale.LANG_INFO[code]["bidi"]]


def language_name(code):
    """A language's name in the interface language; the code itself for one Django does not know."""
    from django.utils.translation import get_language_info

    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return code or ""
