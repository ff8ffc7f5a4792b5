from django import template
from django.conf import settings
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page

from courses import bidi, translation

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


@register.inclusion_tag("includes/outdated_translation.html", takes_context=True)
def outdated_translation_notice(context, page=None):
    """A short notice on a translation whose Danish page was changed after it was made, with a
    link to the newest Danish (nothing on Danish pages, fallbacks and up-to-date translations)."""
    if not isinstance(page, Page) or context.get("fallback_from"):
        return {"danish": None}
    found = translation.translated_from(page)
    if found is None or not found[2]:
        return {"danish": None}
    danish = found[0]
    return {"danish": danish, "danish_url": danish.get_url(context.get("request"))}


@register.filter
def ltr_isolated(value, language):
    """Phone numbers and Latin runs in right-to-left text kept in their order (courses.bidi)."""
    return bidi.isolate_ltr_runs(value, language)


@register.filter
def shown_language(instance):
    """The language a translated snippet (glossary term, resource) is shown in: the active one if
    it has that translation, else the fallback its text comes from."""
    language = instance.get_current_language()
    if instance.has_translation(language):
        return language
    return settings.PARLER_DEFAULT_LANGUAGE_CODE
