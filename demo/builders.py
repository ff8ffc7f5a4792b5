"""Field values of every demo page in one language, from the content data (see FORMAT.md).

Each `*_fields(data, language, ...)` returns the keyword arguments of a page; the same call for
another language gives the same structure (and block ids) with that language's text, which is
what lets `demo.pages.translate` pair their strings.
"""

import datetime

from demo import images
from demo.content.schema import ALL_LANGUAGES, lesson_languages
from demo.pages import list_items, rich_text, stream_item


def home_fields(data, language):
    return {"title": data["title"][language], "intro": rich_text(data["intro"][language])}


def course_fields(data, language):
    return {"title": data["title"][language], "intro": rich_text(data["intro"][language])}


def module_fields(module, language):
    slug = module["slug"]
    return {
        "title": module["title"][language],
        "summary": module["summary"][language],
        "learning_objectives": [
            stream_item("objective", objective, slug, "objective", index)
            for index, objective in enumerate(module["objectives"][language])
        ],
        "is_mandatory": module["mandatory"],
        "image": images.cover(slug),
    }


def lesson_fields(lesson, language, snippets):
    slug = lesson["slug"]
    return {
        "title": lesson["title"][language],
        "intro": lesson["intro"][language],
        "estimated_minutes": lesson["estimated_minutes"],
        "facts_checked": datetime.date.fromisoformat(lesson["last_checked"])
        if "last_checked" in lesson
        else None,
        "body": [
            stream_item(block["type"], block_value(block, language, snippets, slug, index), slug, index)
            for index, block in enumerate(lesson["body"])
        ],
    }


def block_value(block, language, snippets, *id_parts):
    kind = block["type"]
    if kind == "text":
        return rich_text(block["text"][language])
    if kind == "key_facts":
        return {"title": block["title"][language], "facts": list_items(block["facts"][language], *id_parts)}
    if kind == "glossary_term":
        return snippets["glossary"][block["term"]].pk
    if kind == "help":
        resources = [snippets["resources"][key].pk for key in block["resources"]]
        return {
            "title": block["title"][language],
            "intro": block["intro"][language],
            "resources": list_items(resources, *id_parts),
        }
    if kind == "reflection":
        return {"question": block["question"][language], "hint": block["hint"][language]}
    if kind == "quiz":
        return {
            "title": block["title"][language],
            "questions": list_items(
                [
                    question_value(question, language, *id_parts, number)
                    for number, question in enumerate(block["questions"])
                ],
                *id_parts,
                "questions",
            ),
        }
    raise ValueError(f"unknown block type {kind!r}")


def question_value(question, language, *id_parts):
    choices = [
        {"text": choice["text"][language], "correct": choice["correct"]} for choice in question["choices"]
    ]
    return {
        "question": question["question"][language],
        "choices": list_items(choices, *id_parts, "choices"),
        "explanation": question["explanation"][language],
    }


def story_fields(story, language, modules_by_slug):
    slug = story["slug"]
    return {
        "title": f"{story['name']}: {story['occupation'][language]}",
        "person_name": story["name"],
        "is_illustrative": True,
        "country_of_origin": story["country_of_origin"][language],
        "year_of_arrival": story["year_of_arrival"],
        "occupation": story["occupation"][language],
        "sector": story["sector"],
        "portrait": images.portrait(slug, story["name"]),
        "summary": story["summary"][language],
        "quote": story["quote"][language],
        "story": [stream_item("text", rich_text(story["story"][language]), slug, "story")],
        "milestones": [
            stream_item(
                "milestone",
                {"year": milestone["year"], "text": milestone["text"][language]},
                slug,
                "milestone",
                index,
            )
            for index, milestone in enumerate(story["milestones"])
        ],
        "related_modules": [
            stream_item("module", modules_by_slug[module_slug].pk, slug, "module", index)
            for index, module_slug in enumerate(story["related_modules"])
        ],
    }


def languages_of(lesson):
    return lesson_languages(lesson)


def configured(languages, available_languages):
    """The languages to build: those written in the content and offered by this deployment."""
    return [
        language for language in ALL_LANGUAGES if language in languages and language in available_languages
    ]
