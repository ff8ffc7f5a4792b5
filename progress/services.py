"""What a learner's lesson reports becomes statements; projections follow through the LRS hook.

Every function records through `lrs.services.record_statements`, so the learner's statements are
stored, projected and forwarded in one transaction, like statements from any other xAPI client.
"""

import math
import re
import uuid

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from lrs.errors import LRSError
from lrs.services import check_keepable, record_platform_statements
from progress import activities, clock, durations, projection, statements, structure
from progress.models import CourseProgress, LessonProgress

# A time report covers at most this long: the page reports every minute and when it is left.
MAX_TIME_REPORT_SECONDS = 300
# What H5P content may say about itself through the relay (H5P.XAPIEvent's verbs, less those that
# carry credit of their own: attended, satisfied, voided, registered, launched...).
H5P_VERBS = {
    "http://adlnet.gov/expapi/verbs/" + name
    for name in (
        "answered",
        "asked",
        "attempted",
        "completed",
        "experienced",
        "failed",
        "initialized",
        "interacted",
        "mastered",
        "passed",
        "progressed",
        "responded",
        "resumed",
        "scored",
        "suspended",
        "terminated",
    )
}
_SUB_CONTENT_ID = re.compile(r"[A-Za-z0-9-]{1,64}")
# The namespace of relayed statements' ids (uuid5 of the learner's pseudonym and the page's relay id).
RELAY_IDS = uuid.UUID("5a3c1f0e-8d1b-4c61-9a57-6d3e2b1f0c42")


class LearnerError(Exception):
    """Something the learner's page sent that cannot be recorded; the message is for them."""


def record(made):
    """Store statements the platform makes for a learner: evidence, under its own authority."""
    record_platform_statements(made)


@transaction.atomic
def record_time(learner, lesson, title, language, seconds):
    """Credit a time report, as far as the server's clock allows (`progress.clock`)."""
    if not isinstance(seconds, int) or not 1 <= seconds <= MAX_TIME_REPORT_SECONDS:
        raise LearnerError(_("The time report was not valid."))
    credited = clock.take(learner, seconds)
    if credited:
        record([statements.time_on_lesson(learner, lesson, title, language, credited)])
        complete_if_done(learner, lesson, title, language)
    return {"credited_seconds": credited}


@transaction.atomic
def answer_quiz(learner, lesson, page, block_id, answers, language):
    """Score the learner's answers to a quiz on `page`, record them, and return the feedback."""
    quiz = _block(page, block_id, "quiz")
    questions = quiz.value["questions"]
    feedback, made = [], []
    for number, question in enumerate(questions):
        chosen = answers.get(str(number))
        if not chosen or not all(isinstance(i, int) and 0 <= i < len(question["choices"]) for i in chosen):
            raise LearnerError(_("Answer every question before you check your answers."))
        right = [i for i, choice in enumerate(question["choices"]) if choice["correct"]]
        success = sorted(set(chosen)) == right
        feedback.append(
            {
                "question": number,
                "correct": success,
                "answers": right,
                "right_choices": [question["choices"][i]["text"] for i in right],
                "explanation": question.get("explanation") or "",
            }
        )
        response = "[,]".join(f"choice-{i}" for i in sorted(set(chosen)))
        made.append(
            statements.question_answered(
                learner,
                lesson,
                block_id,
                number,
                question["question"],
                language,
                response=response,
                success=success,
            )
        )
    correct = sum(item["correct"] for item in feedback)
    pass_mark = structure.current().courses[lesson.course_key].pass_mark_percent
    needed = math.ceil(pass_mark * len(questions) / 100)
    passed = correct >= needed
    made.append(
        statements.quiz_finished(
            learner,
            lesson,
            block_id,
            quiz.value["title"],
            language,
            correct=correct,
            total=len(questions),
            passed=passed,
        )
    )
    record(made)
    complete_if_done(learner, lesson, page.title, language)
    return {
        "correct": correct,
        "total": len(questions),
        "needed": needed,
        "passed": passed,
        "message": _quiz_message(correct, len(questions), needed, passed),
        "questions": feedback,
    }


def _quiz_message(correct, total, needed, passed):
    score = _("You answered %(correct)s of %(total)s questions correctly.") % {
        "correct": correct,
        "total": total,
    }
    if passed:
        return score + " " + _("You passed the quiz.")
    return (
        score
        + " "
        + ngettext(
            "You need %(needed)s right answer to pass. Read the lesson again and try once more.",
            "You need %(needed)s right answers to pass. Read the lesson again and try once more.",
            needed,
        )
        % {"needed": needed}
    )


@transaction.atomic
def relay_h5p(learner, lesson, page, block_id, sent, language, relay=None):
    """Record a statement an H5P activity made, as the learner's and about this lesson's block.

    `relay` is the page's id for this relay: a page resends a relay it has no answer for, and the
    statement's id, made from the learner and `relay`, makes the LRS store it once (the same
    statement again is no change; xAPI compares statements without their timestamps).
    """
    _block(page, block_id, "h5p")
    if not isinstance(sent, dict) or not isinstance(sent.get("verb"), dict):
        raise LearnerError(_("The activity sent something that is not a statement."))
    if sent["verb"].get("id") not in H5P_VERBS:
        raise LearnerError(_("The activity reported something an activity cannot report about itself."))
    cap = structure.current().credit_cap_seconds(lesson)
    try:
        check_keepable(sent)
        made = _rewritten(learner, lesson, block_id, sent, language, cap)
        if relay:
            made["id"] = str(uuid.uuid5(RELAY_IDS, f"{learner.pseudonym}/{relay.lower()}"))
        record([made])
    except LRSError as error:
        raise LearnerError(
            _("The activity sent a statement that could not be recorded: %(reason)s")
            % {"reason": error.message}
        ) from error
    complete_if_done(learner, lesson, page.title, language)


def _rewritten(learner, lesson, block_id, sent, language, cap_seconds):
    """The H5P statement with our actor, activity ids and context, and its duration capped.

    H5P names its content by the URL it was played from and its parts by `subContentId`; both
    become ids under the lesson's block, which stays the same in every language.
    """
    block_activity = activities.h5p_id(lesson.key, block_id)
    sent_object = sent.get("object") if isinstance(sent.get("object"), dict) else {}
    definition = sent_object.get("definition") if isinstance(sent_object.get("definition"), dict) else {}
    extensions = definition.get("extensions") if isinstance(definition.get("extensions"), dict) else {}
    sub_content = extensions.get("http://h5p.org/x-api/h5p-subContentId")
    if sub_content is not None and not _SUB_CONTENT_ID.fullmatch(str(sub_content)):
        raise LearnerError(_("The activity sent something that is not a statement."))
    target = {"objectType": "Activity", "id": block_activity, "definition": definition}
    if sub_content:
        target["id"] = f"{block_activity}?subContentId={sub_content}"
    made = statements.statement(
        learner,
        "answered",
        target,
        context=statements.inside_lesson_context(
            lesson, language, parent=block_activity if sub_content else None
        ),
    )
    made["verb"] = {"id": sent["verb"]["id"], "display": {"en-US": sent["verb"]["id"].rsplit("/", 1)[-1]}}
    sent_context = sent.get("context") if isinstance(sent.get("context"), dict) else {}
    category = (sent_context.get("contextActivities") or {}).get("category")
    # H5P names its library here; the platform's own activities are for the platform to name.
    category = [
        entry for entry in (category if isinstance(category, list) else [category]) if _foreign(entry)
    ]
    if category:
        made["context"]["contextActivities"]["category"] = category
    if isinstance(sent.get("result"), dict):
        made["result"] = dict(sent["result"])
        if "duration" in made["result"]:
            capped = min(durations.seconds(made["result"]["duration"]), cap_seconds)
            made["result"]["duration"] = durations.iso(capped)
    return made


def _foreign(entry):
    return isinstance(entry, dict) and not activities.is_ours(entry.get("id"))


@transaction.atomic
def finish_lesson(learner, lesson, title, language):
    """The learner says they have finished a lesson without required activities."""
    progress = LessonProgress.objects.filter(learner=learner, lesson_key=lesson.key).first()
    done = set(progress.activities_done) if progress else set()
    if lesson.required - done:
        raise LearnerError(_("Finish the activities in the lesson first."))
    missing = _time_missing(lesson, progress)
    if missing:
        minutes = math.ceil(missing / 60)
        raise LearnerError(
            ngettext(
                "Spend at least %(minutes)s more minute on this lesson before you finish it.",
                "Spend at least %(minutes)s more minutes on this lesson before you finish it.",
                minutes,
            )
            % {"minutes": minutes}
        )
    if progress is None or progress.completed_at is None:
        record([statements.lesson_completed(learner, lesson, title, language)])


def _time_missing(lesson, progress):
    """Seconds still to study before a lesson without a quiz counts as finished (a course setting)."""
    if lesson.has_quiz:
        return 0
    credited = progress.credited_seconds if progress else 0
    return max(0, structure.current().finish_time_seconds(lesson) - credited)


def complete_if_done(learner, lesson, title, language):
    """Record `completed` once every required activity is done (a quiz: passed) and, in a lesson
    without a quiz, the learner has studied the course's share of its estimated time."""
    if not lesson.required:
        return
    progress = LessonProgress.objects.filter(learner=learner, lesson_key=lesson.key).first()
    if progress is None or progress.completed_at is not None:
        return
    if lesson.required <= set(progress.activities_done) and not _time_missing(lesson, progress):
        record([statements.lesson_completed(learner, lesson, title, language)])


def satisfy_met_requirements(learner, course_keys):
    """Record cmi5 `satisfied` for each course whose requirement is met and not yet recorded."""
    plan = structure.current()
    for progress in CourseProgress.objects.filter(
        learner=learner, course_key__in=course_keys, satisfied_at=None
    ):
        course = plan.courses.get(str(progress.course_key))
        if course and projection.requirement_met(progress, course):
            record([statements.course_satisfied(learner, course.key, learner.preferred_language)])


def _block(page, block_id, block_type):
    """The lesson's block, in the page the learner reads or, where the translation lacks it, in the
    Danish lesson (whose activities the translation shows too: `LessonPage.activities_missing_here`)."""
    # The page's own blocks first: the Danish lesson is read only for an activity the page lacks.
    for blocks in (lambda: page.body, page.activities_missing_here):
        for block in blocks():
            if block.id == block_id and block.block_type == block_type:
                return block
    raise LearnerError(_("This activity is not in the lesson any more. Reload the page."))


def rebuild_progress():
    """Every projection made again from the statements alone; returns how many learners have any.

    One transaction: readers see the old projections until the new ones are complete.
    """
    from django.contrib.auth import get_user_model

    from progress.models import ModuleProgress

    with transaction.atomic():
        LessonProgress.objects.all().delete()
        ModuleProgress.objects.all().delete()
        CourseProgress.objects.all().delete()
        structure.forget()
        count = 0
        for learner in get_user_model().objects.order_by("pk").iterator():
            projection.rebuild(learner)
            count += CourseProgress.objects.filter(learner=learner).exists()
        return count
