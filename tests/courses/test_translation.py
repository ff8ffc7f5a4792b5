import re

import pytest
from django.utils import translation
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from courses.models import ModulePage
from lessons.models import LessonPage
from tests.translations.helpers import translate_the_rest

pytestmark = pytest.mark.django_db


def lesson_without(language):
    """A Danish lesson with no translation into `language` (the demo has such lessons)."""
    locale = Locale.objects.get(language_code=language)
    for lesson in LessonPage.objects.filter(locale=Locale.get_default()).live():
        if not lesson.has_translation(locale):
            return lesson
    raise AssertionError(f"the demo has no lesson untranslated into {language}")


def lesson_in(language):
    return LessonPage.objects.filter(locale__language_code=language).live().first()


def switcher_languages(html):
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return set(re.findall(r'lang="([a-z-]+)"', switcher))


def test_a_translation_made_with_wagtail_localize_keeps_the_translation_key(
    django_capture_on_commit_callbacks,
):
    module = ModulePage.objects.filter(locale=Locale.get_default()).first()
    lesson = LessonPage(
        title="Prøvelektion", slug="proevelektion", intro="En lektion.", estimated_minutes=30, body=[]
    )
    module.add_child(instance=lesson)
    lesson.save_revision().publish()
    english = Locale.objects.get(language_code="en")

    with django_capture_on_commit_callbacks(execute=True):
        source, _created = TranslationSource.get_or_create_from_instance(lesson)
        translation = Translation.objects.create(source=source, target_locale=english)
        translate_the_rest(translation, "Trial lesson")  # an untranslated one is never published
        translation.save_target(publish=True)

    translated = lesson.get_translation(english)
    assert translated.translation_key == lesson.translation_key
    assert translated.pk != lesson.pk
    assert translated.live
    assert translated.get_parent().specific.translation_key == module.translation_key


def test_arabic_pages_are_right_to_left(client):
    response = client.get("/ar/")

    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl">' in response.content.decode()
    assert 'lang="ar" dir="rtl"' in response.content.decode().split("<main", 1)[1][:80]


def test_danish_and_ukrainian_pages_are_left_to_right(client):
    for language in ("da", "uk"):
        response = client.get(f"/{language}/")
        assert response.status_code == 200
        assert f'<html lang="{language}" dir="ltr">' in response.content.decode()


def test_the_switcher_lists_only_the_languages_the_page_exists_in(client):
    lesson = lesson_without("ar")
    languages = {page.locale.language_code for page in lesson.get_translations(inclusive=True).live()}

    response = client.get(lesson.url)

    assert response.status_code == 200
    assert switcher_languages(response.content.decode()) == languages
    assert "ar" not in languages


def test_the_switcher_links_to_every_translation_of_a_fully_translated_page(client):
    arabic_lesson = lesson_in("ar")

    response = client.get(arabic_lesson.url)

    html = response.content.decode()
    assert switcher_languages(html) == {"da", "en", "ar", "uk"}
    for page in arabic_lesson.get_translations():
        assert f'href="{page.url}"' in html


def test_a_page_missing_in_arabic_falls_back_to_danish_with_a_notice_in_arabic(client):
    lesson = lesson_without("ar")
    arabic_url = lesson.url.replace("/da/", "/ar/", 1)

    response = client.get(arabic_url)

    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl">' in html
    with translation.override("ar"):
        notice = translation.gettext(
            "This page has not been translated into your language yet, so it is shown in Danish."
        )
    assert notice != "This page has not been translated into your language yet, so it is shown in Danish."
    assert notice in html
    assert lesson.title in html
    assert '<main id="main" lang="da" dir="ltr">' in html
    assert '<p class="meta" lang="ar" dir="rtl">' in html  # interface text inside Danish content


def test_a_translated_page_shows_no_fallback_notice(client):
    response = client.get(lesson_in("ar").url)

    assert response.status_code == 200
    assert 'class="notice" role="status"' not in response.content.decode()


def test_a_danish_path_under_another_language_redirects_to_the_real_translation(client):
    english_lesson = lesson_in("en")
    danish = english_lesson.get_translation(Locale.get_default())
    english_lesson.slug = "renamed-in-english"
    english_lesson.save_revision().publish()

    response = client.get(danish.url.replace("/da/", "/en/", 1))

    assert response.status_code == 302
    assert response["Location"].endswith("/renamed-in-english/")


def test_an_unknown_path_is_a_404_in_the_visitors_language(client):
    response = client.get("/uk/no-such-page/")

    assert response.status_code == 404
    assert '<html lang="uk" dir="ltr">' in response.content.decode()


def test_module_lists_untranslated_lessons_in_danish_marked_as_such(client):
    lesson = lesson_without("ar")
    module = lesson.get_parent().specific
    arabic_module = module.get_translation(Locale.objects.get(language_code="ar"))

    response = client.get(arabic_module.url)

    html = response.content.decode()
    assert response.status_code == 200
    assert lesson.title in html
    assert lesson.url.replace("/da/", "/ar/", 1) in html


def test_the_language_chooser_names_every_language_in_its_own_language(client):
    response = client.get("/")

    html = response.content.decode()
    assert response.status_code == 200
    for name in ("dansk", "English", "العربيّة", "Українська"):
        assert name in html


def test_the_language_chooser_sends_a_returning_visitor_to_their_language(client):
    client.cookies["django_language"] = "uk"

    response = client.get("/")

    assert response.status_code == 302
    assert response["Location"] == "/uk/"


def test_a_refused_page_is_a_403_with_the_site_layout_in_the_visitors_language(client, learner):
    """A learner opening a teacher's page got a bare English "403 Forbidden"."""
    client.force_login(learner)

    response = client.get("/ar/teach/")

    html = response.content.decode()
    assert response.status_code == 403
    assert '<html lang="ar" dir="rtl">' in html
    with translation.override("ar"):
        assert translation.gettext("Not allowed") in html


def test_an_expired_form_is_explained_in_the_visitors_language(learner):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)

    response = strict.post("/ar/login/", {"username": "x", "password": "y"})

    html = response.content.decode()
    assert response.status_code == 403
    assert '<html lang="ar" dir="rtl">' in html
    with translation.override("ar"):
        assert translation.gettext("The form has expired") in html
