"""The test course: three of the demo's modules, built by the demo's own loader in seconds.

Three modules of three lessons with quizzes (the first two in all four languages, the third in
Danish and English only, as most of the demo), two role-model stories, the glossary and resources.
The whole demo takes the loader several times as long; its content is checked as data
(`tests/demo/test_content_schema.py`) and its loading by CI's smoke run.
"""

from demo.content import schema

MODULES = ("democracy-and-welfare", "work-and-jobcentre", "getting-help")


def small_course():
    content = schema.load_all()
    content["modules"] = [module for module in content["modules"] if module["slug"] in MODULES]
    content["stories"] = [
        {**story, "related_modules": [slug for slug in story["related_modules"] if slug in MODULES]}
        for story in content["stories"][:2]
    ]
    return content
