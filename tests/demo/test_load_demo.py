from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import StringTranslation, Translation

from accounts.models import User
from courses.models import CoursePage, ModulePage, RoleModelStoryPage
from demo.content import schema
from lessons.models import CommunityResource, GlossaryTerm, LessonPage

pytestmark = pytest.mark.django_db


def counts():
    return {
        "pages": Page.objects.count(),
        "live pages": Page.objects.live().count(),
        "revisions": Revision.objects.count(),
        "translations": Translation.objects.count(),
        "string translations": StringTranslation.objects.count(),
        "glossary": GlossaryTerm.objects.count(),
        "glossary translations": GlossaryTerm.translations.field.model.objects.count(),
        "resources": CommunityResource.objects.count(),
        "images": get_image_model().objects.count(),
        "users": User.objects.count(),
    }


@pytest.fixture
def test_course_only(monkeypatch):
    """The command loads the test course the session has loaded, not the whole demo on top of it."""
    from tests.course import small_course

    content = small_course()
    monkeypatch.setattr(schema, "load_all", lambda: content)


@override_settings(DEBUG=True)
def test_running_it_again_changes_nothing(test_course_only):
    call_command("load_demo", stdout=StringIO())  # creates the demo users
    before = counts()

    call_command("load_demo", stdout=StringIO())

    assert counts() == before


def test_the_demo_course_has_ten_modules_thirty_lessons_and_twenty_hours():
    """The whole demo, as the content files give it to the loader (the tests load a part of it)."""
    content = schema.load_all()
    lessons = [lesson for module in content["modules"] for lesson in module["lessons"]]

    assert len(content["modules"]) >= 10
    assert len(lessons) >= 30
    assert sum(lesson["estimated_minutes"] for lesson in lessons) >= 20 * 60
    course = CoursePage.objects.get(locale=Locale.get_default())
    assert course.required_hours == 20
    assert course.deadline_months == 6


def test_the_course_structure_and_stories_exist_in_every_language():
    for model in (CoursePage, ModulePage, RoleModelStoryPage):
        for source in model.objects.filter(locale=Locale.get_default()).live():
            languages = {page.locale.language_code for page in source.get_translations(inclusive=True).live()}
            assert languages == set(schema.ALL_LANGUAGES), source.slug


def test_every_lesson_exists_in_the_languages_its_content_is_written_in():
    from tests.course import small_course

    written = {lesson["slug"]: lesson for module in small_course()["modules"] for lesson in module["lessons"]}
    for lesson in LessonPage.objects.filter(locale=Locale.get_default()).live():
        languages = {page.locale.language_code for page in lesson.get_translations(inclusive=True).live()}
        assert {"da", "en"} <= languages, lesson.slug
        assert languages == set(schema.lesson_languages(written[lesson.slug])), lesson.slug


def test_translations_share_the_danish_text_structure():
    danish_lesson = LessonPage.objects.filter(locale__language_code="da").live().first()
    english_lesson = danish_lesson.get_translation(Locale.objects.get(language_code="en"))

    assert [block.block_type for block in english_lesson.body] == [
        block.block_type for block in danish_lesson.body
    ]
    assert [block.id for block in english_lesson.body] == [block.id for block in danish_lesson.body]
    assert english_lesson.title != danish_lesson.title


def test_stories_are_marked_illustrative():
    stories = RoleModelStoryPage.objects.live()
    assert len(schema.load_all()["stories"]) >= 4
    assert (
        stories.count()
        == len(schema.ALL_LANGUAGES) * RoleModelStoryPage.objects.filter(locale=Locale.get_default()).count()
    )
    assert all(story.is_illustrative for story in stories)


@override_settings(DEBUG=False)
def test_it_refuses_to_create_demo_users_when_debug_is_off():
    with pytest.raises(CommandError, match="DEBUG is off"):
        call_command("load_demo", stdout=StringIO())
    assert not User.objects.filter(username="learner").exists()


@override_settings(DEBUG=False)
def test_it_loads_content_only_when_debug_is_off_if_asked(test_course_only):
    call_command("load_demo", "--content-only", stdout=StringIO())

    assert not User.objects.filter(username="learner").exists()


def test_the_content_files_pass_their_own_checks():
    totals = schema.totals(schema.load_all())

    assert totals["modules"] >= 10
    assert totals["lessons"] >= 30
    assert totals["minutes"] >= 1200
    assert totals["stories"] >= 4
