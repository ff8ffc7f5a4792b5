"""The endpoint a learner's lesson reports to: time, quizzes, "finished"."""

import pytest
from django.test import Client

from lrs.models import Statement
from progress import structure
from progress.models import CourseProgress, LessonProgress, ModuleProgress
from tests.learning import spend, track

EXPERIENCED = "http://adlnet.gov/expapi/verbs/experienced"
ANSWERED = "http://adlnet.gov/expapi/verbs/answered"
PASSED = "http://adlnet.gov/expapi/verbs/passed"
FAILED = "http://adlnet.gov/expapi/verbs/failed"
COMPLETED = "http://adlnet.gov/expapi/verbs/completed"


def quiz_of(lesson):
    return next(block for block in lesson.body if block.block_type == "quiz")


def right_answers(quiz):
    return {
        str(number): [i for i, choice in enumerate(question["choices"]) if choice["correct"]]
        for number, question in enumerate(quiz.value["questions"])
    }


def wrong_answers(quiz):
    return {
        str(number): [next(i for i, choice in enumerate(question["choices"]) if not choice["correct"])]
        for number, question in enumerate(quiz.value["questions"])
    }


@pytest.fixture
def learner_client(client, learner):
    client.force_login(learner)
    return client


def test_it_records_time_as_an_experienced_statement_with_a_duration(learner_client, learner, plain_lesson):
    response = track(learner_client, plain_lesson, {"type": "time", "seconds": 60})

    assert response.status_code == 200
    assert response.json()["lesson"]["credited_minutes"] == 1
    statement = Statement.objects.get(verb_id=EXPERIENCED).data
    assert statement["actor"] == learner.xapi_actor()
    assert statement["object"]["id"].endswith(f"/lesson/{plain_lesson.translation_key}")
    assert statement["result"]["duration"] == "PT1M"
    context = statement["context"]["contextActivities"]
    assert context["parent"][0]["id"].endswith(f"/module/{plain_lesson.get_parent().translation_key}")
    assert "/course/" in context["grouping"][0]["id"]
    progress = LessonProgress.objects.get(learner=learner, lesson_key=plain_lesson.translation_key)
    assert (progress.seconds, progress.credited_seconds) == (60, 60)


def test_it_credits_time_only_up_to_the_lessons_cap(learner_client, learner, plain_lesson):
    lesson = structure.current().lessons[str(plain_lesson.translation_key)]
    cap = structure.current().credit_cap_seconds(lesson)
    reports = cap // 300 + 2
    for _ in range(reports):
        assert track(learner_client, plain_lesson, {"type": "time", "seconds": 300}).status_code == 200

    progress = LessonProgress.objects.get(learner=learner, lesson_key=plain_lesson.translation_key)
    assert progress.seconds == reports * 300
    assert progress.credited_seconds == cap
    assert CourseProgress.objects.get(learner=learner).elearning_seconds == cap


def test_time_in_arabic_and_in_danish_counts_towards_one_lesson(learner_client, learner, quiz_lesson):
    track(learner_client, quiz_lesson, {"type": "time", "seconds": 60}, language="ar")
    track(learner_client, quiz_lesson, {"type": "time", "seconds": 30}, language="da")

    progress = LessonProgress.objects.get(learner=learner, lesson_key=quiz_lesson.translation_key)
    assert progress.seconds == 90
    languages = {statement.data["context"]["language"] for statement in Statement.objects.all()}
    assert languages == {"ar", "da"}


@pytest.mark.parametrize("seconds", [0, -5, 301, "60", 1.5, None])
def test_it_refuses_a_time_report_that_is_not_a_whole_number_of_seconds_up_to_five_minutes(
    learner_client, plain_lesson, seconds
):
    response = track(learner_client, plain_lesson, {"type": "time", "seconds": seconds}, language="en")

    assert response.status_code == 400
    assert response.json()["error"]
    assert not Statement.objects.exists()


def test_it_refuses_what_is_not_an_event_in_the_learners_language(learner_client, plain_lesson):
    for body in ({"type": "dance"}, {"seconds": 60}, [], "x"):
        response = track(learner_client, plain_lesson, body, "en")
        assert response.status_code == 400
        assert "Reload the page" in response.json()["error"]
    response = learner_client.post(
        f"/en/my-course/lessons/{plain_lesson.translation_key}/events",
        "{not json",
        content_type="application/json",
    )
    assert response.status_code == 400
    assert not Statement.objects.exists()


def test_it_scores_a_quiz_records_each_answer_and_the_result_and_completes_the_lesson(
    learner_client, learner, quiz_lesson
):
    quiz = quiz_of(quiz_lesson)
    questions = len(quiz.value["questions"])

    response = track(
        learner_client, quiz_lesson, {"type": "quiz", "block": quiz.id, "answers": right_answers(quiz)}
    )

    assert response.status_code == 200
    body = response.json()
    assert body["quiz"]["correct"] == questions and body["quiz"]["passed"] is True
    assert all(item["correct"] for item in body["quiz"]["questions"])
    assert Statement.objects.filter(verb_id=ANSWERED).count() == questions
    result = Statement.objects.get(verb_id=PASSED).data
    assert result["result"]["score"] == {"raw": questions, "min": 0, "max": questions, "scaled": 1.0}
    assert result["object"]["id"].endswith(f"/quiz/{quiz.id}")
    progress = LessonProgress.objects.get(learner=learner, lesson_key=quiz_lesson.translation_key)
    assert progress.best_score == 1.0
    # The demo lesson's only required activity is this quiz: answering it completes the lesson.
    assert [block.block_type for block in quiz_lesson.body].count("quiz") == 1
    assert body["lesson"]["completed"] is True
    assert progress.completed_at is not None
    assert Statement.objects.filter(verb_id=COMPLETED).count() == 1


def test_a_quiz_answered_wrongly_is_failed_with_feedback_and_the_best_score_is_kept(
    learner_client, learner, quiz_lesson
):
    quiz = quiz_of(quiz_lesson)
    track(learner_client, quiz_lesson, {"type": "quiz", "block": quiz.id, "answers": right_answers(quiz)})

    response = track(
        learner_client, quiz_lesson, {"type": "quiz", "block": quiz.id, "answers": wrong_answers(quiz)}
    )

    assert response.status_code == 200
    assert response.json()["quiz"]["passed"] is False
    assert response.json()["quiz"]["questions"][0]["answers"] == right_answers(quiz)["0"]
    assert Statement.objects.filter(verb_id=FAILED).exists()
    progress = LessonProgress.objects.get(learner=learner, lesson_key=quiz_lesson.translation_key)
    assert progress.best_score == 1.0


def test_it_refuses_a_quiz_with_an_unanswered_question_and_records_nothing(learner_client, quiz_lesson):
    quiz = quiz_of(quiz_lesson)
    answers = right_answers(quiz)
    answers.pop("0")

    response = track(
        learner_client, quiz_lesson, {"type": "quiz", "block": quiz.id, "answers": answers}, "en"
    )

    assert response.status_code == 400
    assert response.json()["error"] == "Answer every question before you check your answers."
    assert not Statement.objects.exists()


def test_it_refuses_an_answer_outside_the_choices(learner_client, quiz_lesson):
    quiz = quiz_of(quiz_lesson)
    answers = right_answers(quiz)
    answers["0"] = [99]

    response = track(learner_client, quiz_lesson, {"type": "quiz", "block": quiz.id, "answers": answers})

    assert response.status_code == 400
    assert not Statement.objects.exists()


def test_it_refuses_a_quiz_that_is_not_in_the_lesson(learner_client, quiz_lesson):
    response = track(
        learner_client, quiz_lesson, {"type": "quiz", "block": "nope", "answers": {"0": [0]}}, "en"
    )

    assert response.status_code == 400
    assert "Reload the page" in response.json()["error"]


def test_finishing_is_refused_while_the_lessons_activities_are_left(learner_client, learner, quiz_lesson):
    response = track(learner_client, quiz_lesson, {"type": "finish"}, "en")

    assert response.status_code == 400
    assert response.json()["error"] == "Finish the activities in the lesson first."
    assert not Statement.objects.filter(verb_id=COMPLETED).exists()


def test_finishing_a_lesson_without_activities_completes_it_once(learner_client, learner, plain_lesson):
    plan = structure.current()
    needed = plan.finish_time_seconds(plan.lessons[str(plain_lesson.translation_key)])
    spend(learner, plan.lessons[str(plain_lesson.translation_key)], plain_lesson.title, needed)
    assert track(learner_client, plain_lesson, {"type": "finish"}).status_code == 200
    assert track(learner_client, plain_lesson, {"type": "finish"}).status_code == 200

    assert Statement.objects.filter(verb_id=COMPLETED).count() == 1
    progress = LessonProgress.objects.get(learner=learner, lesson_key=plain_lesson.translation_key)
    assert progress.completed_at is not None
    module = ModuleProgress.objects.get(learner=learner, module_key=plain_lesson.get_parent().translation_key)
    assert module.lessons_completed == 1
    assert module.completed_at is None


def test_an_anonymous_visitor_is_refused_and_nothing_is_recorded(client, plain_lesson):
    response = track(client, plain_lesson, {"type": "time", "seconds": 60}, "en")

    assert response.status_code == 401
    assert "Log in again" in response.json()["error"]
    assert not Statement.objects.exists()


def test_a_teacher_is_refused(client, teacher, plain_lesson):
    client.force_login(teacher)

    response = track(client, plain_lesson, {"type": "time", "seconds": 60})

    assert response.status_code == 403
    assert not Statement.objects.exists()


def test_a_report_without_the_csrf_token_is_refused(learner, plain_lesson):
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)

    response = track(client, plain_lesson, {"type": "time", "seconds": 60})

    assert response.status_code == 403
    assert not Statement.objects.exists()


def test_an_unknown_lesson_is_not_found(learner_client):
    response = learner_client.post(
        "/da/my-course/lessons/00000000-0000-0000-0000-000000000000/events",
        {"type": "time", "seconds": 60},
        content_type="application/json",
    )

    assert response.status_code == 404
    assert response.json()["error"]


def test_only_post_is_allowed(learner_client, plain_lesson):
    response = learner_client.get(f"/da/my-course/lessons/{plain_lesson.translation_key}/events")

    assert response.status_code == 405
