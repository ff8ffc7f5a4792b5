"""Editors see how far each language can be trusted: the dashboard's table of languages, a warning
when they edit a page in a language no native speaker has reviewed, and only moderators record a
review."""

import pytest
from django.urls import reverse
from wagtail.models import Locale

from lessons.models import LessonPage
from translations.models import LanguageReview

pytestmark = pytest.mark.django_db


def arabic_lesson():
    danish = LessonPage.objects.live().filter(locale=Locale.get_default()).first()
    return danish, danish.get_translation(Locale.objects.get(language_code="ar"))


def test_the_demo_marks_every_translated_language_as_needing_native_review():
    reviews = {review.locale.language_code: review for review in LanguageReview.objects.all()}

    assert set(reviews) == {"ar", "uk", "fa", "so", "ti"}
    assert all(review.state == LanguageReview.State.NEEDS_NATIVE_REVIEW for review in reviews.values())
    assert all("no native speaker has reviewed" in review.note for review in reviews.values())


def test_the_dashboard_lists_each_language_with_its_pages_and_review_state(client, editor):
    client.force_login(editor)

    response = client.get(reverse("wagtailadmin_home"), HTTP_ACCEPT_LANGUAGE="en")
    html = response.content.decode()

    assert response.status_code == 200
    assert 'id="translations-panel-heading"' in html
    for code in ("ar", "uk", "fa", "so", "ti", "en"):
        assert f"<code>{code}</code>" in html
    assert html.count("Needs native review") == 5
    # an editor may not change the review: no link to the form
    assert "languagereview/edit" not in html


def test_editing_an_arabic_page_warns_that_it_needs_native_review(client, editor):
    _danish, arabic = arabic_lesson()
    client.force_login(editor)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[arabic.pk]), HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 200
    assert "These translations were written with care, not by a native speaker." in response.content.decode()


def test_editing_a_danish_page_or_a_reviewed_language_gives_no_warning(client, editor):
    danish, arabic = arabic_lesson()
    LanguageReview.objects.filter(locale=arabic.locale).update(
        state=LanguageReview.State.REVIEWED, reviewer="Layla Haddad"
    )
    client.force_login(editor)

    for page in (danish, arabic):
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]), HTTP_ACCEPT_LANGUAGE="en")
        assert response.status_code == 200
        assert "not by a native speaker" not in response.content.decode()


def test_an_editor_cannot_change_a_review(client, editor):
    review = LanguageReview.objects.get(locale__language_code="fa")
    client.force_login(editor)
    url = reverse("wagtailsnippets_translations_languagereview:edit", args=[review.pk])

    response = client.post(url, {"locale": review.locale_id, "state": "reviewed", "reviewer": "Me"})

    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/admin/" in response.url and "edit" not in response.url
    review.refresh_from_db()
    assert review.state == LanguageReview.State.NEEDS_NATIVE_REVIEW


def test_a_moderator_records_a_native_review_with_the_reviewer(client, moderator):
    review = LanguageReview.objects.get(locale__language_code="fa")
    client.force_login(moderator)
    url = reverse("wagtailsnippets_translations_languagereview:edit", args=[review.pk])
    data = {"locale": review.locale_id, "state": "reviewed", "note": review.note, "reviewed_on": "2026-12-01"}

    refused = client.post(url, {**data, "reviewer": ""}, HTTP_ACCEPT_LANGUAGE="en")
    review.refresh_from_db()
    assert refused.status_code == 200
    assert "Say who reviewed the translations." in refused.content.decode()
    assert review.state == LanguageReview.State.NEEDS_NATIVE_REVIEW

    accepted = client.post(url, {**data, "reviewer": "Shirin Ahmadi"})
    review.refresh_from_db()
    assert accepted.status_code == 302
    assert (review.state, review.reviewer, review.updated_by) == ("reviewed", "Shirin Ahmadi", moderator)


def test_an_editor_is_told_how_a_translation_gets_published_and_a_moderator_is_not(client, editor, moderator):
    _danish, arabic = arabic_lesson()
    url = reverse("wagtailadmin_pages:edit", args=[arabic.pk])
    told = "You may not publish: when you are done, ask a moderator to open this translation and publish it."

    client.force_login(editor)
    as_editor = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    client.force_login(moderator)
    as_moderator = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert told in as_editor
    assert told not in as_moderator
