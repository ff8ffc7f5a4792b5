"""The statements the platform makes about a learner (DESIGN.md: the xAPI vocabulary).

Each builder returns a statement as JSON, ready for `lrs.services.record_statements`; the LRS sets
id, stored, authority and version. A lesson's statements carry its module as `parent` and the
course as `grouping`; an activity inside a lesson has the lesson as `parent`.
"""

import uuid

from django.utils import timezone

from progress import activities, durations

ADL = "http://adlnet.gov/expapi/verbs/"
VERBS = {
    "experienced": ADL + "experienced",
    "answered": ADL + "answered",
    "passed": ADL + "passed",
    "failed": ADL + "failed",
    "completed": ADL + "completed",
    "attended": ADL + "attended",
    "satisfied": "https://w3id.org/xapi/adl/verbs/satisfied",
    "voided": ADL + "voided",
}
PLATFORM = "Samfund"


def verb(name):
    return {"id": VERBS[name], "display": {"en-US": name}}


def activity(activity_id, kind, name=None, language=None):
    definition = {"type": activities.TYPES[kind]}
    if name and language:
        definition["name"] = {language: name}
    return {"objectType": "Activity", "id": activity_id, "definition": definition}


def statement(learner, verb_name, target, *, context, result=None):
    made = {
        "id": str(uuid.uuid4()),
        "actor": learner.xapi_actor(),
        "verb": verb(verb_name),
        "object": target,
        "context": {"platform": PLATFORM, **context},
        "timestamp": timezone.now().isoformat(timespec="milliseconds"),
    }
    if result is not None:
        made["result"] = result
    return made


def lesson_context(lesson, language):
    """Context for a statement about the lesson itself: its module and course."""
    return {
        "language": language,
        "contextActivities": {
            "parent": [{"id": activities.module_id(lesson.module_key)}],
            "grouping": [{"id": activities.course_id(lesson.course_key)}],
        },
    }


def inside_lesson_context(lesson, language, parent=None):
    """Context for an activity in a lesson: the lesson (or `parent`) above it, module and course."""
    return {
        "language": language,
        "contextActivities": {
            "parent": [{"id": parent or activities.lesson_id(lesson.key)}],
            "grouping": [
                {"id": activities.lesson_id(lesson.key)},
                {"id": activities.module_id(lesson.module_key)},
                {"id": activities.course_id(lesson.course_key)},
            ]
            if parent
            else [
                {"id": activities.module_id(lesson.module_key)},
                {"id": activities.course_id(lesson.course_key)},
            ],
        },
    }


def time_on_lesson(learner, lesson, title, language, seconds):
    target = activity(activities.lesson_id(lesson.key), "lesson", title, language)
    return statement(
        learner,
        "experienced",
        target,
        context=lesson_context(lesson, language),
        result={"duration": durations.iso(seconds)},
    )


def lesson_completed(learner, lesson, title, language):
    target = activity(activities.lesson_id(lesson.key), "lesson", title, language)
    return statement(
        learner, "completed", target, context=lesson_context(lesson, language), result={"completion": True}
    )


def question_answered(learner, lesson, block_id, number, question, language, *, response, success):
    quiz = activities.quiz_id(lesson.key, block_id)
    target = activity(activities.question_id(lesson.key, block_id, number), "interaction", question, language)
    target["definition"]["interactionType"] = "choice"
    return statement(
        learner,
        "answered",
        target,
        context=inside_lesson_context(lesson, language, parent=quiz),
        result={"success": success, "response": response, "completion": True},
    )


def quiz_finished(learner, lesson, block_id, title, language, *, correct, total, passed):
    target = activity(activities.quiz_id(lesson.key, block_id), "assessment", title, language)
    return statement(
        learner,
        "passed" if passed else "failed",
        target,
        context=inside_lesson_context(lesson, language),
        result={
            "score": {"raw": correct, "min": 0, "max": total, "scaled": round(correct / total, 4)},
            "success": passed,
            "completion": True,
        },
    )


def course_satisfied(learner, course_key, language="da"):
    target = activity(activities.course_id(course_key), "course")
    return statement(learner, "satisfied", target, context={"language": language})


def attended(learner, session, course_key, teacher, language):
    """A learner took part in a classroom session: its duration counts towards the course."""
    target = activity(activities.meeting_id(session.uuid), "meeting", session.topic or None, language)
    context = {
        "language": language,
        "contextActivities": {"grouping": [{"id": activities.course_id(course_key)}]},
    }
    if session.module_key:
        context["contextActivities"]["parent"] = [{"id": activities.module_id(session.module_key)}]
    if teacher is not None:
        context["instructor"] = teacher.xapi_actor()
    made = statement(
        learner, "attended", target, context=context, result={"duration": durations.iso(session.minutes * 60)}
    )
    made["timestamp"] = f"{session.date.isoformat()}T12:00:00Z"
    return made


def voiding(person, statement_id):
    """`person` (a teacher correcting a session) takes a statement back (xAPI-Data 2.3.2)."""
    return {
        "id": str(uuid.uuid4()),
        "actor": person.xapi_actor(),
        "verb": verb("voided"),
        "object": {"objectType": "StatementRef", "id": str(statement_id)},
        "timestamp": timezone.now().isoformat(timespec="milliseconds"),
    }
