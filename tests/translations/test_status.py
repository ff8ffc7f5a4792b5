"""The translation status view: every page, glossary term and resource in every language, each
missing, in progress, outdated or up to date, with counts per language and filters."""

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from lessons.models import GlossaryTerm, LessonPage
from tests.course import UNTRANSLATED
from tests.translations.helpers import translate_the_rest
from translations import status

pytestmark = pytest.mark.django_db


def danish_lessons():
    return LessonPage.objects.live().filter(locale=Locale.get_default()).order_by("path")


def translated_lesson():
    return next(page for page in danish_lessons() if page.get_parent().slug != UNTRANSLATED)


def cell(page, language):
    rows = [row for row in status.status(kind="pages", language=language)["rows"] if row.title == page.title]
    assert len(rows) == 1
    return rows[0].cells[language]


def add_danish_paragraph(page, text="Et nyt afsnit om noget, der er ændret."):
    page = page.specific
    page.body.append(("text", f"<p>{text}</p>"))
    page.save_revision().publish()
    return page


def test_a_demo_translation_is_up_to_date_and_links_to_its_editor():
    page = translated_lesson()
    arabic = page.get_translation(Locale.objects.get(language_code="ar"))

    found = cell(page, "ar")

    assert found.state == status.UP_TO_DATE
    assert found.edit_url == reverse("wagtailadmin_pages:edit", args=[arabic.pk])


def test_a_lesson_without_an_arabic_page_is_missing_with_a_link_to_translate_it():
    page = next(page for page in danish_lessons() if page.get_parent().slug == UNTRANSLATED)

    found = cell(page, "ar")

    assert found.state == status.MISSING
    assert found.action_url == reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    assert cell(page, "en").state == status.UP_TO_DATE


def test_publishing_a_changed_danish_page_makes_its_translations_outdated_until_synced_and_translated(
    django_capture_on_commit_callbacks,
):
    page = translated_lesson()
    source = TranslationSource.objects.get(object_id=page.translation_key)
    locale = Locale.objects.get(language_code="ar")

    add_danish_paragraph(page)
    outdated = cell(page, "ar")
    assert outdated.state == status.OUTDATED
    assert outdated.action_url == reverse("wagtail_localize:update_translations", args=[source.pk])

    source.update_from_db()  # "Sync translated pages": the translation takes the new Danish
    synced = cell(page, "ar")
    translated, total = map(int, synced.detail.split("/"))
    assert synced.state == status.IN_PROGRESS and translated == total - 1

    translation = Translation.objects.get(source=source, target_locale=locale)
    translate_the_rest(translation, "فقرة جديدة عن شيء تغيّر.")
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    assert cell(page, "ar").state == status.UP_TO_DATE


def test_a_translation_saved_as_a_draft_is_in_progress():
    page = translated_lesson()
    arabic = page.get_translation(Locale.objects.get(language_code="ar"))
    arabic.save_revision()
    arabic.has_unpublished_changes = True
    arabic.save(update_fields=["has_unpublished_changes"])

    assert cell(page, "ar").state == status.IN_PROGRESS


def test_a_glossary_term_changed_in_danish_is_outdated_in_every_other_language():
    term = GlossaryTerm.objects.order_by("key").first()
    term.set_current_language("da")
    term.explanation += " Mere om det."
    term.save()

    rows = [row for row in status.status(kind="glossary")["rows"] if row.edit_url.endswith(f"/{term.pk}/")]

    assert len(rows) == 1
    assert {cell.state for cell in rows[0].cells.values()} == {status.OUTDATED}


def test_a_glossary_term_without_a_translation_is_missing_there():
    term = GlossaryTerm.objects.order_by("key").first()
    term.delete_translation("uk")

    rows = [
        row
        for row in status.status(kind="glossary", language="uk")["rows"]
        if row.edit_url.endswith(f"/{term.pk}/")
    ]

    assert rows[0].cells["uk"].state == status.MISSING


def test_counts_per_language_add_up_and_filters_narrow_the_rows():
    everything = status.status()
    arabic_missing = status.status(language="ar", state=status.MISSING)
    total = len(everything["rows"])

    for counts in everything["counts"].values():
        assert sum(counts.values()) == total
    # the untranslated module's three lessons have no Arabic; everything else has
    assert everything["counts"]["ar"][status.MISSING] == 3
    assert everything["counts"]["en"][status.MISSING] == 0
    assert [locale.language_code for locale in arabic_missing["locales"]] == ["ar"]
    assert len(arabic_missing["rows"]) == 3
    assert all(row.cells["ar"].state == status.MISSING for row in arabic_missing["rows"])


def test_the_status_page_shows_counts_filters_and_links(client, editor):
    client.force_login(editor)

    response = client.get(
        reverse("translation_status"), {"language": "ar", "state": "missing"}, HTTP_ACCEPT_LANGUAGE="en"
    )
    html = response.content.decode()

    assert response.status_code == 200
    assert 'id="translation-counts"' in html and 'id="translation-status"' in html
    assert html.count('data-state="missing"') >= 3 + 1  # three cells and the count
    assert "3 items" in html
    untranslated = next(page for page in danish_lessons() if page.get_parent().slug == UNTRANSLATED)
    assert reverse("wagtail_localize:submit_page_translation", args=[untranslated.pk]) in html


def test_a_bad_filter_shows_everything_instead_of_failing(client, editor):
    client.force_login(editor)

    response = client.get(reverse("translation_status"), {"language": "xx", "state": "<script>"})

    assert response.status_code == 200
    assert "<script>" not in response.content.decode()


@pytest.mark.parametrize("who", ["anonymous", "learner"])
def test_strangers_are_refused_the_status_page(client, learner, who):
    if who == "learner":
        client.force_login(learner)

    response = client.get(reverse("translation_status"))

    assert response.status_code in (302, 403)
    assert 'id="translation-status"' not in response.content.decode()
