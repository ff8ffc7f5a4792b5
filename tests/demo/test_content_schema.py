"""The demo content checker: valid content passes; breaking one field is reported with its path."""

import copy

import pytest

from demo.content import schema


@pytest.fixture(scope="module")
def content():
    return schema.load_all()


def broken(content, change):
    changed = copy.deepcopy(content)
    change(changed)
    return changed


def test_valid_content_passes(content):
    schema.check(content)


def test_a_translation_with_a_missing_paragraph_is_reported(content):
    def drop_paragraph(changed):
        block = next(b for b in changed["modules"][0]["lessons"][0]["body"] if b["type"] == "text")
        block["text"]["en"].pop()

    with pytest.raises(schema.ContentError, match="lists differ in length"):
        schema.check(broken(content, drop_paragraph))


def test_a_heading_translated_as_a_paragraph_is_reported(content):
    def flatten_heading(changed):
        story = changed["stories"][0]
        index = next(i for i, line in enumerate(story["story"]["da"]) if line.startswith("## "))
        story["story"]["uk"][index] = story["story"]["uk"][index][3:]

    with pytest.raises(schema.ContentError, match="is p in uk but h2 in da"):
        schema.check(broken(content, flatten_heading))


def test_a_quiz_question_without_a_correct_answer_is_reported(content):
    def no_correct_answer(changed):
        quiz = next(b for b in changed["modules"][0]["lessons"][0]["body"] if b["type"] == "quiz")
        for choice in quiz["questions"][0]["choices"]:
            choice["correct"] = False

    with pytest.raises(schema.ContentError, match="exactly one correct choice"):
        schema.check(broken(content, no_correct_answer))


def test_an_unknown_glossary_term_is_reported(content):
    def unknown_term(changed):
        changed["modules"][0]["lessons"][0]["body"].append({"type": "glossary_term", "term": "no-such-term"})

    with pytest.raises(schema.ContentError, match="unknown glossary term"):
        schema.check(broken(content, unknown_term))


def test_a_module_title_missing_in_arabic_is_reported(content):
    def no_arabic_title(changed):
        del changed["modules"][0]["title"]["ar"]

    with pytest.raises(schema.ContentError, match="title is missing ar"):
        schema.check(broken(content, no_arabic_title))


@pytest.mark.parametrize(
    ("line", "kind"),
    [("## Heading", "h2"), ("### Sub", "h3"), ("- item", "ul"), ("1. item", "ol"), ("Plain text", "p")],
)
def test_rich_text_lines_become_the_right_elements(line, kind):
    assert schema.element_kind(line) == kind
