"""The test course: three of the demo's modules, built by the demo's own loader in seconds.

Three modules of three lessons with quizzes: democracy and welfare in Danish, English, Arabic and
Ukrainian, getting help in all seven languages, and work and jobcentre with its lessons kept in
Danish and English only, as a module not translated yet; two role-model stories, the glossary and
resources, all in every language.
The whole demo takes the loader several times as long; its content is checked as data
(`tests/demo/test_content_schema.py`) and its loading by CI's smoke run.
"""

from demo.content import schema

MODULES = ("democracy-and-welfare", "work-and-jobcentre", "getting-help")


UNTRANSLATED = "work-and-jobcentre"


def small_course():
    content = schema.load_all()
    content["modules"] = [
        {**module, "lessons": only_base_languages(module["lessons"])}
        if module["slug"] == UNTRANSLATED
        else module
        for module in content["modules"]
        if module["slug"] in MODULES
    ]
    content["stories"] = [
        {**story, "related_modules": [slug for slug in story["related_modules"] if slug in MODULES]}
        for story in content["stories"][:2]
    ]
    return content


def only_base_languages(value):
    """Content data with its translated values in Danish and English only."""
    if isinstance(value, dict):
        if "da" in value and set(value) <= set(schema.ALL_LANGUAGES):
            return {code: text for code, text in value.items() if code in schema.BASE_LANGUAGES}
        return {key: only_base_languages(item) for key, item in value.items()}
    if isinstance(value, list):
        return [only_base_languages(item) for item in value]
    return value
