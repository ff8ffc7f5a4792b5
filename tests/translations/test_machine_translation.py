"""Machine translation for editors: off by default, set by environment variables, a clear message
and no change when the service is down, and never published by the step that made it."""

import pytest
import requests
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from config.machine_translation import machine_translator_settings
from lessons.models import LessonPage
from tests.course import UNTRANSLATED
from tests.translations.helpers import page_text

pytestmark = pytest.mark.django_db

LIBRE = machine_translator_settings("libretranslate", libretranslate_url="http://127.0.0.1:9/", timeout=2)
NEW_DANISH = "Et nyt afsnit til maskinen."


@pytest.fixture
def synced():
    """An Arabic translation whose Danish got a new paragraph, synced: one string to translate."""
    danish = next(
        page
        for page in LessonPage.objects.live().filter(locale=Locale.get_default()).order_by("path")
        if page.get_parent().slug != UNTRANSLATED
    )
    danish.body.append(("text", RichText(f"<p>{NEW_DANISH}</p>")))
    danish.save_revision().publish()
    source = TranslationSource.objects.get(object_id=danish.translation_key)
    source.update_from_db()
    translation = Translation.objects.get(source=source, target_locale__language_code="ar")
    target = Page.objects.get(translation_key=danish.translation_key, locale__language_code="ar")
    return translation, target


class FakeLibreTranslate:
    """LibreTranslate's answer: every string translated."""

    def __init__(self, calls):
        self.calls = calls

    def __call__(self, url, data, headers, timeout):
        import json

        texts = json.loads(data)["q"]
        self.calls.append((url, json.loads(data)["target"]))
        response = requests.Response()
        response.status_code = 200
        response._content = json.dumps({"translatedText": [f"[ar] {text}" for text in texts]}).encode()
        return response


def test_it_is_off_unless_configured(settings):
    assert settings.MACHINE_TRANSLATOR == ""
    assert settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR is None


def test_the_environment_chooses_deepl_or_libretranslate():
    deepl = machine_translator_settings("deepl", deepl_key="abc:fx")
    libre = machine_translator_settings("libretranslate", libretranslate_url="https://lt.example.org/")

    assert deepl == {"CLASS": "translations.machine.DeepL", "OPTIONS": {"AUTH_KEY": "abc:fx", "TIMEOUT": 10}}
    assert libre["CLASS"] == "translations.machine.LibreTranslate"
    assert libre["OPTIONS"]["LIBRETRANSLATE_URL"] == "https://lt.example.org"


@pytest.mark.parametrize(
    ("name", "setting", "error"),
    [
        ("google", None, "translations.E001"),
        ("deepl", machine_translator_settings("deepl"), "translations.E002"),
        ("libretranslate", machine_translator_settings("libretranslate"), "translations.E002"),
    ],
)
def test_a_translator_without_what_it_needs_stops_the_start(settings, name, setting, error):
    settings.MACHINE_TRANSLATOR = name
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = setting

    with pytest.raises(SystemCheckError, match=error):
        call_command("check")


def test_a_translator_that_is_down_leaves_everything_as_it_was_with_a_message(
    client, editor, settings, synced
):
    settings.MACHINE_TRANSLATOR = "libretranslate"
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = LIBRE
    translation, target = synced
    client.force_login(editor)
    before = StringTranslation.objects.count()
    url = reverse("wagtail_localize:machine_translate", args=[translation.pk])
    back = reverse("wagtailadmin_pages:edit", args=[target.pk])

    response = client.post(f"{url}?next={back}", HTTP_ACCEPT_LANGUAGE="en", follow=True)

    assert response.redirect_chain[:1] == [(back, 302)], (response.status_code, response.content[:300])
    assert (
        "The machine translator did not answer (LibreTranslate: ConnectionError)" in response.content.decode()
    )
    assert StringTranslation.objects.count() == before


def test_machine_translations_fill_the_strings_and_are_not_published_by_the_sync(
    client, moderator, settings, synced, monkeypatch, django_capture_on_commit_callbacks
):
    settings.MACHINE_TRANSLATOR = "libretranslate"
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = LIBRE
    calls = []
    monkeypatch.setattr(
        "wagtail_localize.machine_translators.libretranslate.requests.post", FakeLibreTranslate(calls)
    )
    translation, target = synced
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:update_translations", args=[translation.source_id]),
            {"publish_translations": "on", "use_machine_translation": "on"},
            HTTP_ACCEPT_LANGUAGE="en",
            follow=True,
        )

    total, translated = translation.get_progress()
    assert response.status_code == 200
    assert "they are not published by this sync" in response.content.decode()
    assert ("http://127.0.0.1:9/translate", "ar") in calls
    assert translated == total
    assert StringTranslation.objects.filter(translation_type="machine", data=f"[ar] {NEW_DANISH}").exists()
    target.refresh_from_db()
    assert NEW_DANISH not in page_text(client.get(target.url).content.decode())
    assert f"[ar] {NEW_DANISH}" not in page_text(client.get(target.url).content.decode())
