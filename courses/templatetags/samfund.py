from django import template
from django.conf import settings
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page

from courses import translation

register = template.Library()


@register.simple_tag(takes_context=True)
def page_url(context, page):
    """A page's URL in the learner's language (Danish content under their prefix if untranslated)."""
    return translation.url_in_active_language(page, context.get("request"))


@register.filter
def text_direction(language_code):
    return "rtl" if get_language_info(language_code)["bidi"] else "ltr"


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context, page=None):
    """Links to the languages this page exists in, each named in its own language."""
    request = context.get("request")
    current = get_language()
    if not isinstance(page, Page):
        available = {code: f"/{code}/" for code, _name in settings.LANGUAGES}
    else:
        available = {
            code: translated.get_url(request)
            for code, translated in translation.translations_for_switcher(page).items()
        }
    options = [
        {"info": get_language_info(code), "url": available[code], "current": code == current}
        for code, _name in settings.LANGUAGES
        if code in available
    ]
    return {"options": options, "current": current}
