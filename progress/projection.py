"""Keeping the projections in step with the statements.

Whenever statements are stored (or voided), the lessons and courses they are about are worked out
again for the learners they concern, from all of those learners' statements about them. Doing it
from the statements each time, rather than adding to a running total, makes voiding and rebuilding
the same operation as recording: `rebuild_progress` gives identical results by construction.

Who may say what (DESIGN.md, rule 3). Only evidence counts: statements the platform made itself
(time reports, quiz scoring, the H5P relay, classroom sessions, the requirement check) and those of
LRS credentials an administrator marked as trusted (`lrs.records`). A statement counts for the
learner who is its actor, never for an agent named as its object. `satisfied` counts only when the
platform recorded it and the requirement is met by the figures it is recorded from. Everything else
is stored, shown to teachers as "not counted", and credits nothing.
"""

import uuid
from collections import defaultdict
from datetime import datetime

from django.conf import settings
from django.contrib.auth import get_user_model

from lrs import records
from progress import activities, durations, structure
from progress.models import CourseProgress, LessonProgress, ModuleProgress

COMPLETED = "http://adlnet.gov/expapi/verbs/completed"
ATTENDED = "http://adlnet.gov/expapi/verbs/attended"
SATISFIED = "https://w3id.org/xapi/adl/verbs/satisfied"
COURSE_VERBS = [ATTENDED, SATISFIED]
PASSED = "http://adlnet.gov/expapi/verbs/passed"
FAILED = "http://adlnet.gov/expapi/verbs/failed"
# One statement's duration counts for at most a day: no report or session is longer, and the sums
# must stay within the columns (an absurd duration once made every later report fail).
MAX_STATEMENT_SECONDS = 24 * 3600
MAX_SECONDS = 2**31 - 1
# Verbs that finish an activity inside a lesson: a quiz only when passed, an H5P activity when
# completed or passed (without a result that says it failed).
FINISHING = {COMPLETED, PASSED}


def learner_pseudonym(actor):
    """The pseudonym of a platform learner's account actor, or None for anyone else."""
    account = (actor or {}).get("account") or {}
    if account.get("homePage", "").rstrip("/") != settings.XAPI_ACCOUNT_HOMEPAGE:
        return None
    try:
        return uuid.UUID(account.get("name", ""))
    except ValueError:
        return None


def concerned(statement):
    """(lesson keys, course keys) a statement counts towards: the lessons and courses it names
    exactly, as its object or in its context (an activity inside a lesson names the lesson as
    parent or grouping)."""
    ids = [statement["object"].get("id")]
    context = statement.get("context", {}).get("contextActivities", {})
    for kind in ("parent", "grouping", "category", "other"):
        entries = context.get(kind, [])
        ids.extend(entry.get("id") for entry in (entries if isinstance(entries, list) else [entries]))
    ours = [activity_id for activity_id in ids if activities.is_ours(activity_id)]
    lessons = {key for key in map(activities.lesson_key, ours) if key and activities.lesson_id(key) in ours}
    courses = {key for key in map(activities.course_key, ours) if key}
    return lessons, courses


def on_statements_stored(sender, statements, **kwargs):
    """The LRS hook: refresh what the stored statements (and any they void) are about."""
    # Only statements by learners (or voiding ones) can change a projection: the others need no
    # question about their source (a batch of another tool's statements costs no query here).
    candidates = [row for row in statements if row.is_voiding or learner_pseudonym(row.data.get("actor"))]
    statements = records.trusted_rows(candidates) if candidates else []
    data = [row.data for row in statements]
    voided = [row.object_statement_id for row in statements if row.is_voiding]
    if voided:
        data.extend(records.data_of(voided))
    affected = defaultdict(lambda: (set(), set()))
    for statement in data:
        pseudonym = learner_pseudonym(statement.get("actor"))
        if pseudonym is None:
            continue
        lessons, courses = concerned(statement)
        if lessons or courses:
            affected[pseudonym][0].update(lessons)
            affected[pseudonym][1].update(courses)
    if not affected:
        return
    # Late import: services records statements, and the LRS calls this module while recording.
    from progress.services import satisfy_met_requirements

    for learner in get_user_model().objects.filter(pseudonym__in=affected):
        lessons, courses = affected[learner.pseudonym]
        satisfy_met_requirements(learner, refresh(learner, lessons, courses))


def refresh(learner, lesson_keys, course_keys=()):
    """Work out the given lessons again, then their modules and courses (and `course_keys`).

    Returns the keys of the courses worked out.
    """
    plan = structure.current()
    lessons = [plan.lessons[key] for key in lesson_keys if key in plan.lessons]
    for lesson in lessons:
        save_lesson(learner, lesson, plan, statements_about(learner, activities.lesson_id(lesson.key)))
    for module_key in {lesson.module_key for lesson in lessons}:
        refresh_module(learner, plan.modules[module_key])
    courses = [
        plan.courses[key]
        for key in {lesson.course_key for lesson in lessons} | set(course_keys)
        if key in plan.courses
    ]
    for course in courses:
        activity = activities.course_id(course.key)
        refresh_course(learner, course, plan, statements_about(learner, activity, verbs=COURSE_VERBS))
    return [course.key for course in courses]


def evidence_of(learner):
    """The learner's unvoided statements that count (see the module's docstring), oldest first."""
    found = records.statements_by(learner.xapi_actor(), evidence=True)
    return found.exclude(verb_id=SATISFIED, from_platform=False).order_by("stored", "seq")


def by_actor(learner, found):
    """Only the statements `learner` made: an agent named as the object is not their author."""
    for statement in found:
        if learner_pseudonym(statement.get("actor")) == learner.pseudonym:
            yield statement


def statements_about(learner, activity_id, verbs=None):
    """The learner's evidence that mentions `activity_id` (object or context)."""
    found = records.mentioning(evidence_of(learner), activity_id)
    if verbs:
        found = found.filter(verb_id__in=verbs)
    return by_actor(learner, found.values_list("data", flat=True))


def credited_duration(result):
    return min(durations.seconds(result.get("duration")), MAX_STATEMENT_SECONDS)


def save_lesson(learner, lesson, plan, found):
    """The lesson's progress from `found`, every unvoided statement of the learner naming it."""
    found = list(found)
    if not found:
        # As if never started (everything voided): what a rebuild, which starts empty, gives.
        LessonProgress.objects.filter(learner=learner, lesson_key=lesson.key).delete()
        return
    lesson_activity = activities.lesson_id(lesson.key)
    seconds, done, scores, completed, last = 0, set(), [], [], None
    for statement in found:
        object_id, verb = statement["object"].get("id"), statement["verb"]["id"]
        result = statement.get("result", {})
        when = datetime.fromisoformat(statement["timestamp"])
        last = max(last, when) if last else when
        if object_id == lesson_activity:
            seconds += credited_duration(result)
            if verb == COMPLETED:
                completed.append(when)
        elif object_id in lesson.required and finishes(verb, result):
            done.add(object_id)
        if isinstance(result.get("score", {}).get("scaled"), int | float):
            scores.append(result["score"]["scaled"])
    seconds = min(seconds, MAX_SECONDS)
    LessonProgress.objects.update_or_create(
        learner=learner,
        lesson_key=lesson.key,
        defaults={
            "seconds": seconds,
            "credited_seconds": min(seconds, plan.credit_cap_seconds(lesson)),
            "activities_done": sorted(done),
            "best_score": max(scores) if scores else None,
            "completed_at": min(completed) if completed else None,
            "last_activity_at": last,
        },
    )


def finishes(verb, result):
    """Whether a statement about a required activity finishes it: a quiz is passed; an H5P activity
    is completed or passed, or reports completion, and does not report failure."""
    if result.get("success") is False:
        return False
    return verb in FINISHING or result.get("completion") is True and verb != FAILED


def refresh_module(learner, module):
    lessons = LessonProgress.objects.filter(learner=learner, lesson_key__in=module.lesson_keys)
    if not lessons.exists():
        ModuleProgress.objects.filter(learner=learner, module_key=module.key).delete()
        return
    completed = list(
        LessonProgress.objects.filter(
            learner=learner, lesson_key__in=module.lesson_keys, completed_at__isnull=False
        ).values_list("completed_at", flat=True)
    )
    everything = bool(module.lesson_keys) and len(completed) == len(module.lesson_keys)
    ModuleProgress.objects.update_or_create(
        learner=learner,
        module_key=module.key,
        defaults={
            "lessons_completed": len(completed),
            "lessons_total": len(module.lesson_keys),
            "completed_at": max(completed) if everything else None,
        },
    )


def refresh_course(learner, course, plan, found):
    """The course's progress from its lessons' progress and `found`, the learner's unvoided
    `attended` and `satisfied` statements naming the course."""
    lesson_keys = [key for module_key in course.module_keys for key in plan.modules[module_key].lesson_keys]
    lessons = LessonProgress.objects.filter(learner=learner, lesson_key__in=lesson_keys)
    found = list(found)
    if not found and not lessons.exists():
        CourseProgress.objects.filter(learner=learner, course_key=course.key).delete()
        return
    mandatory = [key for key in course.module_keys if plan.modules[key].is_mandatory]
    modules_done = ModuleProgress.objects.filter(
        learner=learner, module_key__in=mandatory, completed_at__isnull=False
    ).count()
    latest = lessons.filter(last_activity_at__isnull=False).order_by("-last_activity_at").first()
    classroom, satisfied, last_meeting = _course_statements(course, found)
    last = max(filter(None, [latest.last_activity_at if latest else None, last_meeting]), default=None)
    values = {
        "elearning_seconds": min(sum(lessons.values_list("credited_seconds", flat=True)), MAX_SECONDS),
        "classroom_seconds": min(classroom, MAX_SECONDS),
        "mandatory_modules_done": modules_done,
        "mandatory_modules_total": len(mandatory),
        "satisfied_at": satisfied,
        "last_activity_at": last,
        "last_lesson_key": latest.lesson_key if latest else None,
    }
    if not requirement_met(CourseProgress(**values), course):
        # Met only by the figures it is recorded from: a `satisfied` alone earns nothing.
        values["satisfied_at"] = None
    CourseProgress.objects.update_or_create(learner=learner, course_key=course.key, defaults=values)


def _course_statements(course, found):
    """Classroom seconds, the first `satisfied` time and the last session, from course statements."""
    classroom, satisfied, last = 0, None, None
    course_activity = activities.course_id(course.key)
    for statement in found:
        verb = statement["verb"]["id"]
        when = datetime.fromisoformat(statement["timestamp"])
        if verb == ATTENDED:
            classroom += credited_duration(statement.get("result", {}))
            last = max(last, when) if last else when
        elif verb == SATISFIED and statement["object"].get("id") == course_activity and satisfied is None:
            satisfied = when
    return classroom, satisfied, last


def requirement_met(progress, course):
    return (
        progress.credited_seconds >= course.required_hours * 3600
        and progress.mandatory_modules_done >= progress.mandatory_modules_total
    )


def rebuild(learner):
    """All of one learner's progress again from their statements, read once."""
    plan = structure.current()
    by_lesson, by_course = defaultdict(list), defaultdict(list)
    found = evidence_of(learner).values_list("data", flat=True).iterator(chunk_size=2000)
    for statement in by_actor(learner, found):
        lessons, courses = concerned(statement)
        for key in lessons:
            by_lesson[key].append(statement)
        if statement["verb"]["id"] in COURSE_VERBS:
            for key in courses:
                by_course[key].append(statement)
    for key, statements in by_lesson.items():
        if key in plan.lessons:
            save_lesson(learner, plan.lessons[key], plan, statements)
    touched = {plan.lessons[key].module_key for key in by_lesson if key in plan.lessons}
    for module_key in touched:
        refresh_module(learner, plan.modules[module_key])
    courses = {plan.modules[key].course_key for key in touched} | set(by_course)
    for key in courses & set(plan.courses):
        refresh_course(learner, plan.courses[key], plan, by_course.get(key, []))
