"""xAPI activity ids for the platform's pages and the activities inside lessons.

Ids are built from Wagtail's `translation_key`, shared by a page and all its translations, so the
Arabic and the Danish version of a lesson are one activity (DESIGN.md, rule 1):
`<XAPI_ACTIVITY_BASE>/lesson/<translation_key>`, and inside it `/quiz/<block id>`,
`/quiz/<block id>/question/<n>` and `/h5p/<block id>` (block ids too are kept by translations).
"""

import re

from django.conf import settings

TYPES = {
    "course": "http://adlnet.gov/expapi/activities/course",
    "module": "http://adlnet.gov/expapi/activities/module",
    "lesson": "http://adlnet.gov/expapi/activities/lesson",
    "assessment": "http://adlnet.gov/expapi/activities/assessment",
    "interaction": "http://adlnet.gov/expapi/activities/cmi.interaction",
    "meeting": "http://adlnet.gov/expapi/activities/meeting",
}
_KEY = r"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"


def base():
    return settings.XAPI_ACTIVITY_BASE


def course_id(key):
    return f"{base()}/course/{key}"


def module_id(key):
    return f"{base()}/module/{key}"


def lesson_id(key):
    return f"{base()}/lesson/{key}"


def quiz_id(lesson_key, block_id):
    return f"{lesson_id(lesson_key)}/quiz/{block_id}"


def question_id(lesson_key, block_id, number):
    return f"{quiz_id(lesson_key, block_id)}/question/{number}"


def h5p_id(lesson_key, block_id):
    return f"{lesson_id(lesson_key)}/h5p/{block_id}"


def meeting_id(session_key):
    return f"{base()}/meeting/{session_key}"


def lesson_key(activity_id):
    """The translation key of the lesson an activity id is (or is inside of), or None."""
    match = re.match(re.escape(base()) + "/lesson/" + _KEY + r"(?:/|$)", activity_id or "")
    return match.group(1) if match else None


def course_key(activity_id):
    match = re.fullmatch(re.escape(base()) + "/course/" + _KEY, activity_id or "")
    return match.group(1) if match else None


def is_ours(activity_id):
    return isinstance(activity_id, str) and activity_id.startswith(base() + "/")
