"""How much of the demo course each language has: every lesson, quiz included, in Arabic and
Ukrainian, and every lesson's facts checked on a date learners see."""

import datetime

import pytest

from demo.content import schema

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def content():
    return schema.load_all()


def lessons(content):
    return [lesson for module in content["modules"] for lesson in module["lessons"]]


@pytest.mark.parametrize("language", ["ar", "uk"])
def test_every_lesson_and_its_quiz_is_in_arabic_and_ukrainian(content, language):
    missing = [
        lesson["slug"] for lesson in lessons(content) if language not in schema.lesson_languages(lesson)
    ]
    quizzes = [block for lesson in lessons(content) for block in lesson["body"] if block["type"] == "quiz"]

    assert missing == []
    assert quizzes and all(
        language in choice["text"]
        for quiz in quizzes
        for question in quiz["questions"]
        for choice in question["choices"]
    )


def test_every_lesson_says_when_its_facts_were_checked(content):
    dates = {lesson["slug"]: lesson.get("last_checked") for lesson in lessons(content)}

    assert None not in dates.values(), [slug for slug, date in dates.items() if date is None]
    assert all(datetime.date.fromisoformat(date) <= datetime.date.today() for date in dates.values())


def test_the_loaded_lessons_exist_in_every_language_they_are_written_in(client):
    """The test course (tests/course.py): every lesson in English, and those of its two translated
    modules in Arabic and Ukrainian, each a translation of a Danish lesson."""
    from wagtail.models import Locale

    from lessons.models import LessonPage
    from tests.course import small_course

    written = [lesson for module in small_course()["modules"] for lesson in module["lessons"]]
    danish = LessonPage.objects.live().filter(locale=Locale.get_default())
    keys = set(danish.values_list("translation_key", flat=True))
    for language in ("en", "ar", "uk"):
        expected = sum(language in schema.lesson_languages(lesson) for lesson in written)
        translated = LessonPage.objects.live().filter(locale__language_code=language)
        assert translated.count() == expected, language
        assert set(translated.values_list("translation_key", flat=True)) <= keys, language


def test_a_lesson_shows_when_its_facts_were_checked(client):
    from wagtail.models import Locale

    from lessons.models import LessonPage

    lesson = LessonPage.objects.live().filter(locale=Locale.get_default()).first()
    arabic = lesson.get_translation(Locale.objects.get(language_code="ar"))

    danish_html = client.get(lesson.url).content.decode()
    arabic_html = client.get(arabic.url).content.decode()

    assert lesson.facts_checked == arabic.facts_checked == datetime.date(2026, 12, 7)
    assert "Fakta kontrolleret 7. december 2026." in danish_html
    assert "تم التحقق من المعلومات في" in arabic_html


def test_every_danish_lesson_is_easy_to_read(content, settings):
    """Plain language: every demo lesson's running text at LIX READABILITY_TARGET_LIX (30) or below,
    as the lesson editor measures it (lessons.readability)."""
    from bench.readability import lesson_units
    from lessons.readability import measure

    too_hard = {
        lesson["slug"]: found.lix
        for lesson in lessons(content)
        if (found := measure(lesson_units(lesson))).lix > settings.READABILITY_TARGET_LIX
    }

    assert too_hard == {}
