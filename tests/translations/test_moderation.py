"""No editor without publish rights can put a translation live, by any path, and no sync puts
Danish strings into a live translated page."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText
from wagtail_localize.models import Translation, TranslationSource

from courses.models import ModulePage
from lessons.models import LessonPage
from tests.course import UNTRANSLATED
from tests.translations.helpers import page_text, translate_the_rest

pytestmark = pytest.mark.django_db

NEW_DANISH = "Et helt nyt dansk afsnit, som ingen har oversat endnu."


def lessons(translated=True):
    return [
        page
        for page in LessonPage.objects.live().filter(locale=Locale.get_default()).order_by("path")
        if (page.get_parent().slug != UNTRANSLATED) == translated
    ]


@pytest.fixture
def changed():
    """A Danish lesson with a new paragraph published, and its source record."""
    danish = lessons()[0]
    danish.body.append(("text", RichText(f"<p>{NEW_DANISH}</p>")))
    danish.save_revision().publish()
    return danish, TranslationSource.objects.get(object_id=danish.translation_key)


def live_arabic(danish):
    return Page.objects.get(translation_key=danish.translation_key, locale__language_code="ar").specific


def live_html(client, page):
    return page_text(client.get(page.url).content.decode())


def test_an_editor_is_told_how_to_get_a_sync_published_and_a_forged_publish_is_ignored(
    client, editor, changed, django_capture_on_commit_callbacks
):
    danish, source = changed
    client.force_login(editor)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])

    page = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
    with django_capture_on_commit_callbacks(execute=True):
        forged = client.post(url, {"publish_translations": "on"})

    assert page.status_code == 200
    assert 'name="publish_translations"' not in page.content.decode()
    assert 'id="sync-without-publishing"' in page.content.decode()
    assert "then submit the page for moderation" in page.content.decode()
    # the posted value is ignored: the sync happens, nothing is published
    assert forged.status_code == 302
    assert NEW_DANISH not in live_html(client, live_arabic(danish))
    assert not live_arabic(danish).has_unpublished_changes


def test_a_moderators_sync_publishes_no_translation_that_still_has_danish_strings(
    client, moderator, changed, django_capture_on_commit_callbacks
):
    danish, source = changed
    client.force_login(moderator)
    before = live_arabic(danish).live_revision_id

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]),
            {"publish_translations": "on"},
            HTTP_ACCEPT_LANGUAGE="en",
            follow=True,
        )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Not published in" in html and "Arabic" in html
    assert live_arabic(danish).live_revision_id == before
    assert NEW_DANISH not in live_html(client, live_arabic(danish))
    source.refresh_from_db()
    assert source.last_updated_at > danish.last_published_at  # the sync itself happened


def test_a_moderators_sync_publishes_a_translation_that_needs_nothing_more(
    client, moderator, changed, django_capture_on_commit_callbacks
):
    danish, source = changed
    source.update_from_db()
    arabic = Translation.objects.get(source=source, target_locale__language_code="ar")
    translate_the_rest(arabic, "فقرة دنماركية جديدة تمامًا لم يترجمها أحد بعد.")
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]), {"publish_translations": "on"}
        )

    assert "فقرة دنماركية جديدة تمامًا" in live_html(client, live_arabic(danish))


@pytest.mark.parametrize("complete", [False, True])
def test_an_editor_cannot_publish_from_the_translation_editor(client, editor, changed, complete):
    danish, source = changed
    source.update_from_db()
    if complete:
        translate_the_rest(Translation.objects.get(source=source, target_locale__language_code="ar"), "نص")
    target = live_arabic(danish)
    client.force_login(editor)

    response = client.post(reverse("wagtailadmin_pages:edit", args=[target.pk]), {"action": "publish"})

    # Wagtail's admin answers a refused permission with a redirect to its dashboard
    assert (response.status_code, response.get("Location")) in ((403, None), (302, "/admin/"))
    assert live_arabic(danish).live_revision_id == target.live_revision_id


def test_a_moderator_cannot_publish_an_incomplete_translation_from_the_translation_editor(
    client, moderator, changed
):
    danish, source = changed
    source.update_from_db()
    target = live_arabic(danish)
    client.force_login(moderator)
    url = reverse("wagtailadmin_pages:edit", args=[target.pk])

    response = client.post(url, {"action": "publish"}, HTTP_ACCEPT_LANGUAGE="en", follow=True)

    assert response.redirect_chain == [(url, 302)]
    assert "Translate every string before publishing" in response.content.decode()
    assert live_arabic(danish).live_revision_id == target.live_revision_id
    assert NEW_DANISH not in live_html(client, live_arabic(danish))


def test_an_editor_cannot_turn_a_translation_into_an_alias_of_the_danish(client, editor):
    danish = lessons()[0]
    target = live_arabic(danish)
    client.force_login(editor)

    response = client.post(reverse("wagtail_localize:convert_to_alias", args=[target.pk]))

    assert (response.status_code, response.get("Location")) in ((403, None), (302, "/admin/"))
    assert live_arabic(danish).alias_of_id is None


def test_translate_this_page_makes_a_draft_not_a_live_page_with_danish_in_it(
    client, editor, django_capture_on_commit_callbacks
):
    danish = lessons(translated=False)[0]
    client.force_login(editor)
    arabic = Locale.objects.get(language_code="ar")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[danish.pk]), {"locales": [arabic.pk]}
        )

    created = Page.objects.get(translation_key=danish.translation_key, locale=arabic)
    assert response.status_code == 302
    assert not created.live


def test_the_moderated_views_answer_on_wagtail_localizes_own_addresses():
    from django.urls import resolve

    from translations import moderation

    sync = resolve(reverse("wagtail_localize:update_translations", args=[1]))
    alias = resolve(reverse("wagtail_localize:convert_to_alias", args=[1]))

    assert sync.func.view_class is moderation.SyncTranslationsView
    assert alias._func_path == "translations.moderation.convert_to_alias"


def test_translating_a_whole_section_over_pages_already_translated_is_refused(client, editor, changed):
    """wagtail-localize's "include subtree" would save each translated page below with Danish for its
    new strings, straight into the live row. Its form offers a language where the page is only an
    alias of the Danish (as a moderator's "convert to alias" leaves it), with the lessons below
    translated."""
    danish, _source = changed
    module = danish.get_parent()
    arabic = Locale.objects.get(language_code="ar")
    Page.objects.filter(translation_key=module.translation_key, locale=arabic).update(alias_of=module)
    client.force_login(editor)

    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[module.pk]),
        {"locales": [arabic.pk], "include_subtree": "on"},
        HTTP_ACCEPT_LANGUAGE="en",
    )

    assert response.status_code == 200
    assert "Some pages below this one are already translated into Arabic" in response.content.decode()
    assert NEW_DANISH not in live_html(client, live_arabic(danish))
    assert not live_arabic(danish).has_unpublished_changes


def test_translating_a_page_whose_parent_has_no_translation_is_refused(client, editor, moderator):
    """wagtail-localize would copy the Danish parent into the language as a live alias."""
    course = lessons()[0].get_parent().get_parent()
    module = ModulePage(title="Nyt modul", slug="nyt-modul", summary="Et nyt modul.")
    course.add_child(instance=module)
    module.save_revision().publish()
    lesson = LessonPage(title="Ny lektion", slug="ny-lektion", intro="En ny lektion.", estimated_minutes=30)
    module.add_child(instance=lesson)
    lesson.save_revision().publish()
    arabic = Locale.objects.get(language_code="ar")
    client.force_login(editor)

    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[lesson.pk]),
        {"locales": [arabic.pk]},
        HTTP_ACCEPT_LANGUAGE="en",
    )

    assert response.status_code == 200
    assert "First translate “Nyt modul”, the page above this one, into Arabic" in response.content.decode()
    assert not Page.objects.filter(
        locale=arabic, translation_key__in=[module.translation_key, lesson.translation_key]
    ).exists()


def test_no_path_publishes_a_translation_with_untranslated_strings_not_even_a_moderators(
    client, editor, moderator, django_capture_on_commit_callbacks
):
    """An editor's "Translate this page" makes a draft all in Danish; a moderator's bulk publish (and
    any other way to publish a revision: workflow approval, scheduled publishing) is refused."""
    danish = lessons(translated=False)[0]
    arabic = Locale.objects.get(language_code="ar")
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtail_localize:submit_page_translation", args=[danish.pk]), {"locales": [arabic.pk]}
        )
    draft = Page.objects.get(translation_key=danish.translation_key, locale=arabic).specific
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        bulk = client.post(f"/admin/bulk/wagtailcore/page/publish/?id={draft.pk}")
    with pytest.raises(PermissionDenied):
        draft.get_latest_revision().publish(user=moderator)

    draft.refresh_from_db()
    assert bulk.status_code in (302, 403)
    assert not draft.live
