"""Danish side by side: blocks paired by id, paragraphs aligned, the toggle kept in the session."""

import re

import pytest
from django.utils import translation
from wagtail.blocks import StreamValue
from wagtail.models import Locale

from lessons.blocks import LessonStreamBlock
from lessons.models import GlossaryTerm, LessonPage
from lessons.side_by_side import SESSION_KEY, pair_blocks, top_level_elements

QUIZ = {
    "title": "Quiz",
    "questions": [
        {
            "question": "Hvor mange?",
            "choices": [{"text": "179", "correct": True}, {"text": "98", "correct": False}],
            "explanation": "",
        }
    ],
}


def stream(*children):
    """A lesson body from (id, type, raw value) triples, as the database would give it."""
    raw = [{"id": block_id, "type": block_type, "value": value} for block_id, block_type, value in children]
    return StreamValue(LessonStreamBlock(), raw, is_lazy=True)


def text(block_id, html):
    return (block_id, "text", html)


def summary(pairs):
    """Each pair as (learner's block id or None, Danish block id or None)."""
    return [(pair.block and pair.block.id, pair.danish and pair.danish.id) for pair in pairs]


# Pairing ------------------------------------------------------------------------------------


def test_it_pairs_blocks_with_the_same_id_in_the_learners_order():
    translated = stream(text("a", "<p>A</p>"), ("b", "quote", {"quote": "B", "attribution": ""}))
    danish = stream(text("a", "<p>Å</p>"), ("b", "quote", {"quote": "Bø", "attribution": ""}))

    pairs = pair_blocks(translated, danish)

    assert summary(pairs) == [("a", "a"), ("b", "b")]
    assert [pair.position for pair in pairs] == [1, 2]
    assert pairs[1].danish.value["quote"] == "Bø"


def test_a_block_missing_in_danish_is_shown_alone():
    pairs = pair_blocks(stream(text("a", "<p>A</p>"), text("new", "<p>N</p>")), stream(text("a", "<p>Å</p>")))

    assert summary(pairs) == [("a", "a"), ("new", None)]
    assert pairs[1].rows[0].danish is None


def test_danish_blocks_the_translation_lacks_are_put_in_in_danish_order():
    translated = stream(text("a", "<p>A</p>"), text("c", "<p>C</p>"))
    danish = stream(
        text("a", "<p>Å</p>"), text("b1", "<p>B1</p>"), text("b2", "<p>B2</p>"), text("c", "<p>C</p>"),
        text("d", "<p>D</p>"),
    )  # fmt: skip

    pairs = pair_blocks(translated, danish)

    assert summary(pairs) == [("a", "a"), (None, "b1"), (None, "b2"), ("c", "c"), (None, "d")]
    assert pairs[1].position is None
    assert pairs[1].block_type == "text"


def test_a_reordered_translation_keeps_its_order_and_every_block_once():
    translated = stream(text("b", "<p>B</p>"), text("a", "<p>A</p>"))
    danish = stream(text("a", "<p>Å</p>"), text("x", "<p>X</p>"), text("b", "<p>B</p>"))

    pairs = pair_blocks(translated, danish)

    assert summary(pairs) == [(None, "x"), ("b", "b"), ("a", "a")]


def test_blocks_without_ids_are_never_paired_with_each_other():
    pairs = pair_blocks(stream(text(None, "<p>A</p>")), stream(text(None, "<p>Å</p>")))

    assert len(pairs) == 2
    assert pairs[0].block.value.source == "<p>A</p>" and pairs[0].danish is None
    assert pairs[1].block is None and pairs[1].danish.value.source == "<p>Å</p>"


def test_rich_text_is_aligned_paragraph_by_paragraph_when_both_have_as_many():
    translated = stream(
        text("a", '<h2>Title</h2><p>One <a linktype="page" id="3">link</a></p><ul><li>x</li></ul>')
    )
    danish = stream(text("a", "<h2>Titel</h2>\n<p>En</p>\n<ul><li>x</li></ul>"))

    [pair] = pair_blocks(translated, danish)

    assert [(row.block.value.source, row.danish.value.source) for row in pair.rows] == [
        ("<h2>Title</h2>", "<h2>Titel</h2>"),
        ('<p>One <a id="3" linktype="page">link</a></p>', "<p>En</p>"),
        ("<ul><li>x</li></ul>", "<ul><li>x</li></ul>"),
    ]
    assert {row.block.id for row in pair.rows} == {"a"}
    assert {row.danish.block_type for row in pair.rows} == {"text"}


def test_rich_text_with_a_different_number_of_paragraphs_goes_side_by_side_whole():
    translated = stream(text("a", "<p>One long paragraph.</p>"))
    danish = stream(text("a", "<p>First half.</p><p>Second half.</p>"))

    [pair] = pair_blocks(translated, danish)

    assert len(pair.rows) == 1
    assert pair.rows[0].block is pair.block
    assert pair.rows[0].danish is pair.danish


def test_activities_are_shown_once_in_the_learners_language_only():
    translated = stream(text("a", "<p>A</p>"), ("q", "quiz", QUIZ))
    danish = stream(text("a", "<p>Å</p>"), ("q", "quiz", QUIZ), ("danish-only-quiz", "quiz", QUIZ))

    pairs = pair_blocks(translated, danish)

    assert summary(pairs) == [("a", "a"), ("q", None)]
    assert pairs[1].interactive
    assert [(row.block.id, row.danish) for row in pairs[1].rows] == [("q", None)]


def test_top_level_elements_skip_whitespace_and_comments_and_keep_bare_text():
    assert top_level_elements("\n<p>A <b>b</b></p>\n<!-- note -->loose text<h3>C</h3>") == [
        "<p>A <b>b</b></p>",
        "loose text",
        "<h3>C</h3>",
    ]
    assert top_level_elements("") == []


# The lesson page ----------------------------------------------------------------------------


def arabic_lessons():
    return list(LessonPage.objects.filter(locale__language_code="ar").live().order_by("path"))


def danish_of(lesson):
    return lesson.get_translation(Locale.get_default()).specific


def danish_column(html):
    return "".join(
        re.findall(r'<div class="side-by-side-danish[^"]*" lang="da" dir="ltr">(.*?)\n</div>', html, re.S)
    )


def in_arabic(message):
    with translation.override("ar"):
        return translation.gettext(message)


@pytest.mark.django_db
def test_an_arabic_lesson_shows_danish_next_to_each_block_when_asked(client):
    lesson = arabic_lessons()[0]
    danish = danish_of(lesson)

    response = client.get(lesson.url, {"danish": "1"})

    html = response.content.decode()
    assert response.status_code == 200
    assert '<main id="main" lang="ar" dir="rtl">' in html
    column = danish_column(html)
    assert danish.title in column and danish.intro in column
    assert lesson.title in html and lesson.intro in html
    first_paragraph = top_level_elements(danish.body[0].value.source)[1]
    assert first_paragraph in column  # aligned paragraph by paragraph
    assert top_level_elements(lesson.body[0].value.source)[1] in html
    assert html.count('class="side-by-side-danish') > len(danish.body)
    assert in_arabic("Hide Danish") in html
    assert client.session[SESSION_KEY] is True


@pytest.mark.django_db
def test_snippets_and_interface_words_in_the_danish_column_are_danish(client):
    lesson = arabic_lessons()[0]
    term = GlossaryTerm.objects.get(key=danish_of(lesson).body[2].value.key)

    html = client.get(lesson.url, {"danish": "1"}).content.decode()

    column = danish_column(html)
    assert term.safe_translation_getter("explanation", language_code="da") in column
    assert term.safe_translation_getter("explanation", language_code="ar") not in column
    with translation.override("da"):
        assert translation.gettext("Word to know") in column


@pytest.mark.django_db
def test_the_quiz_appears_once_in_arabic(client):
    lesson = arabic_lessons()[0]
    [danish_quiz] = [block for block in danish_of(lesson).body if block.block_type == "quiz"]

    html = client.get(lesson.url, {"danish": "1"}).content.decode()

    assert html.count('<section class="quiz">') == 1
    assert danish_quiz.value["title"] not in html
    assert 'class="side-by-side-row side-by-side-activity"' in html
    assert 'name="quiz' in html


@pytest.mark.django_db
def test_a_danish_block_missing_in_the_translation_is_shown(client):
    lesson = arabic_lessons()[0]
    removed = lesson.body[1]
    del lesson.body[1]
    lesson.save_revision().publish()
    danish_block = next(child for child in danish_of(lesson).body if child.id == removed.id)

    html = client.get(lesson.url, {"danish": "1"}).content.decode()

    assert top_level_elements(danish_block.value.source)[0] in danish_column(html)
    assert top_level_elements(removed.value.source)[1] not in html


@pytest.mark.django_db
def test_the_choice_stays_on_for_the_next_lesson(client):
    first, second = arabic_lessons()[:2]
    client.get(first.url, {"danish": "1"})

    response = client.get(second.url)

    assert danish_of(second).title in danish_column(response.content.decode())
    assert response.context["danish_shown"]


@pytest.mark.django_db
def test_danish_0_turns_it_off(client):
    lesson = arabic_lessons()[0]
    client.get(lesson.url, {"danish": "1"})

    response = client.get(lesson.url, {"danish": "0"})

    html = response.content.decode()
    assert "side-by-side-danish" not in html
    assert danish_of(lesson).intro not in html
    assert in_arabic("Show Danish side by side") in html
    assert 'href="?danish=1"' in html
    assert client.session[SESSION_KEY] is False
    assert "side-by-side-danish" not in client.get(lesson.url).content.decode()


@pytest.mark.django_db
def test_without_the_choice_the_lesson_is_only_in_arabic_with_the_toggle(client):
    response = client.get(arabic_lessons()[0].url)

    html = response.content.decode()
    assert "side-by-side-danish" not in html
    assert '<p class="side-by-side-toggle" lang="ar" dir="rtl">' in html


@pytest.mark.django_db
def test_no_toggle_on_a_danish_page(client):
    danish = danish_of(arabic_lessons()[0])
    client.get(arabic_lessons()[0].url, {"danish": "1"})

    html = client.get(danish.url, {"danish": "1"}).content.decode()

    assert "side-by-side" not in html
    assert 'href="?danish=' not in html


@pytest.mark.django_db
def test_no_toggle_on_the_danish_fallback(client):
    arabic = Locale.objects.get(language_code="ar")
    untranslated = next(
        lesson for lesson in LessonPage.objects.filter(locale=Locale.get_default()).live()
        if not lesson.has_translation(arabic)
    )  # fmt: skip
    client.get(arabic_lessons()[0].url, {"danish": "1"})

    response = client.get(untranslated.url.replace("/da/", "/ar/", 1))

    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="notice" role="status"' in html
    assert "side-by-side" not in html
    assert 'href="?danish=' not in html
