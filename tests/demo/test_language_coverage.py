"""How much of the demo course each language has: every lesson, quiz included, in Arabic and
Ukrainian; in Persian, Somali and Tigrinya the course structure, stories, glossary, resources and the
modules that matter most for safety and daily life; and every lesson's facts checked on a date
learners see. Counted in the content and, for the test course, in the database."""

import datetime

import pytest
from django.conf import settings

from demo.content import overlay, schema
from lessons.models import CommunityResource, GlossaryTerm

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def content():
    return schema.load_all()


# Health and emergencies, money/MitID/Digital Post, getting help.
SAFETY_MODULES = ("health-care", "money-tax-digital", "getting-help")


def lessons(content):
    return [lesson for module in content["modules"] for lesson in module["lessons"]]


def quiz_choices(lesson_list):
    quizzes = [block for lesson in lesson_list for block in lesson["body"] if block["type"] == "quiz"]
    assert quizzes
    return [
        choice["text"] for quiz in quizzes for question in quiz["questions"] for choice in question["choices"]
    ]


@pytest.mark.parametrize("language", ["ar", "uk"])
def test_every_lesson_and_its_quiz_is_in_arabic_and_ukrainian(content, language):
    missing = [
        lesson["slug"] for lesson in lessons(content) if language not in schema.lesson_languages(lesson)
    ]

    assert missing == []
    assert all(language in choice for choice in quiz_choices(lessons(content)))


@pytest.mark.parametrize("language", overlay.LANGUAGES)
def test_health_money_and_getting_help_are_in_full_in_persian_somali_and_tigrinya(content, language):
    chosen = [module for module in content["modules"] if module["slug"] in SAFETY_MODULES]
    chosen_lessons = [lesson for module in chosen for lesson in module["lessons"]]
    missing = [lesson["slug"] for lesson in chosen_lessons if language not in schema.lesson_languages(lesson)]

    assert len(chosen) == len(SAFETY_MODULES) and len(chosen_lessons) >= 9
    assert missing == []
    assert all(language in choice for choice in quiz_choices(chosen_lessons))


@pytest.mark.parametrize("language", schema.ALL_LANGUAGES)
def test_the_course_structure_stories_glossary_and_resources_are_in_every_language(content, language):
    from demo.content import site

    values = [
        page[field] for page in (site.HOME, site.COURSE, site.ROLE_MODELS) for field in ("title", "intro")
    ]
    values += [module[field] for module in content["modules"] for field in ("title", "summary", "objectives")]
    values += [story[field] for story in content["stories"] for field in ("summary", "quote", "story")]
    values += [term[field] for term in content["glossary"].values() for field in ("term", "explanation")]
    values += [entry[field] for entry in content["resources"].values() for field in ("name", "description")]

    assert len(content["stories"]) == 5 and len(content["glossary"]) >= 45 and len(content["resources"]) >= 40
    assert [value for value in values if not value.get(language)] == []


def test_every_lesson_says_when_its_facts_were_checked(content):
    dates = {lesson["slug"]: lesson.get("last_checked") for lesson in lessons(content)}

    assert None not in dates.values(), [slug for slug, date in dates.items() if date is None]
    assert all(datetime.date.fromisoformat(date) <= datetime.date.today() for date in dates.values())


def test_the_loaded_lessons_exist_in_every_language_they_are_written_in(client):
    """The test course (tests/course.py), counted in the database as editors see it on the dashboard:
    per language the live lessons and their minutes are those its content gives the language (every
    lesson in English, two modules in Arabic and Ukrainian, one in Persian, Somali and Tigrinya), each
    a translation of a Danish lesson."""
    from wagtail.models import Locale

    from lessons.models import LessonPage
    from tests.course import small_course
    from translations.overview import language_rows

    written = [lesson for module in small_course()["modules"] for lesson in module["lessons"]]
    danish = LessonPage.objects.live().filter(locale=Locale.get_default())
    keys = set(danish.values_list("translation_key", flat=True))
    rows = {row["locale"].language_code: row for row in language_rows()}

    assert set(rows) == {code for code, _name in settings.LANGUAGES} - {"da"}
    for language, row in rows.items():
        expected = [lesson for lesson in written if language in schema.lesson_languages(lesson)]
        translated = LessonPage.objects.live().filter(locale__language_code=language)
        assert (row["lessons"], row["minutes"]) == (
            len(expected),
            sum(lesson["estimated_minutes"] for lesson in expected),
        ), language
        assert set(translated.values_list("translation_key", flat=True)) <= keys, language
        assert row["source"]["lessons"] == len(written) == danish.count()
    assert {rows[code]["lessons"] for code in overlay.LANGUAGES} == {3}
    assert {rows[code]["lessons"] for code in ("ar", "uk")} == {6}


def test_every_glossary_term_and_resource_is_stored_in_every_language():
    languages = {code for code, _name in settings.LANGUAGES}
    for model in (GlossaryTerm, CommunityResource):
        stored = model._parler_meta.root_model.objects.values_list("master_id", "language_code")
        by_row = {}
        for row, language in stored:
            by_row.setdefault(row, set()).add(language)
        assert model.objects.count() >= 40
        assert all(found == languages for found in by_row.values()), model


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
