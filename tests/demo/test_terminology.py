"""The course's terms for Danish institutions (demo/content/terms.py) are used the same way everywhere:
no other rendering of a term slips into a translation, and the texts that define or sum up a lesson use
the preferred term.

Matching is case-insensitive; Arabic diacritics (tashkil, tatweel) are ignored in Arabic and Persian,
since they are written unevenly, as are Persian's zero-width non-joiners, and its letters ی and ک
match their Arabic forms ي and ك; the two Ukrainian apostrophes (' and ’) count as one. Text in
parentheses is the Danish word the translations keep beside the term ("центр зайнятості (jobcenter)"),
so it is allowed.
"""

import re

import pytest

from demo.content import glossary, resources, schema
from demo.content.terms import TERMS

TRANSLATIONS = ("en", "ar", "uk", "fa", "so", "ti")
# The languages whose forms the defining texts are checked against (English is a base language).
CHECKED = TRANSLATIONS[1:]
PARENTHESES = re.compile(r"\([^()]*\)")
ARABIC_DIACRITICS = re.compile(r"[\u064b-\u0652\u0670\u0640]")
# Danish words that also have an everyday meaning other than the term's: those uses are not the term.
OTHER_MEANINGS = {
    # the adjective "voluntary, optional" ("10. klasse er frivillig", "skal være frivilligt"), not a volunteer
    "frivillig": re.compile(r"\b(?:er|være) frivillig\w*", re.IGNORECASE),
}


@pytest.fixture(scope="module")
def content():
    return schema.load_all()


PERSIAN_LETTERS = str.maketrans({"ي": "ی", "ك": "ک", "\u200c": None, "\u200f": None})


def normalized(text, language):
    if language in ("ar", "fa"):
        text = ARABIC_DIACRITICS.sub("", text)
    if language == "fa":
        text = text.translate(PERSIAN_LETTERS)
    return text.replace("’", "'").replace("ʼ", "'")


def outside_parentheses(text):
    previous = None
    while previous != text:
        previous, text = text, PARENTHESES.sub(" ", text)
    return text


def danish_word(term):
    """The term's Danish word with its endings (kommunen, kommuner); an abbreviation (SU, SFO) on its own."""
    word = re.escape(term["da"])
    if term["da"].isupper():
        return re.compile(rf"(?<!\w){word}(?!\w)")
    return re.compile(rf"(?<!\w){word}", re.IGNORECASE)


def source_files():
    """The content file each module, glossary term and resource is written in."""
    files = {
        ("module", m.MODULE["slug"]): f"{m.__name__.rpartition('.')[2]}.py" for m in schema.module_files()
    }
    for source in (glossary, resources, *schema.module_files()):
        name = f"{source.__name__.rpartition('.')[2]}.py"
        files.update({("glossary", key): name for key in getattr(source, "GLOSSARY", {})})
        files.update({("resource", key): name for key in getattr(source, "RESOURCES", {})})
    return files


def translated_values(obj, path):
    """(path, {language: text}) for every translated string under obj; a list (rich text, facts,
    objectives) gives one value per position, its items in the languages side by side."""
    if isinstance(obj, dict) and schema.SOURCE_LANGUAGE in obj and set(obj) <= set(schema.ALL_LANGUAGES):
        if isinstance(obj[schema.SOURCE_LANGUAGE], str):
            yield path, obj
        else:
            for index in range(len(obj[schema.SOURCE_LANGUAGE])):
                yield f"{path}[{index}]", {code: items[index] for code, items in obj.items()}
    elif isinstance(obj, dict):
        for key, value in obj.items():
            yield from translated_values(value, f"{path}.{key}")
    elif isinstance(obj, list):
        for index, value in enumerate(obj):
            yield from translated_values(value, f"{path}[{index}]")


def every_translated_value(content):
    """(where, {language: text}) for every module, lesson, story, glossary term and resource."""
    files = source_files()
    for module in content["modules"]:
        where = f"{files['module', module['slug']]}: module {module['slug']}"
        yield from translated_values({k: v for k, v in module.items() if k != "lessons"}, where)
        for lesson in module["lessons"]:
            yield from translated_values(lesson, f"{where}/{lesson['slug']}")
    for key, term in content["glossary"].items():
        yield from translated_values(term, f"{files['glossary', key]}: glossary {key}")
    for key, resource in content["resources"].items():
        yield from translated_values(resource, f"{files['resource', key]}: resource {key}")
    for story in content["stories"]:
        yield from translated_values(story, f"stories.py: story {story['slug']}")


def defining_texts(content):
    """(where, {language: text}) for every glossary entry (its term and explanation together) and every
    lesson's title, key-facts title and key fact."""
    files = source_files()
    for key, entry in content["glossary"].items():
        both = {code: f"{entry['term'][code]}\n{entry['explanation'][code]}" for code in entry["term"]}
        yield f"{files['glossary', key]}: glossary {key}", both
    for module in content["modules"]:
        for lesson in module["lessons"]:
            where = f"{files['module', module['slug']]}: module {module['slug']}/{lesson['slug']}"
            yield f"{where}.title", lesson["title"]
            for index, block in enumerate(lesson["body"]):
                if block["type"] == "key_facts":
                    yield f"{where}.body[{index}].title", block["title"]
                    yield from translated_values(block["facts"], f"{where}.body[{index}].facts")


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_no_other_rendering_of_a_term_is_used_outside_the_danish_word_in_parentheses(content, language):
    found = []
    for where, value in every_translated_value(content):
        if language not in value:
            continue
        text = normalized(outside_parentheses(value[language]), language)
        for key, term in TERMS.items():
            for variant in term[f"{language}_variants"]:
                if match := re.search(re.escape(normalized(variant, language)), text, re.IGNORECASE):
                    snippet = text[max(0, match.start() - 60) : match.end() + 60].strip()
                    found.append(f"{key}: {variant!r} in {where}: …{snippet}…")

    assert found == [], f"{len(found)} other renderings:\n" + "\n".join(found)


@pytest.mark.parametrize("language", CHECKED)
def test_the_glossary_and_the_lessons_titles_and_key_facts_use_the_terms(content, language):
    """Wherever the Danish of a glossary entry, a lesson title or a key fact names a term, the parallel
    translation uses one of the term's forms or keeps the Danish word in parentheses.

    Limited to these short texts that define or sum up: the lessons' running text, reflections and
    quizzes paraphrase ("Програми 1 і 2" once Danskuddannelse 1-3 has been introduced, a pronoun,
    "щоб вона перекладала" for "som tolk"), so a check there would flag good translations.
    """
    missing = []
    for where, value in defining_texts(content):
        if language not in value:
            continue
        text = normalized(value[language], language).casefold()
        glosses = PARENTHESES.findall(value[language])
        for key, term in TERMS.items():
            danish = value["da"]
            if key in OTHER_MEANINGS:
                danish = OTHER_MEANINGS[key].sub(" ", danish)
            if not danish_word(term).search(danish):
                continue
            forms = [normalized(form, language).casefold() for form in term[f"{language}_forms"]]
            if not any(form in text for form in forms) and not any(
                danish_word(term).search(g) for g in glosses
            ):
                missing.append(f"{key} ({term[language]}) in {where}: {value[language]!r}")

    assert missing == [], f"{len(missing)} texts without the term:\n" + "\n".join(missing)


def test_every_term_has_its_renderings_and_forms_and_no_variant_is_also_a_form():
    """English forms leave out "the" (the Folketing: "Folketing"), so they match with or without it."""
    fields = {
        "da",
        *TRANSLATIONS,
        *(f"{code}_{kind}" for code in TRANSLATIONS for kind in ("forms", "variants")),
    }
    problems = []
    for key, term in TERMS.items():
        if set(term) != fields:
            problems.append(f"{key}: fields differ from the others: {sorted(set(term) ^ fields)}")
            continue
        if not all(isinstance(term[code], str) and term[code] for code in ("da", *TRANSLATIONS)):
            problems.append(f"{key}: a language has no preferred term")
        for code in TRANSLATIONS:
            forms = term[f"{code}_forms"]
            if term[code].removeprefix("the ") not in forms:
                problems.append(f"{key}: {code} forms {forms} lack the preferred {term[code]!r}")
            as_forms = {normalized(form, code).casefold() for form in forms}
            problems += [
                f"{key}: {code} variant {variant!r} is also a form"
                for variant in term[f"{code}_variants"]
                if normalized(variant, code).casefold() in as_forms
            ]

    assert problems == []
