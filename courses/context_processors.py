from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info


def languages(request):
    """The interface language's direction, for `<html lang dir>` on every page."""
    code = get_language() or settings.LANGUAGE_CODE
    info = get_language_info(code)
    direction = "rtl" if info["bidi"] else "ltr"
    return {
        "interface_language": code,
        "interface_direction": direction,
        # For interface text inside content that may be in another language (a Danish fallback
        # page under /ar/): `<p {{ interface_attrs }}>`.
        "interface_attrs": format_html('lang="{}" dir="{}"', code, direction),
        "fallback_from": getattr(request, "fallback_from", None),
    }
