"""The `WAGTAILLOCALIZE_MACHINE_TRANSLATOR` setting from environment variables (see settings.py)."""

# MACHINE_TRANSLATOR's values and the classes (translations.machine) they stand for.
TRANSLATORS = {
    "deepl": "translations.machine.DeepL",
    "libretranslate": "translations.machine.LibreTranslate",
}


def machine_translator_settings(
    name, *, deepl_key="", libretranslate_url="", libretranslate_key="", timeout=10
):
    """wagtail-localize's setting for `MACHINE_TRANSLATOR=name`, or None (off, the default; an
    unknown name is reported by the system check `translations.E001`)."""
    if name == "deepl":
        return {"CLASS": TRANSLATORS[name], "OPTIONS": {"AUTH_KEY": deepl_key, "TIMEOUT": timeout}}
    if name == "libretranslate":
        options = {"LIBRETRANSLATE_URL": libretranslate_url.rstrip("/"), "API_KEY": libretranslate_key}
        return {"CLASS": TRANSLATORS[name], "OPTIONS": {**options, "TIMEOUT": timeout}}
    return None
