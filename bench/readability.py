"""The LIX of every Danish demo lesson (lessons.readability), from the content files, run by hand.

    DEBUG=true .venv/bin/python bench/readability.py

Counts what the lesson editor's readability panel counts: the running text of the lesson's text
blocks (lessons.readability.page_units). Prints each lesson's LIX and words a sentence, each
module's, and the course's, against the target.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")


def lesson_units(lesson):
    from demo.pages import rich_text
    from lessons.readability import html_units

    units = []
    for block in lesson["body"]:
        if block["type"] == "text":
            units += html_units(rich_text(block["text"]["da"]))
    return units


def main():
    import django

    django.setup()
    from django.conf import settings

    from demo.content import schema
    from lessons.readability import NOTHING, measure

    course = NOTHING
    rows = []
    for module in schema.load_all()["modules"]:
        total = NOTHING
        for lesson in module["lessons"]:
            found = measure(lesson_units(lesson))
            total += found
            rows.append(
                f"  {lesson['slug']:<44} LIX {found.lix:>3}  {found.words_per_sentence:>5} words/sentence"
            )
        course += total
        rows.insert(len(rows) - len(module["lessons"]), f"{module['slug']:<46} LIX {total.lix:>3}")
    print("\n".join(rows))
    on_target = course.lix <= settings.READABILITY_TARGET_LIX
    print(
        f"course: LIX {course.lix} ({course.words_per_sentence} words a sentence, {course.words} words); "
        f"target {settings.READABILITY_TARGET_LIX}: {'met' if on_target else 'not met'}"
    )


if __name__ == "__main__":
    main()
