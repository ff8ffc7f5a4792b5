"""Attacks on the record, as a learner who wants the certificate without studying would try them.

Each was seen working before the integrity rule; each test goes through the real session and CSRF
path (or the platform's own endpoints) and checks what it earns now: nothing.
"""

import datetime
import io
import uuid

import pytest
import time_machine
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from wagtail.models import Locale

from courses.models import CoursePage
from lrs.auth import create_credential
from lrs.models import Statement
from lrs.services import record_platform_statements
from progress import activities, structure
from progress.models import CourseProgress, LessonProgress
from tests.learning import track
from tests.progress.test_projection import about_lesson, post_as
from tests.progress.test_tracking import quiz_of, right_answers, wrong_answers

SATISFIED = "https://w3id.org/xapi/adl/verbs/satisfied"
ATTENDED = "http://adlnet.gov/expapi/verbs/attended"
EXPERIENCED = "http://adlnet.gov/expapi/verbs/experienced"
COMPLETED = "http://adlnet.gov/expapi/verbs/completed"


@pytest.fixture
def session(learner, plain_lesson):
    """The learner's browser: logged in, CSRF enforced, with the token a lesson page gives it."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    client.get(plain_lesson.url)
    return client


def xapi_post(session, body):
    return session.post(
        "/xapi/statements",
        body,
        content_type="application/json",
        HTTP_X_EXPERIENCE_API_VERSION="1.0.3",
        HTTP_X_CSRFTOKEN=session.cookies["csrftoken"].value,
    )


def course_activity():
    return activities.course_id(CoursePage.objects.live().get(locale=Locale.get_default()).translation_key)


def satisfied_by(learner):
    return {"actor": learner.xapi_actor(), "verb": {"id": SATISFIED}, "object": {"id": course_activity()}}


def attended(actor, duration="PT25H"):
    return {
        "actor": actor,
        "verb": {"id": ATTENDED},
        "object": {"id": activities.meeting_id(uuid.uuid4())},
        "result": {"duration": duration},
        "context": {"contextActivities": {"grouping": [{"id": course_activity()}]}},
    }


def test_a_satisfied_statement_from_the_browser_earns_no_certificate(session, learner):
    satisfied = {
        "actor": learner.xapi_actor(),
        "verb": {"id": SATISFIED},
        "object": {"id": course_activity()},
    }

    response = xapi_post(session, satisfied)

    assert response.status_code == 403
    assert not Statement.objects.exists()
    assert not CourseProgress.objects.filter(learner=learner, satisfied_at__isnull=False).exists()
    certificate = session.get("/da/my-course/certificate.pdf")
    assert certificate.status_code == 404
    assert certificate["Content-Type"].startswith("text/html")


def test_attended_hours_from_the_browser_are_refused(session, learner):
    responses = [xapi_post(session, [attended(learner.xapi_actor()) for _ in range(3)]) for _ in range(30)]

    assert {response.status_code for response in responses} == {403}
    assert not Statement.objects.exists()
    assert not CourseProgress.objects.filter(learner=learner).exists()


def test_a_statement_naming_another_learner_as_its_object_credits_nobody(
    learner, other_learner, plain_lesson
):
    """Even from a trusted source, time counts for the statement's actor, not the agent it names."""
    about_other = about_lesson(learner, plain_lesson, duration="PT30H")
    about_other["actor"] = {"mbox": "mailto:someone@example.com"}
    about_other["object"] = other_learner.xapi_actor()

    record_platform_statements([about_other])

    assert not CourseProgress.objects.filter(learner=other_learner).exists()
    assert not LessonProgress.objects.filter(learner=other_learner).exists()


def test_a_learner_cannot_void_another_learners_statement(session, other_learner, plain_lesson):
    [target], _rows = record_platform_statements([about_lesson(other_learner, plain_lesson)])
    void = {
        "actor": other_learner.xapi_actor(),
        "verb": {"id": "http://adlnet.gov/expapi/verbs/voided"},
        "object": {"objectType": "StatementRef", "id": target},
    }

    response = xapi_post(session, void)

    assert response.status_code == 403
    assert not Statement.objects.get(id=target).voided
    assert LessonProgress.objects.get(learner=other_learner).seconds == 600


def test_forgeries_from_an_untrusted_client_do_not_survive_a_rebuild(client, learner, plain_lesson):
    """What any xAPI client sends is stored, and still credits nothing after `rebuild_progress`."""
    _credential, secret = create_credential(
        "a tool", key="tool", secret="tool-secret", all_organisations=True
    )
    satisfied = {
        "actor": learner.xapi_actor(),
        "verb": {"id": SATISFIED},
        "object": {"id": course_activity()},
    }
    completed = about_lesson(learner, plain_lesson, "completed")
    forged = [satisfied, completed, attended(learner.xapi_actor()), about_lesson(learner, plain_lesson)]

    assert post_as(client, "tool", secret, forged).status_code == 200
    call_command("rebuild_progress", stdout=io.StringIO())

    assert Statement.objects.count() == 4
    assert not CourseProgress.objects.filter(learner=learner).exists()
    assert not LessonProgress.objects.filter(learner=learner).exists()


def test_a_trusted_clients_satisfied_alone_does_not_complete_the_course(client, learner):
    credential, secret = create_credential(
        "attendance", key="attendance", secret="attendance-secret", all_organisations=True
    )
    credential.trusted = True
    credential.save()
    satisfied = {
        "actor": learner.xapi_actor(),
        "verb": {"id": SATISFIED},
        "object": {"id": course_activity()},
    }

    post_as(client, "attendance", secret, [satisfied, attended(learner.xapi_actor(), "PT2H")])

    progress = CourseProgress.objects.get(learner=learner)
    assert progress.classroom_seconds == 7200
    assert progress.satisfied_at is None


def test_an_absurd_duration_is_refused_and_breaks_nothing(client, learner, plain_lesson):
    """Attack: one `PT2147483600S` once made every later report for the lesson answer 500."""
    client.force_login(learner)

    refused = track(client, plain_lesson, {"type": "time", "seconds": 2147483600})
    credential, secret = create_credential(
        "attendance", key="attendance", secret="attendance-secret", all_organisations=True
    )
    credential.trusted = True
    credential.save()
    huge = about_lesson(learner, plain_lesson, duration="PT2147483600S")
    stored = post_as(
        client, "attendance", secret, [huge, about_lesson(learner, plain_lesson, duration="PT9999999H")]
    )
    later = track(client, plain_lesson, {"type": "time", "seconds": 60})

    assert refused.status_code == 400
    assert stored.status_code == 200
    assert later.status_code == 200
    progress = LessonProgress.objects.get(learner=learner)
    cap = structure.current().credit_cap_seconds(
        structure.current().lessons[str(plain_lesson.translation_key)]
    )
    assert progress.credited_seconds == cap
    assert progress.seconds == 2 * 24 * 3600 + 60


def test_a_burst_of_time_reports_credits_only_the_time_that_passed(client, learner, plain_lesson):
    """Attack: 30 reports in 6 seconds once credited 90 minutes."""
    client.force_login(learner)
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        client.get(plain_lesson.url)
        traveller.shift(datetime.timedelta(seconds=60))
        responses = []
        for _ in range(30):
            responses.append(track(client, plain_lesson, {"type": "time", "seconds": 180}, elapsed=False))
            traveller.shift(datetime.timedelta(seconds=0.2))

    assert {response.status_code for response in responses} == {200}
    credited = LessonProgress.objects.get(learner=learner).credited_seconds
    assert 60 <= credited <= 60 + 6 + 5


def test_two_open_tabs_do_not_count_twice(client, learner, plain_lesson, quiz_lesson):
    client.force_login(learner)
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        client.get(plain_lesson.url)
        client.get(quiz_lesson.url)
        for _ in range(10):
            traveller.shift(datetime.timedelta(seconds=60))
            track(client, plain_lesson, {"type": "time", "seconds": 60}, elapsed=False)
            track(client, quiz_lesson, {"type": "time", "seconds": 60}, elapsed=False)

    credited = CourseProgress.objects.get(learner=learner).elearning_seconds
    assert 600 <= credited <= 600 + 10 * 5


def test_time_before_the_page_was_opened_does_not_count(client, learner, plain_lesson):
    client.force_login(learner)
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        track(client, plain_lesson, {"type": "time", "seconds": 60}, elapsed=False)
        traveller.shift(datetime.timedelta(minutes=20))
        client.get(plain_lesson.url)
        traveller.shift(datetime.timedelta(seconds=20))
        response = track(client, plain_lesson, {"type": "time", "seconds": 300}, elapsed=False)

    assert response.status_code == 200
    assert response.json()["credited_seconds"] == 25
    assert LessonProgress.objects.get(learner=learner).credited_seconds == 25


def test_a_failed_quiz_does_not_complete_its_lesson_and_a_passed_retry_does(client, learner, quiz_lesson):
    """Attack: 0 of 4 once said "Lesson completed. Well done!"."""
    client.force_login(learner)
    quiz = quiz_of(quiz_lesson)

    failed = track(
        client, quiz_lesson, {"type": "quiz", "block": quiz.id, "answers": wrong_answers(quiz)}, "en"
    )

    assert failed.status_code == 200
    body = failed.json()
    assert body["quiz"]["passed"] is False
    assert body["lesson"]["completed"] is False
    assert "You need" in body["quiz"]["message"] and "try once more" in body["quiz"]["message"]
    assert not Statement.objects.filter(verb_id=COMPLETED).exists()
    assert LessonProgress.objects.get(learner=learner).completed_at is None

    passed = track(
        client, quiz_lesson, {"type": "quiz", "block": quiz.id, "answers": right_answers(quiz)}, "en"
    )

    assert passed.json()["quiz"]["passed"] is True
    assert "You passed the quiz." in passed.json()["quiz"]["message"]
    assert passed.json()["lesson"]["completed"] is True
    assert LessonProgress.objects.get(learner=learner).completed_at is not None


def test_the_pass_mark_is_a_setting_of_the_course(client, learner, quiz_lesson):
    CoursePage.objects.update(pass_mark_percent=1)
    structure.forget()
    client.force_login(learner)
    quiz = quiz_of(quiz_lesson)
    answers = wrong_answers(quiz)
    answers["0"] = right_answers(quiz)["0"]

    response = track(client, quiz_lesson, {"type": "quiz", "block": quiz.id, "answers": answers}, "en")

    assert response.json()["quiz"]["passed"] is True
    assert response.json()["quiz"]["needed"] == 1


def test_finishing_a_lesson_at_once_is_refused_with_the_time_still_needed(client, learner, plain_lesson):
    client.force_login(learner)

    response = track(client, plain_lesson, {"type": "finish"}, "en")

    assert response.status_code == 400
    assert "more minutes on this lesson before you finish it" in response.json()["error"]
    assert not Statement.objects.filter(verb_id=COMPLETED).exists()


def test_every_mandatory_lesson_cannot_be_completed_in_minutes(client, learner):
    """Attack: all 27 mandatory lessons were "completed" in about 3 minutes."""
    client.force_login(learner)
    plan = structure.current()
    completed = 0
    for key in plan.lessons:
        response = track(client, type("Page", (), {"translation_key": key}), {"type": "finish"})
        completed += response.status_code == 200 and response.json()["lesson"]["completed"]

    assert completed == 0
    assert not Statement.objects.filter(verb_id=COMPLETED).exists()
