"""Editors work on the course in the Wagtail admin, including wagtail-localize's translation flow."""

import pytest
from django.urls import reverse
from wagtail.models import Locale

from courses.models import ModulePage, RoleModelStoryPage
from lessons.models import LessonPage
from tests.course import UNTRANSLATED

pytestmark = pytest.mark.django_db


def test_an_editor_can_open_the_editor_of_every_page_type(client, editor):
    client.force_login(editor)
    pages = [
        ModulePage.objects.filter(locale=Locale.get_default()).first(),
        LessonPage.objects.filter(locale=Locale.get_default()).first(),
        RoleModelStoryPage.objects.filter(locale=Locale.get_default()).first(),
    ]
    for page in pages:
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200, page


def test_an_editor_can_start_a_new_lesson_under_a_module(client, editor):
    client.force_login(editor)
    module = ModulePage.objects.filter(locale=Locale.get_default()).first()

    response = client.get(reverse("wagtailadmin_pages:add", args=["lessons", "lessonpage", module.pk]))

    assert response.status_code == 200


def untranslated_lesson():
    return next(
        page
        for page in LessonPage.objects.filter(locale=Locale.get_default()).order_by("path")
        if page.get_parent().slug == UNTRANSLATED
    )


def test_an_editor_translates_a_lesson_with_wagtail_localize(
    client, editor, django_capture_on_commit_callbacks
):
    lesson = untranslated_lesson()
    ukrainian = Locale.objects.get(language_code="uk")
    assert not lesson.has_translation(ukrainian)
    client.force_login(editor)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[lesson.pk]), {"locales": [ukrainian.pk]}
        )

    assert response.status_code == 302
    translation = lesson.get_translation(ukrainian)
    assert translation.translation_key == lesson.translation_key


def test_a_learner_cannot_submit_a_translation(client, learner):
    lesson = untranslated_lesson()
    client.force_login(learner)

    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[lesson.pk]),
        {"locales": [Locale.objects.get(language_code="uk").pk]},
    )

    assert response.status_code in (302, 403)
    assert not lesson.has_translation(Locale.objects.get(language_code="uk"))
