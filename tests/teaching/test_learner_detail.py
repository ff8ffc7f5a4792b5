"""The teacher's page about one learner: how the hours were made, quiz results, the timeline."""

import datetime
import uuid

import pytest
import time_machine
from django.utils import translation
from wagtail.models import Locale

from accounts.models import User
from lrs.services import record_platform_statements
from progress import activities, services, statements, structure
from teaching import services as teaching_services
from teaching.models import LearnerClass
from tests import learning as conftest
from tests.factories import UserFactory
from tests.progress.test_tracking import quiz_of, right_answers, wrong_answers

TODAY = datetime.datetime(2026, 6, 1, 12, tzinfo=datetime.UTC)


@pytest.fixture
def learner_class(site_a, teacher, learner):
    learner.first_name, learner.last_name = "Amal", "Haddad"
    learner.programme_start = datetime.date(2026, 3, 1)
    learner.save()
    learner_class = LearnerClass.objects.create(site=site_a, name="Dansk 2, hold B")
    learner_class.teachers.add(teacher)
    learner_class.learners.add(learner)
    return learner_class


def url(learner_class, learner, language="en", query=""):
    return f"/{language}/teach/classes/{learner_class.pk}/learners/{learner.pk}/{query}"


def plan_of(page):
    return structure.current().lessons[str(page.translation_key)]


def title_in(page, language):
    translated = page.get_translation_or_none(Locale.objects.get(language_code=language))
    return (translated or page).title


def record(*made):
    record_platform_statements(list(made))


def spend(learner, page, seconds):
    """Time on a lesson as the lesson page reports it: in reports of at most five minutes."""
    conftest.spend(learner, plan_of(page), page.title, seconds)


def session(teacher, learner_class, course, learner, *, minutes=90, topic="Valg", module=""):
    data = {
        "date": datetime.date(2026, 5, 28),
        "minutes": minutes,
        "module": module,
        "topic": topic,
        "attendees": [learner],
    }
    return teaching_services.record_classroom_session(
        teacher, learner_class, str(course.translation_key), data, "da"
    )


def from_a_tool(learner, verb, display, name, **extra):
    return {
        "id": str(uuid.uuid4()),
        "actor": learner.xapi_actor(),
        "verb": {"id": verb, "display": display},
        "object": {"id": "https://tool.example.com/activities/glossary", "definition": {"name": name}},
        **extra,
    }


@time_machine.travel(TODAY)
def test_it_shows_minutes_recorded_and_credited_per_lesson_and_the_classroom_sessions(
    client, teacher, learner, learner_class, course, plain_lesson
):
    cap = structure.current().credit_cap_seconds(plan_of(plain_lesson))
    spend(learner, plain_lesson, cap + 600)
    session(teacher, learner_class, course, learner, module=str(plain_lesson.get_parent().translation_key))
    client.force_login(teacher)

    response = client.get(url(learner_class, learner))

    assert response.status_code == 200
    [line] = response.context["lessons"]
    assert line.key == str(plain_lesson.translation_key)
    assert line.title == title_in(plain_lesson, "en")
    assert (line.recorded_minutes, line.credited_minutes) == (round((cap + 600) / 60), round(cap / 60))
    assert line.capped
    [attended] = response.context["sessions"]
    assert (attended.date, attended.minutes, attended.topic) == (datetime.date(2026, 5, 28), 90, "Valg")
    assert attended.module_title == title_in(plain_lesson.get_parent(), "en")
    hours = response.context["hours"]
    assert hours.elearning == pytest.approx(cap / 3600)
    assert hours.elearning_recorded == pytest.approx((cap + 600) / 3600)
    assert hours.classroom == pytest.approx(1.5)
    assert hours.total == pytest.approx(cap / 3600 + 1.5)
    body = response.content.decode()
    assert "How the hours were made" in body
    assert f"capped at {round(cap / 60)}" in body
    assert title_in(plain_lesson, "en") in body
    assert "Valg" in body
    assert 'role="img"' in body


@time_machine.travel(TODAY)
def test_quiz_results_count_every_attempt_and_keep_the_best_score(
    client, teacher, learner, learner_class, quiz_lesson
):
    quiz = quiz_of(quiz_lesson)
    lesson = plan_of(quiz_lesson)
    services.answer_quiz(learner, lesson, quiz_lesson, quiz.id, wrong_answers(quiz), "da")
    services.answer_quiz(learner, lesson, quiz_lesson, quiz.id, right_answers(quiz), "ar")
    client.force_login(teacher)

    response = client.get(url(learner_class, learner))

    [result] = response.context["quizzes"]
    assert result.is_quiz
    assert result.lesson_title == title_in(quiz_lesson, "en")
    # The last attempt was in Arabic; the teacher reads the quiz's title in English, like the lesson's.
    english = quiz_lesson.get_translation(Locale.objects.get(language_code="en")).specific
    [english_quiz] = [block for block in english.body if block.id == quiz.id]
    assert result.name == english_quiz.value["title"]
    assert (result.passed, result.best_score, result.last_score, result.attempts) == (True, 100, 100, 2)
    assert abs(result.last_at - TODAY) < datetime.timedelta(minutes=1)
    assert [line.best_score for line in response.context["lessons"]] == [100]
    assert "Quiz results" in response.content.decode()


@time_machine.travel(TODAY)
def test_the_timeline_tells_each_statement_as_a_sentence_in_english(
    client, teacher, learner, learner_class, course, quiz_lesson, plain_lesson
):
    course.finish_time_percent = 0
    course.save_revision().publish()
    structure.forget()
    spend(learner, plain_lesson, 720)
    services.finish_lesson(learner, plan_of(plain_lesson), plain_lesson.title, "da")
    quiz = quiz_of(quiz_lesson)
    services.answer_quiz(learner, plan_of(quiz_lesson), quiz_lesson, quiz.id, right_answers(quiz), "da")
    session(teacher, learner_class, course, learner)
    record(statements.course_satisfied(learner, str(course.translation_key)))
    client.force_login(teacher)

    response = client.get(url(learner_class, learner))

    sentences = [event.sentence for event in response.context["events"]]
    plain, with_quiz = title_in(plain_lesson, "en"), title_in(quiz_lesson, "en")
    assert sentences[0] == "Met the course requirement"
    assert sentences[1] == "Attended a classroom session of 90 minutes: Valg"
    assert f"Passed the quiz in «{with_quiz}» with 100 %" in sentences
    assert f"Answered question 1 of the quiz in «{with_quiz}»: correct" in sentences
    assert f"Completed «{plain}»" in sentences
    assert [sentence for sentence in sentences if sentence.startswith("Spent")] == [
        f"Spent 2 minutes on «{plain}»",
        f"Spent 5 minutes on «{plain}»",
        f"Spent 5 minutes on «{plain}»",
    ]
    assert f"Spent 5 minutes on «{plain}»" in response.content.decode()


@time_machine.travel(TODAY)
def test_the_timeline_is_in_the_teachers_language_with_danish_titles_in_danish(
    client, teacher, learner, learner_class, quiz_lesson
):
    quiz = quiz_of(quiz_lesson)
    services.answer_quiz(learner, plan_of(quiz_lesson), quiz_lesson, quiz.id, wrong_answers(quiz), "ar")
    record(
        from_a_tool(
            learner,
            "https://tool.example.com/verbs/bookmarked",
            {"en-US": "bookmarked", "da": "bogmærkede"},
            {"en-US": "Glossary", "da": "Ordliste"},
        )
    )
    client.force_login(teacher)

    response = client.get(url(learner_class, learner, "da"))

    sentences = [event.sentence for event in response.context["events"]]
    with translation.override("da"):
        failed = translation.gettext("Failed the quiz in «%(lesson)s» with %(percent)d %%") % {
            "lesson": quiz_lesson.title,
            "percent": 0,
        }
        wrong = translation.gettext(
            "Answered question %(number)s of the quiz in «%(lesson)s»: not correct"
        ) % {
            "number": 1,
            "lesson": quiz_lesson.title,
        }
    assert sentences[0] == "bogmærkede «Ordliste»"
    assert failed in sentences
    assert wrong in sentences
    english = [event.sentence for event in client.get(url(learner_class, learner)).context["events"]]
    assert english[0] == "bookmarked «Glossary»"
    assert f"Failed the quiz in «{title_in(quiz_lesson, 'en')}» with 0 %" in english


@time_machine.travel(TODAY)
def test_statements_from_other_tools_get_a_generic_sentence_whatever_they_hold(
    client, teacher, learner, learner_class
):
    record(
        from_a_tool(learner, "http://adlnet.gov/expapi/verbs/launched", {"fr": "a lancé"}, {"fr": "Jeu"}),
        {
            "id": str(uuid.uuid4()),
            "actor": learner.xapi_actor(),
            "verb": {"id": "http://id.tincanapi.com/verb/rated"},
            "object": {"id": "https://tool.example.com/x"},
            "result": {"score": {"raw": 3, "min": 0, "max": 4}},
        },
        {
            "id": str(uuid.uuid4()),
            "actor": learner.xapi_actor(),
            "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
            "object": {"id": activities.lesson_id(uuid.uuid4())},
            "result": {"duration": "PT30S"},
        },
    )
    client.force_login(teacher)

    response = client.get(url(learner_class, learner))

    assert response.status_code == 200
    sentences = [event.sentence for event in response.context["events"]]
    assert sentences == [
        "Spent 30 seconds on «a lesson»",
        "rated «https://tool.example.com/x»: 75 %",
        "a lancé «Jeu»",
    ]


LESSON = "0b6f5d0e-4a6e-4c8e-9a55-5a3f0c1d7e21"
MODULE = "1c6f5d0e-4a6e-4c8e-9a55-5a3f0c1d7e21"


@pytest.mark.parametrize(
    ("verb", "object_id", "result", "expected"),
    [
        (
            "answered",
            f"/lesson/{LESSON}/h5p/b1",
            {"success": True},
            "Answered in an interactive activity in «Valg»: correct",
        ),
        (
            "completed",
            f"/lesson/{LESSON}/h5p/b1",
            {"score": {"scaled": 0.5}},
            "Completed an interactive activity in «Valg»: 50 %",
        ),
        (
            "interacted",
            f"/lesson/{LESSON}/h5p/b1?subContentId=7",
            {},
            "interacted: an interactive activity in «Valg»",
        ),
        ("completed", f"/module/{MODULE}", {}, "Completed the module «Demokrati»"),
        ("experienced", f"/lesson/{LESSON}", {}, "Opened «Valg»"),
        ("experienced", f"/lesson/{LESSON}", {"duration": "not a duration"}, "Opened «Valg»"),
        ("passed", f"/lesson/{LESSON}/quiz/q1", {"score": {"raw": True}}, "Passed the quiz in «Valg»"),
        ("answered", f"/lesson/{LESSON}/quiz/q1/question/x", {}, "Answered question x of the quiz in «Valg»"),
        ("attended", "/meeting/1234", {}, "Attended a classroom session of 0 minutes"),
        ("satisfied", "/course/nonsense", {}, "satisfied «{base}/course/nonsense»"),
    ],
)
def test_every_kind_of_statement_reads_as_one_sentence(settings, verb, object_id, result, expected):
    from progress import timeline

    verb_id = statements.VERBS.get(verb, f"http://adlnet.gov/expapi/verbs/{verb}")
    data = {
        "verb": {"id": verb_id},
        "object": {"id": settings.XAPI_ACTIVITY_BASE + object_id},
        "result": result,
    }
    with translation.override("en"):
        sentence = timeline.describe(data, {LESSON: "Valg", MODULE: "Demokrati"})[1]
    assert sentence == expected.format(base=settings.XAPI_ACTIVITY_BASE)


@time_machine.travel(TODAY)
def test_the_timeline_is_paged_fifty_at_a_time_with_a_fixed_number_of_queries(
    client, teacher, learner, learner_class, plain_lesson, django_assert_num_queries
):
    lesson = plan_of(plain_lesson)
    record(*[statements.time_on_lesson(learner, lesson, plain_lesson.title, "da", 60) for _ in range(60)])
    client.force_login(teacher)
    client.get(url(learner_class, learner))

    # 19 for the page, 2 for the access log (the class's municipality, the record)
    with django_assert_num_queries(21) as first:
        response = client.get(url(learner_class, learner))
    assert len(response.context["events"]) == 50
    assert "Page 1 of 2" in response.content.decode()
    assert "?page=2#timeline" in response.content.decode()
    with django_assert_num_queries(len(first.captured_queries)):
        response = client.get(url(learner_class, learner, query="?page=2"))
    assert len(response.context["events"]) == 10
    assert client.get(url(learner_class, learner, query="?page=nonsense")).context["timeline"].number == 1
    assert client.get(url(learner_class, learner, query="?page=99999999999")).context["timeline"].number == 2
    assert client.get(url(learner_class, learner, query="?page=-1")).status_code == 200


@time_machine.travel(TODAY)
def test_a_voided_statement_and_its_voiding_are_not_in_the_timeline(
    client, teacher, learner, learner_class, plain_lesson
):
    lesson = plan_of(plain_lesson)
    kept = statements.time_on_lesson(learner, lesson, plain_lesson.title, "da", 120)
    voided = statements.time_on_lesson(learner, lesson, plain_lesson.title, "da", 240)
    record(kept, voided)
    record(
        {
            "actor": learner.xapi_actor(),
            "verb": {"id": "http://adlnet.gov/expapi/verbs/voided", "display": {"en-US": "voided"}},
            "object": {"objectType": "StatementRef", "id": voided["id"]},
        }
    )
    client.force_login(teacher)

    response = client.get(url(learner_class, learner))

    title = title_in(plain_lesson, "en")
    assert [event.sentence for event in response.context["events"]] == [f"Spent 2 minutes on «{title}»"]
    assert response.context["lessons"][0].recorded_minutes == 2


@time_machine.travel(TODAY)
def test_another_learners_statements_are_not_shown(
    client, teacher, learner, other_learner, learner_class, plain_lesson
):
    spend(other_learner, plain_lesson, 300)
    client.force_login(teacher)

    response = client.get(url(learner_class, learner))

    assert response.context["events"] == []
    assert response.context["lessons"] == []
    assert "Nothing recorded yet." in response.content.decode()


def test_a_coordinator_and_a_superuser_may_see_the_learner(
    client, coordinator, superuser, learner, learner_class
):
    for user in (coordinator, superuser):
        client.force_login(user)
        assert client.get(url(learner_class, learner)).status_code == 200


def test_an_anonymous_visitor_is_sent_to_the_login(client, learner, learner_class):
    response = client.get(url(learner_class, learner))

    assert response.status_code == 302
    assert response["Location"].startswith("/en/login/")


def test_a_learner_is_refused_even_their_own_page(client, learner, learner_class):
    client.force_login(learner)

    assert client.get(url(learner_class, learner)).status_code == 403


def test_a_teacher_of_another_site_gets_not_found(client, other_site_teacher, learner, learner_class):
    client.force_login(other_site_teacher)

    response = client.get(url(learner_class, learner))

    assert response.status_code == 404
    assert "Amal" not in response.content.decode()


def test_a_learner_of_another_class_cannot_be_reached_through_this_class(
    client, teacher, learner, learner_class, site_a
):
    stranger = UserFactory(role=User.Role.LEARNER, first_name="Stranger", sites=[site_a])
    LearnerClass.objects.create(site=site_a, name="Andet hold").learners.add(stranger)
    client.force_login(teacher)

    assert client.get(url(learner_class, stranger)).status_code == 404
    assert client.get(url(learner_class, teacher)).status_code == 404
    assert client.get(f"/en/teach/classes/{learner_class.pk}/learners/999999/").status_code == 404
    assert client.get(f"/en/teach/classes/999999/learners/{learner.pk}/").status_code == 404
    huge = "9" * 30
    assert client.get(f"/en/teach/classes/{learner_class.pk}/learners/{huge}/").status_code == 404
    assert client.get(f"/en/teach/classes/{huge}/learners/{learner.pk}/export.csv").status_code == 404


@time_machine.travel(TODAY)
def test_the_learner_page_marks_statements_that_were_not_counted_and_names_every_source(
    client, teacher, learner, learner_class, course, plain_lesson
):
    """A forgery attempt is seen by the teacher rather than silently ignored."""
    from lrs.auth import create_credential
    from tests.progress.test_forgery import attended
    from tests.progress.test_projection import about_lesson, post_as

    _credential, secret = create_credential(
        "Quiz-app", key="quiz-app", secret="quiz-secret", all_organisations=True
    )
    post_as(client, "quiz-app", secret, [attended(learner.xapi_actor()), about_lesson(learner, plain_lesson)])
    spend(learner, plain_lesson, 300)
    session(teacher, learner_class, course, learner)
    client.force_login(teacher)

    response = client.get(url(learner_class, learner))

    html = response.content.decode()
    assert response.context["not_counted"] == 2
    assert "2 statements from xAPI tools that are not trusted for progress were not counted" in html
    events = response.context["events"]
    assert {(event.source, event.counted) for event in events} == {
        ("Quiz-app", False),
        ("Samfund", True),
    }
    assert html.count("not counted</strong>") == 2
    [line] = response.context["sessions"]
    assert line.source == (teacher.get_full_name() or teacher.username)
    assert response.context["row"].classroom_seconds == 5400


def test_an_h5p_activity_is_one_line_with_its_own_score_and_its_questions_under_it(
    client, teacher, learner, learner_class, quiz_lesson
):
    """A question set relayed as H5P sends it: a statement per question (sub-content), then the
    set's own result. The teacher reads the set's title and score, and the questions beneath."""
    from tests.fixtures.h5p import ready_package
    from tests.progress.test_h5p_relay import h5p_statement

    package = ready_package(title="Hvem bestemmer hvad?")
    body = [dict(block) for block in quiz_lesson.body.raw_data if block["type"] != "quiz"]
    quiz_lesson.body = [
        *body,
        {"type": "h5p", "id": "set", "value": {"package": package.pk, "required": True}},
    ]
    quiz_lesson.save_revision().publish()
    lesson = plan_of(quiz_lesson)

    def part(sub_content, question, raw):
        return h5p_statement(
            object={
                "id": "http://127.0.0.1/h5p/x/content?subContentId=" + sub_content,
                "definition": {
                    "description": {"da": question},
                    "extensions": {"http://h5p.org/x-api/h5p-subContentId": sub_content},
                },
            },
            result={"score": {"min": 0, "max": 1, "raw": raw, "scaled": raw}},
        )

    whole = h5p_statement(
        result={"score": {"min": 0, "max": 3, "raw": 1, "scaled": 0.33}, "completion": True}
    )
    for sent in (
        part("q1", "<p>Hvem vælger Folketinget?</p>", 1),
        part("q2", "<p>Hvem styrer kommunen?</p>", 0),
    ):
        services.relay_h5p(learner, lesson, quiz_lesson, "set", sent, "da")
    services.relay_h5p(learner, lesson, quiz_lesson, "set", whole, "da")
    client.force_login(teacher)

    response = client.get(url(learner_class, learner))

    [line] = response.context["quizzes"]
    assert (line.name, line.best_score, line.attempts) == ("Hvem bestemmer hvad?", 33, 1)
    assert [(part.name, part.best_score) for part in line.parts] == [
        ("Hvem vælger Folketinget?", 100),
        ("Hvem styrer kommunen?", 0),
    ]
    page = response.content.decode()
    assert "Hvem styrer kommunen?" in page and "&lt;p&gt;" not in page
