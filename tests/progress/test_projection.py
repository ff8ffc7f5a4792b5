"""Projections follow the LRS: statements from any client, voiding, rebuilding, the requirement."""

import base64
import io
import uuid

from django.core.management import call_command

from courses.models import CoursePage, ModulePage
from lrs.auth import create_credential
from lrs.models import Statement
from lrs.services import record_platform_statements
from progress import activities, structure
from progress.models import CourseProgress, LessonProgress, ModuleProgress
from tests.learning import track
from tests.progress.test_tracking import quiz_of, right_answers

SATISFIED = "https://w3id.org/xapi/adl/verbs/satisfied"


def basic(key, secret):
    return "Basic " + base64.b64encode(f"{key}:{secret}".encode()).decode()


def about_lesson(learner, lesson, verb="experienced", duration="PT10M"):
    return {
        "id": str(uuid.uuid4()),
        "actor": learner.xapi_actor(),
        "verb": {"id": f"http://adlnet.gov/expapi/verbs/{verb}"},
        "object": {"id": activities.lesson_id(lesson.translation_key)},
        "result": {"duration": duration},
    }


def snapshot():
    return (
        sorted(
            LessonProgress.objects.values_list(
                "learner",
                "lesson_key",
                "seconds",
                "credited_seconds",
                "activities_done",
                "best_score",
                "completed_at",
                "last_activity_at",
            )
        ),
        sorted(
            ModuleProgress.objects.values_list(
                "learner", "module_key", "lessons_completed", "lessons_total", "completed_at"
            )
        ),
        sorted(
            CourseProgress.objects.values_list(
                "learner",
                "course_key",
                "elearning_seconds",
                "classroom_seconds",
                "mandatory_modules_done",
                "mandatory_modules_total",
                "satisfied_at",
                "last_activity_at",
                "last_lesson_key",
            )
        ),
    )


def post_as(client, key, secret, statements):
    return client.post(
        "/xapi/statements",
        statements,
        content_type="application/json",
        headers={"Authorization": basic(key, secret), "X-Experience-API-Version": "1.0.3"},
    )


def test_statements_from_a_trusted_xapi_tool_about_a_lesson_count(client, learner, plain_lesson):
    credential, secret = create_credential("tool", key="tool", secret="tool-secret", all_organisations=True)
    credential.trusted = True
    credential.save()

    response = post_as(client, "tool", secret, [about_lesson(learner, plain_lesson)])

    assert response.status_code == 200
    progress = LessonProgress.objects.get(learner=learner, lesson_key=plain_lesson.translation_key)
    assert progress.seconds == 600
    assert CourseProgress.objects.get(learner=learner).elearning_seconds == 600


def test_statements_from_an_untrusted_xapi_tool_are_stored_but_credit_nothing(client, learner, plain_lesson):
    _credential, secret = create_credential("tool", key="tool", secret="tool-secret", all_organisations=True)

    response = post_as(client, "tool", secret, [about_lesson(learner, plain_lesson)])

    assert response.status_code == 200
    assert Statement.objects.count() == 1
    assert not LessonProgress.objects.exists()
    assert not CourseProgress.objects.exists()


def test_trusting_a_credential_later_counts_its_statements_after_a_rebuild(client, learner, plain_lesson):
    credential, secret = create_credential("tool", key="tool", secret="tool-secret", all_organisations=True)
    post_as(client, "tool", secret, [about_lesson(learner, plain_lesson)])
    credential.trusted = True
    credential.save()

    call_command("rebuild_progress", stdout=io.StringIO())

    assert CourseProgress.objects.get(learner=learner).elearning_seconds == 600


def test_statements_about_someone_else_or_other_activities_change_nothing(learner, plain_lesson):
    stranger = about_lesson(learner, plain_lesson)
    stranger["actor"] = {"mbox": "mailto:someone@example.com"}
    elsewhere = about_lesson(learner, plain_lesson)
    elsewhere["object"] = {"id": "https://example.com/lesson/1"}

    record_platform_statements([stranger, elsewhere])

    assert not LessonProgress.objects.exists()
    assert not CourseProgress.objects.exists()


def test_voiding_a_statement_takes_its_time_and_completion_back(learner, plain_lesson):
    time, done = about_lesson(learner, plain_lesson), about_lesson(learner, plain_lesson, "completed", "PT1M")
    record_platform_statements([time, done])
    assert LessonProgress.objects.get(learner=learner).completed_at is not None

    void = {
        "actor": learner.xapi_actor(),
        "verb": {"id": "http://adlnet.gov/expapi/verbs/voided"},
        "object": {"objectType": "StatementRef", "id": done["id"]},
    }
    record_platform_statements([void])

    progress = LessonProgress.objects.get(learner=learner)
    assert progress.completed_at is None
    assert progress.seconds == 600
    record_platform_statements([{**void, "object": {"objectType": "StatementRef", "id": time["id"]}}])
    assert not LessonProgress.objects.exists()
    assert not CourseProgress.objects.exists()


def test_rebuild_progress_makes_identical_projections_from_the_statements(
    client, learner, other_learner, quiz_lesson, plain_lesson
):
    client.force_login(learner)
    track(client, plain_lesson, {"type": "time", "seconds": 120})
    track(client, plain_lesson, {"type": "finish"})
    quiz = quiz_of(quiz_lesson)
    track(client, quiz_lesson, {"type": "quiz", "block": quiz.id, "answers": right_answers(quiz)}, "ar")
    client.force_login(other_learner)
    track(client, quiz_lesson, {"type": "time", "seconds": 300})
    voided = about_lesson(other_learner, plain_lesson)
    record_platform_statements([voided])
    record_platform_statements(
        [
            {
                "actor": other_learner.xapi_actor(),
                "verb": {"id": "http://adlnet.gov/expapi/verbs/voided"},
                "object": {"objectType": "StatementRef", "id": voided["id"]},
            }
        ]
    )
    # Statements of a trusted and an untrusted client, mixed with the platform's.
    trusted, trusted_secret = create_credential(
        "attendance", key="attendance", secret="attendance-secret", all_organisations=True
    )
    trusted.trusted = True
    trusted.save()
    _untrusted, untrusted_secret = create_credential(
        "tool", key="tool", secret="tool-secret", all_organisations=True
    )
    post_as(client, "attendance", trusted_secret, [about_lesson(learner, quiz_lesson, duration="PT3M")])
    forged = about_lesson(other_learner, plain_lesson, "completed")
    post_as(client, "tool", untrusted_secret, [forged, about_lesson(learner, plain_lesson, duration="PT9H")])
    before = snapshot()
    assert len(before[0]) == 3

    output = io.StringIO()
    call_command("rebuild_progress", stdout=output)

    assert "Rebuilt the progress of 2 learners." in output.getvalue()
    assert snapshot() == before


def test_meeting_the_requirement_records_satisfied_once(client, learner, plain_lesson):
    CoursePage.objects.update(required_hours=1, time_credit_cap=10)
    ModulePage.objects.update(is_mandatory=False)
    structure.forget()
    client.force_login(learner)
    lesson = structure.current().lessons[str(plain_lesson.translation_key)]
    assert structure.current().credit_cap_seconds(lesson) >= 3600
    for _ in range(12):
        track(client, plain_lesson, {"type": "time", "seconds": 300})
    track(client, plain_lesson, {"type": "time", "seconds": 60})

    satisfied = Statement.objects.filter(verb_id=SATISFIED)
    assert satisfied.count() == 1
    assert satisfied.get().data["object"]["id"].startswith(activities.base() + "/course/")
    assert CourseProgress.objects.get(learner=learner).satisfied_at is not None


def test_classroom_hours_from_attended_statements_count_towards_the_course(learner):
    course = CoursePage.objects.live().first()
    attended = {
        "actor": learner.xapi_actor(),
        "verb": {"id": "http://adlnet.gov/expapi/verbs/attended"},
        "object": {"id": activities.meeting_id(uuid.uuid4())},
        "result": {"duration": "PT1H30M"},
        "context": {
            "contextActivities": {"grouping": [{"id": activities.course_id(course.translation_key)}]}
        },
    }

    record_platform_statements([attended])

    progress = CourseProgress.objects.get(learner=learner)
    assert progress.classroom_seconds == 5400
    assert progress.credited_seconds == 5400


def test_an_administrator_issues_a_trusted_credential_from_the_command_line(db):
    from lrs.models import Credential

    output = io.StringIO()
    call_command(
        "create_lrs_credentials",
        "Vejle fremmøde",
        "--key",
        "vejle",
        "--organisation",
        "Vejle",
        "--trusted",
        stdout=output,
    )

    assert Credential.objects.get(key="vejle").trusted
    assert "trusted for progress: yes" in output.getvalue()
