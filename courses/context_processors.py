from django.conf import settings
from django.utils.translation import get_language, get_language_info


def languages(request):
    """The interface language's direction, for `<html lang dir>` on every page."""
    code = get_language() or settings.LANGUAGE_CODE
    info = get_language_info(code)
    return {
        "interface_language": code,
        "interface_direction": "rtl" if info["bidi"] else "ltr",
        "fallback_from": getattr(request, "fallback_from", None),
    }
