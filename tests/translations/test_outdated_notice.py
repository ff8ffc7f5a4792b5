"""Learners reading a translation whose Danish page changed since get a notice in their language,
and Danish side by side shows the Danish the translation was made from, not the newer text."""

import pytest
from django.utils import translation
from wagtail.models import Locale
from wagtail.rich_text import RichText
from wagtail_localize.models import Translation, TranslationSource

from lessons.models import LessonPage
from tests.course import UNTRANSLATED
from tests.translations.helpers import translate_the_rest

pytestmark = pytest.mark.django_db

NEW_DANISH = "Helt ny dansk tekst om reglerne, som de er nu."
NOTICE = (
    "The Danish text of this page has changed since it was translated, "
    "so some details here may be out of date."
)


def lesson_pair():
    danish = next(
        page
        for page in LessonPage.objects.live().filter(locale=Locale.get_default()).order_by("path")
        if page.get_parent().slug != UNTRANSLATED
    )
    return danish, danish.get_translation(Locale.objects.get(language_code="ar"))


def first_text(page):
    return next(block for block in page.body if block.block_type == "text")


def change_danish(danish):
    old = first_text(danish).value.source
    first_text(danish).value = RichText(f"<p>{NEW_DANISH}</p>")
    danish.save_revision().publish()
    return old


def notice_text():
    with translation.override("ar"):
        return translation.gettext(NOTICE)


def test_an_up_to_date_translation_has_no_notice(client):
    _danish, arabic = lesson_pair()

    html = client.get(arabic.url).content.decode()

    assert "outdated-translation" not in html


def test_a_translation_of_older_danish_says_so_in_the_learners_language_and_links_the_newest_danish(client):
    danish, arabic = lesson_pair()
    change_danish(danish)

    response = client.get(arabic.url)
    html = response.content.decode()

    assert response.status_code == 200
    assert "outdated-translation" in html
    assert notice_text() in html and notice_text() != NOTICE
    assert f'href="{danish.url}" lang="da"' in html
    # the Danish page itself has no such notice
    assert "outdated-translation" not in client.get(danish.url).content.decode()


def test_side_by_side_pairs_the_danish_the_translation_was_made_from(client):
    danish, arabic = lesson_pair()
    old = change_danish(danish)
    old_sentence = old.removeprefix("<p>").split("<")[0][:40]

    html = client.get(arabic.url, {"danish": "1"}).content.decode()

    assert NEW_DANISH not in html
    assert old_sentence in html


def test_once_synced_and_translated_the_notice_goes_and_side_by_side_shows_the_new_danish(
    client, django_capture_on_commit_callbacks
):
    danish, arabic = lesson_pair()
    change_danish(danish)
    source = TranslationSource.objects.get(object_id=danish.translation_key)
    source.update_from_db()
    translated = Translation.objects.get(source=source, target_locale=arabic.locale)
    translate_the_rest(translated, "نص دنماركي جديد تمامًا عن القواعد كما هي الآن.")
    with django_capture_on_commit_callbacks(execute=True):
        translated.save_target(publish=True)

    html = client.get(arabic.url, {"danish": "1"}).content.decode()

    assert "outdated-translation" not in html
    assert NEW_DANISH in html
