"""Structural checks for the demo content (see FORMAT.md).

Pure Python, no Django: `python -m demo.content.schema` checks every content file and prints the
totals. `load_demo` runs the same checks before it touches the database, so a translation whose
shape differs from the Danish source is reported with its path instead of producing a half-made
translation.
"""

import importlib
import pkgutil
import re
from pathlib import Path

from . import overlay

SOURCE_LANGUAGE = "da"
ALL_LANGUAGES = ("da", "en", "ar", "uk", *overlay.LANGUAGES)
BASE_LANGUAGES = ("da", "en")
# Arabic and Ukrainian come together: a lesson has both or neither.
PAIRED_LANGUAGES = ("ar", "uk")
CATEGORIES = {
    "language",
    "work",
    "family",
    "health",
    "housing",
    "money",
    "legal_aid",
    "digital",
    "emergency",
    "volunteering",
    "culture",
}
SECTORS = {
    "health",
    "education",
    "trade",
    "crafts",
    "transport",
    "it",
    "care",
    "hospitality",
    "public",
    "business",
}
_HEADING = re.compile(r"^(#{2,3}) ")
_BULLET = re.compile(r"^- ")
_NUMBERED = re.compile(r"^\d+\. ")


class ContentError(ValueError):
    """A content file does not follow FORMAT.md; the message names the path."""


def element_kind(line):
    """The block element a rich-text line becomes: 'h2', 'h3', 'ul', 'ol' or 'p'."""
    if match := _HEADING.match(line):
        return f"h{len(match.group(1))}"
    if _BULLET.match(line):
        return "ul"
    if _NUMBERED.match(line):
        return "ol"
    return "p"


def module_files():
    """The module content files, in course order (their file names sort by module number)."""
    package_dir = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(package_dir)]) if re.match(r"m\d\d_", m.name))
    return [importlib.import_module(f"{__package__}.{name}") for name in names]


def load_all():
    """Every content object, checked. Returns a dict with modules, glossary, resources, stories."""
    from . import glossary, resources, site, stories

    overlay.apply()
    for page in (site.HOME, site.COURSE, site.ROLE_MODELS):
        _translated(page["title"], f"site {page['slug']}.title", ALL_LANGUAGES)
        _translated_rich_text(page["intro"], f"site {page['slug']}.intro", ALL_LANGUAGES)
    files = module_files()
    content = {
        "modules": [m.MODULE for m in files],
        "glossary": _merged("GLOSSARY", [glossary, *files]),
        "resources": _merged("RESOURCES", [resources, *files]),
        "stories": stories.STORIES,
    }
    check(content)
    return content


def _merged(name, sources):
    """One dict from the `name` dicts of several content files; a key may be defined only once."""
    merged = {}
    for source in sources:
        for key, value in getattr(source, name, {}).items():
            _require(key not in merged, f"{name} key {key!r} is defined twice (again in {source.__name__})")
            merged[key] = value
    return merged


def check(content):
    for key, term in content["glossary"].items():
        _translated(term["term"], f"glossary.{key}.term", ALL_LANGUAGES)
        _translated(term["explanation"], f"glossary.{key}.explanation", ALL_LANGUAGES)
    for key, resource in content["resources"].items():
        path = f"resources.{key}"
        _translated(resource["name"], f"{path}.name", ALL_LANGUAGES)
        _translated(resource["description"], f"{path}.description", ALL_LANGUAGES)
        _require(resource["category"] in CATEGORIES, f"{path}.category: unknown {resource['category']!r}")
        _require(resource["url"].startswith("https://"), f"{path}.url must be https")
    slugs = set()
    for module in content["modules"]:
        _check_module(module, content)
        slugs.add(module["slug"])
    for story in content["stories"]:
        _check_story(story, slugs)


def _check_module(module, content):
    path = f"module {module['slug']}"
    _require(isinstance(module["mandatory"], bool), f"{path}.mandatory must be a bool")
    for field in ("title", "summary"):
        _translated(module[field], f"{path}.{field}", ALL_LANGUAGES)
    _translated_list(module["objectives"], f"{path}.objectives", ALL_LANGUAGES)
    _require(len(module["lessons"]) >= 3, f"{path} needs at least 3 lessons")
    for lesson in module["lessons"]:
        _check_lesson(lesson, f"{path}/{lesson['slug']}", content)


def lesson_languages(lesson):
    """The languages a lesson is written in: those of its title."""
    return tuple(code for code in ALL_LANGUAGES if code in lesson["title"])


def _check_lesson(lesson, path, content):
    languages = lesson_languages(lesson)
    _require(
        set(BASE_LANGUAGES) <= set(languages), f"{path}: a lesson is written in Danish and English at least"
    )
    paired = [code for code in PAIRED_LANGUAGES if code in languages]
    _require(
        paired in ([], list(PAIRED_LANGUAGES)), f"{path}: a lesson has both or none of {PAIRED_LANGUAGES}"
    )
    _require(20 <= lesson["estimated_minutes"] <= 90, f"{path}.estimated_minutes out of range")
    for field in ("title", "intro"):
        _translated(lesson[field], f"{path}.{field}", languages)
    for index, block in enumerate(lesson["body"]):
        _check_block(block, f"{path}.body[{index}]", languages, content)


def _check_block(block, path, languages, content):
    kind = block["type"]
    if kind == "text":
        _translated_rich_text(block["text"], f"{path}.text", languages)
    elif kind == "key_facts":
        _translated(block["title"], f"{path}.title", languages)
        _translated_list(block["facts"], f"{path}.facts", languages)
    elif kind == "glossary_term":
        _require(block["term"] in content["glossary"], f"{path}: unknown glossary term {block['term']!r}")
    elif kind == "help":
        _translated(block["title"], f"{path}.title", languages)
        _translated(block["intro"], f"{path}.intro", languages)
        for key in block["resources"]:
            _require(key in content["resources"], f"{path}: unknown resource {key!r}")
        _require(len(set(block["resources"])) == len(block["resources"]), f"{path} lists a resource twice")
    elif kind == "reflection":
        _translated(block["question"], f"{path}.question", languages)
        _translated(block["hint"], f"{path}.hint", languages)
    elif kind == "quiz":
        _check_quiz(block, path, languages)
    else:
        raise ContentError(f"{path}: unknown block type {kind!r}")


def _check_quiz(block, path, languages):
    _translated(block["title"], f"{path}.title", languages)
    _require(block["questions"], f"{path} has no questions")
    for number, question in enumerate(block["questions"]):
        question_path = f"{path}.questions[{number}]"
        _translated(question["question"], f"{question_path}.question", languages)
        _translated(question["explanation"], f"{question_path}.explanation", languages)
        correct = [choice for choice in question["choices"] if choice["correct"]]
        _require(len(correct) == 1, f"{question_path} needs exactly one correct choice")
        for choice_number, choice in enumerate(question["choices"]):
            _translated(choice["text"], f"{question_path}.choices[{choice_number}]", languages)


def _check_story(story, module_slugs):
    path = f"story {story['slug']}"
    _require(1900 < story["year_of_arrival"] <= 2026, f"{path}.year_of_arrival out of range")
    _require(story["sector"] in SECTORS, f"{path}.sector: unknown {story['sector']!r}")
    for field in ("country_of_origin", "occupation", "quote", "summary"):
        _translated(story[field], f"{path}.{field}", ALL_LANGUAGES)
    _translated_rich_text(story["story"], f"{path}.story", ALL_LANGUAGES)
    for milestone in story["milestones"]:
        _translated(milestone["text"], f"{path}.milestones[{milestone['year']}]", ALL_LANGUAGES)
    for slug in story["related_modules"]:
        _require(slug in module_slugs, f"{path}: unknown related module {slug!r}")


def _translated(value, path, languages):
    _require(isinstance(value, dict), f"{path} must be a dict of languages")
    missing = [code for code in languages if not value.get(code)]
    _require(not missing, f"{path} is missing {', '.join(missing)}")
    extra = set(value) - set(languages)
    _require(not extra, f"{path} has languages this object is not written in: {sorted(extra)}")


def _translated_list(value, path, languages):
    _translated(value, path, languages)
    lengths = {code: len(value[code]) for code in languages}
    _require(len(set(lengths.values())) == 1, f"{path}: lists differ in length {lengths}")


def _translated_rich_text(value, path, languages):
    _translated_list(value, path, languages)
    source = [element_kind(line) for line in value[SOURCE_LANGUAGE]]
    for code in languages:
        kinds = [element_kind(line) for line in value[code]]
        for index, (expected, found) in enumerate(zip(source, kinds, strict=True)):
            _require(expected == found, f"{path}[{index}] is {found} in {code} but {expected} in da")


def _require(condition, message):
    if not condition:
        raise ContentError(message)


def totals(content):
    lessons = [lesson for module in content["modules"] for lesson in module["lessons"]]
    return {
        "modules": len(content["modules"]),
        "lessons": len(lessons),
        "minutes": sum(lesson["estimated_minutes"] for lesson in lessons),
        "stories": len(content["stories"]),
        "glossary terms": len(content["glossary"]),
        "resources": len(content["resources"]),
    }


if __name__ == "__main__":
    print(totals(load_all()))
    print("OK")
