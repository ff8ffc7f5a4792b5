"""Reading the page tree in the learner's language, with Danish where a translation is missing.

A translated tree may lack pages (Arabic may have the first modules' lessons only), so listings are
made from the default-language tree and each page is swapped for its translation in the active
language where there is one. Untranslated pages keep the active language's URL prefix and are
served by the fallback in `courses.views.serve`.
"""

from django.utils.translation import get_language
from wagtail.models import Locale, Page


def active_locale():
    return Locale.objects.get_for_language(get_language())


def listed_children(page):
    """The live, public children of `page` in the active language, Danish where untranslated.

    Ordered as in the default-language tree, which is the source every translation follows.
    """
    source = page.get_translation_or_none(Locale.get_default()) or page
    return localized(source.get_children().live().public().specific())


def localized(pages):
    """Each page swapped for its live translation in the active language, in one query."""
    pages = list(pages)
    locale = active_locale()
    keys = [page.translation_key for page in pages if page.locale_id != locale.pk]
    translations = {}
    if keys:
        translated = Page.objects.live().public().filter(locale=locale, translation_key__in=keys).specific()
        translations = {translation.translation_key: translation for translation in translated}
    return [
        page if page.locale_id == locale.pk else translations.get(page.translation_key, page)
        for page in pages
    ]


def url_in_active_language(page, request=None):
    """The page's URL under the active language's prefix, also for an untranslated page."""
    url = page.get_url(request)
    language = get_language()
    page_language = page.locale.language_code
    if url is None or page_language == language:
        return url
    prefix = f"/{page_language}/"
    position = url.find(prefix)
    if position < 0:
        return url
    return f"{url[:position]}/{language}/{url[position + len(prefix) :]}"


def translations_for_switcher(page):
    """The languages `page` exists in (live), for the language switcher, in settings order."""
    translations = page.get_translations(inclusive=True).live().select_related("locale")
    by_language = {translation.locale.language_code: translation for translation in translations}
    return by_language


def translated_from(page):
    """For a translated page: `(danish, made_from, outdated)`, where `danish` is the live Danish
    page, `made_from` the Danish as it was when this translation was made, and `outdated` whether
    the Danish was published since. None for a Danish page, a draft, or one without a live Danish
    page.

    A translation is made from the Danish text wagtail-localize last took (its source, "synced");
    if the translation was published before that sync, from the Danish live when it was published.
    So the moment is the earlier of the two, and the Danish version is the one published last
    before it (Wagtail's publish log). Read once per page object.
    """
    if not hasattr(page, "_translated_from"):
        page._translated_from = _translated_from(page)
    return page._translated_from


def _translated_from(page):
    from wagtail.models import PageLogEntry
    from wagtail_localize.models import TranslationSource

    default = Locale.get_default()
    if page.locale_id == default.pk or not page.last_published_at:
        return None
    danish = page.get_translation_or_none(default)
    if danish is None or not danish.live or not danish.last_published_at:
        return None
    danish = danish.specific
    made_at = page.last_published_at
    synced = (
        TranslationSource.objects.filter(object_id=page.translation_key)
        .order_by("-last_updated_at")
        .values_list("last_updated_at", flat=True)
        .first()
    )
    if synced is not None:
        made_at = min(made_at, synced)
    if danish.last_published_at <= made_at:
        return danish, danish, False
    entry = (
        PageLogEntry.objects.filter(page=danish, action="wagtail.publish", timestamp__lte=made_at)
        .exclude(revision=None)
        .order_by("-timestamp", "-pk")
        .select_related("revision")
        .first()
    )
    made_from = entry.revision.as_object() if entry is not None else danish
    return danish, made_from, True


def untranslated_strings(page):
    """How many strings of `page`, a synchronised translation (wagtail-localize), are still not
    translated; 0 for a source page or a translation made by hand."""
    from wagtail_localize.models import Translation

    if page.locale_id == Locale.get_default().pk:
        return 0
    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()
    if translation is None:
        return 0
    total, translated = translation.get_progress()
    return total - translated
