"""Editors see how easy a Danish lesson is to read: its LIX (lessons.readability) in the editor."""

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from lessons import readability
from lessons.models import LessonPage


def test_lix_is_words_a_sentence_plus_the_share_of_long_words():
    found = readability.measure(["Folketinget vedtager lovene i Danmark.", "Kommunen hjælper."])

    # 7 words, 2 sentences, 5 of more than six letters: 3.5 + 71.4
    assert (found.words, found.sentences, found.long_words, found.lix) == (7, 2, 5, 75)


def test_a_heading_or_list_item_ends_a_sentence_without_a_full_stop():
    units = readability.html_units(
        "<h2>Sådan stemmer du</h2><ul><li>Tag dit kort med</li><li>Gå hen og stem</li></ul>"
    )

    assert units == ["Sådan stemmer du", "Tag dit kort med", "Gå hen og stem"]
    assert readability.measure(units).sentences == 3


def test_colons_question_and_exclamation_marks_end_sentences_inside_a_paragraph():
    assert readability.measure(["Husk det: Du kan stemme. Kan du? Ja!"]).sentences == 4


@pytest.mark.parametrize(
    ("lix", "band"), [(20, "very easy"), (30, "easy"), (40, "medium"), (50, "hard"), (60, "very hard")]
)
def test_the_bands_are_the_usual_ones(lix, band, monkeypatch):
    monkeypatch.setattr(readability.Readability, "lix", property(lambda self: lix))

    with translation.override("en"):
        assert str(readability.Readability(1, 1, 0).band) == band


@pytest.mark.django_db
def test_the_editor_shows_a_danish_lessons_lix_and_its_longest_sentences(client, editor, settings):
    settings.READABILITY_TARGET_LIX = 5  # every real lesson is above it
    lesson = LessonPage.objects.filter(locale=Locale.get_default()).first()
    expected = readability.of_page(lesson)
    client.force_login(in_english(editor))

    response = client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk]))

    html = response.content.decode()
    assert response.status_code == 200
    with translation.override("en"):
        assert f"LIX {expected.lix}: {expected.band}." in html
    assert "aim for LIX 5 or lower" in html and "The longest sentences:" in html


@pytest.mark.django_db
def test_a_translation_has_no_lix_panel(client, editor):
    arabic = LessonPage.objects.filter(locale__language_code="ar").first()
    client.force_login(in_english(editor))

    response = client.get(reverse("wagtailadmin_pages:edit", args=[arabic.pk]))

    assert response.status_code == 200
    assert "readability-panel" not in response.content.decode()


def in_english(user):
    """The admin in English for `user` (their Wagtail profile's language)."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user
