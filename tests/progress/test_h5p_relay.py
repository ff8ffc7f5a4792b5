"""H5P's xAPI statements, relayed by the lesson page: rewritten to the learner and the lesson."""

import json
import uuid

import pytest
from django.utils import translation

from lrs.models import Statement
from progress import activities, structure
from progress.models import CourseProgress, LessonProgress
from tests.fixtures.h5p import ready_package
from tests.learning import track

BLOCK = "h5p-block-1"
ANSWERED = "http://adlnet.gov/expapi/verbs/answered"


@pytest.fixture
def h5p_lesson(quiz_lesson):
    """The demo lesson with its quiz taken out and a required H5P activity added."""
    package = ready_package()
    body = [dict(block) for block in quiz_lesson.body.raw_data if block["type"] != "quiz"]
    quiz_lesson.body = [
        *body,
        {"type": "h5p", "id": BLOCK, "value": {"package": package.pk, "required": True}},
    ]
    quiz_lesson.save_revision().publish()
    return quiz_lesson


def h5p_statement(**changes):
    """What H5P sends: its own actor, the content URL as the object, a wall-clock duration."""
    statement = {
        "actor": {"name": "H5P user", "mbox": "mailto:h5p@example.com", "objectType": "Agent"},
        "verb": {"id": ANSWERED, "display": {"en-US": "answered"}},
        "object": {
            "id": "http://127.0.0.1:8000/h5p/abc/content?id=1",
            "objectType": "Activity",
            "definition": {"name": {"en-US": "Check"}, "interactionType": "choice"},
        },
        "context": {
            "contextActivities": {"category": [{"id": "http://h5p.org/libraries/H5P.SamfundCheck-1.0"}]}
        },
        "result": {
            "score": {"min": 0, "max": 1, "raw": 1, "scaled": 1},
            "completion": True,
            "duration": "PT9H",
        },
    }
    statement.update(changes)
    return statement


@pytest.fixture
def learner_client(client, learner):
    client.force_login(learner)
    return client


def test_it_records_the_statement_as_the_learners_about_the_lessons_block(
    learner_client, learner, h5p_lesson
):
    response = track(
        learner_client, h5p_lesson, {"type": "h5p", "block": BLOCK, "statement": h5p_statement()}
    )

    assert response.status_code == 200
    recorded = Statement.objects.get(verb_id=ANSWERED).data
    assert recorded["actor"] == learner.xapi_actor()
    assert recorded["object"]["id"] == activities.h5p_id(h5p_lesson.translation_key, BLOCK)
    context = recorded["context"]["contextActivities"]
    assert context["parent"] == [{"id": activities.lesson_id(h5p_lesson.translation_key)}]
    assert context["category"] == [{"id": "http://h5p.org/libraries/H5P.SamfundCheck-1.0"}]
    assert recorded["result"]["score"]["scaled"] == 1


def test_it_caps_h5ps_wall_clock_duration_at_the_lessons_credit_cap(learner_client, h5p_lesson):
    track(learner_client, h5p_lesson, {"type": "h5p", "block": BLOCK, "statement": h5p_statement()})

    lesson = structure.current().lessons[str(h5p_lesson.translation_key)]
    cap = structure.current().credit_cap_seconds(lesson)
    recorded = Statement.objects.get(verb_id=ANSWERED).data
    assert recorded["result"]["duration"] == f"PT{cap // 3600}H{cap % 3600 // 60}M".replace(
        "PT0H", "PT"
    ).replace("H0M", "H")


def study_enough(learner_client, lesson):
    """The share of the lesson's estimated time a lesson without a quiz asks for (a course setting)."""
    plan = structure.current()
    needed = plan.finish_time_seconds(plan.lessons[str(lesson.translation_key)])
    while needed > 0:
        assert track(learner_client, lesson, {"type": "time", "seconds": min(needed, 300)}).status_code == 200
        needed -= 300


def test_a_required_activity_done_completes_the_lesson(learner_client, learner, h5p_lesson):
    study_enough(learner_client, h5p_lesson)
    response = track(
        learner_client, h5p_lesson, {"type": "h5p", "block": BLOCK, "statement": h5p_statement()}
    )

    assert response.json()["lesson"]["completed"] is True
    progress = LessonProgress.objects.get(learner=learner, lesson_key=h5p_lesson.translation_key)
    assert progress.activities_done == [activities.h5p_id(h5p_lesson.translation_key, BLOCK)]
    assert Statement.objects.filter(verb_id="http://adlnet.gov/expapi/verbs/completed").count() == 1


def test_a_part_of_the_activity_is_named_under_the_block_and_does_not_complete_it(
    learner_client, learner, h5p_lesson
):
    part = h5p_statement()
    part["object"]["definition"]["extensions"] = {"http://h5p.org/x-api/h5p-subContentId": "q-7"}

    track(learner_client, h5p_lesson, {"type": "h5p", "block": BLOCK, "statement": part})

    recorded = Statement.objects.get(verb_id=ANSWERED).data
    block = activities.h5p_id(h5p_lesson.translation_key, BLOCK)
    assert recorded["object"]["id"] == f"{block}?subContentId=q-7"
    assert recorded["context"]["contextActivities"]["parent"] == [{"id": block}]
    assert LessonProgress.objects.get(learner=learner).completed_at is None


def test_a_required_activity_done_without_the_time_completes_the_lesson_once_the_time_is_spent(
    learner_client, learner, h5p_lesson
):
    done = track(learner_client, h5p_lesson, {"type": "h5p", "block": BLOCK, "statement": h5p_statement()})
    assert done.json()["lesson"]["completed"] is False

    study_enough(learner_client, h5p_lesson)

    progress = LessonProgress.objects.get(learner=learner, lesson_key=h5p_lesson.translation_key)
    assert progress.completed_at is not None
    assert Statement.objects.filter(verb_id="http://adlnet.gov/expapi/verbs/completed").count() == 1


def test_a_statement_the_lrs_refuses_is_refused_with_the_reason(learner_client, h5p_lesson):
    broken = h5p_statement(result={"score": {"scaled": 7}})

    response = track(learner_client, h5p_lesson, {"type": "h5p", "block": BLOCK, "statement": broken})

    assert response.status_code == 400
    assert "scaled" in response.json()["error"]
    assert not Statement.objects.exists()


@pytest.mark.parametrize(
    "verb",
    [
        "http://adlnet.gov/expapi/verbs/attended",
        "https://w3id.org/xapi/adl/verbs/satisfied",
        "http://adlnet.gov/expapi/verbs/voided",
        "http://adlnet.gov/expapi/verbs/registered",
        "https://example.com/verbs/anything",
    ],
)
def test_the_relay_refuses_verbs_that_h5p_content_cannot_say_about_itself(
    learner_client, learner, h5p_lesson, verb
):
    """Attack: fourteen relayed `attended` statements once made a learner 21 classroom hours."""
    forged = h5p_statement(verb={"id": verb}, result={"duration": "PT1H30M"})

    responses = [
        track(learner_client, h5p_lesson, {"type": "h5p", "block": BLOCK, "statement": forged})
        for _ in range(14)
    ]

    assert {response.status_code for response in responses} == {400}
    with translation.override("da"):
        refusal = translation.gettext(
            "The activity reported something an activity cannot report about itself."
        )
    assert responses[0].json()["error"] == refusal
    assert not Statement.objects.exists()
    assert not CourseProgress.objects.filter(learner=learner).exists()


def test_the_relay_refuses_a_sub_content_id_that_is_not_an_h5p_id(learner_client, h5p_lesson):
    part = h5p_statement()
    part["object"]["definition"]["extensions"] = {"http://h5p.org/x-api/h5p-subContentId": "../../x y"}

    response = track(learner_client, h5p_lesson, {"type": "h5p", "block": BLOCK, "statement": part})

    assert response.status_code == 400
    assert not Statement.objects.exists()


def test_a_failed_h5p_attempt_does_not_finish_the_activity(learner_client, learner, h5p_lesson):
    failed = h5p_statement(
        verb={"id": "http://adlnet.gov/expapi/verbs/completed"},
        result={"completion": True, "success": False, "score": {"scaled": 0.1}},
    )

    track(learner_client, h5p_lesson, {"type": "h5p", "block": BLOCK, "statement": failed})

    assert LessonProgress.objects.get(learner=learner).activities_done == []


def test_it_refuses_a_block_that_is_not_an_h5p_activity(learner_client, h5p_lesson):
    response = track(
        learner_client, h5p_lesson, {"type": "h5p", "block": "nope", "statement": h5p_statement()}
    )

    assert response.status_code == 400
    assert not Statement.objects.exists()


def test_the_relay_keeps_h5ps_library_category_but_not_the_platforms_own_activities(
    learner_client, h5p_lesson
):
    sent = h5p_statement()
    course = activities.course_id(uuid.uuid4())
    sent["context"]["contextActivities"]["category"].append({"id": course})

    track(learner_client, h5p_lesson, {"type": "h5p", "block": BLOCK, "statement": sent})

    recorded = Statement.objects.get(verb_id=ANSWERED).data
    assert recorded["context"]["contextActivities"]["category"] == [
        {"id": "http://h5p.org/libraries/H5P.SamfundCheck-1.0"}
    ]


def relay_raw(client, lesson, statement_json):
    """The learner's session posting what a page never would: the body as raw JSON text."""
    body = f'{{"type": "h5p", "block": "{BLOCK}", "statement": {statement_json}}}'
    return client.post(
        f"/da/my-course/lessons/{lesson.translation_key}/events", body, content_type="application/json"
    )


@pytest.mark.parametrize(
    "hostile",
    [
        {"object": {"definition": {"name": {"da": "a\u0000b"}}}},
        {"result": {"response": "\ud800"}},
        {"result": {"extensions": {"https://example.com/x": "@deep@"}}},
    ],
    ids=["nul", "lone-surrogate", "nested-200-deep"],
)
def test_the_relay_refuses_what_the_lrs_could_not_keep(learner_client, h5p_lesson, hostile):
    """Attack through the learner's own endpoint: these once reached the LRS unchecked (a 500 for NUL
    on PostgreSQL; a 200-deep extension stored, then every page including it failing)."""
    sent = h5p_statement()
    for key, value in hostile.items():
        sent[key] = {**sent.get(key, {}), **value}
    text = json.dumps(sent).replace('"@deep@"', '{"a":' * 200 + "1" + "}" * 200)

    response = relay_raw(learner_client, h5p_lesson, text)

    assert response.status_code == 400
    assert "error" in response.json()
    assert not Statement.objects.exists()


def test_the_relay_refuses_nesting_deeper_than_its_parser_allows(learner_client, h5p_lesson):
    response = relay_raw(learner_client, h5p_lesson, '{"a":' * 5000 + "1" + "}" * 5000)

    assert response.status_code == 400
    assert not Statement.objects.exists()


def test_a_relay_sent_again_is_stored_once_and_two_relays_twice(
    learner_client, learner, other_learner, h5p_lesson
):
    relay = str(uuid.uuid4())
    event = {"type": "h5p", "block": BLOCK, "statement": h5p_statement(), "relay": relay}

    first = track(learner_client, h5p_lesson, event)
    again = track(learner_client, h5p_lesson, event)
    another = track(learner_client, h5p_lesson, event | {"relay": str(uuid.uuid4())})
    learner_client.force_login(other_learner)
    same_id_other_learner = track(learner_client, h5p_lesson, event)

    assert [r.status_code for r in (first, again, another, same_id_other_learner)] == [200] * 4
    stored = list(Statement.objects.filter(verb_id=ANSWERED))
    assert len(stored) == 3
    assert {s.data["actor"]["account"]["name"] for s in stored} == {
        str(learner.pseudonym),
        str(other_learner.pseudonym),
    }


@pytest.mark.parametrize("relay", ["", "not-a-uuid", "1" * 37, "../../x", 42, "\x00" * 32, ["a" * 32]])
def test_a_relay_id_that_is_not_one_is_refused(learner_client, h5p_lesson, relay):
    response = track(
        learner_client,
        h5p_lesson,
        {"type": "h5p", "block": BLOCK, "statement": h5p_statement(), "relay": relay},
    )

    assert response.status_code == 400 and "ikke forstår" in response.json()["error"]
    assert not Statement.objects.filter(verb_id=ANSWERED).exists()


def test_a_statement_too_large_to_be_an_answer_is_refused_unread(learner_client, h5p_lesson):
    padding = "x" * (9 * 1024 * 1024)
    huge = h5p_statement(result={"response": padding, "completion": True})

    response = track(learner_client, h5p_lesson, {"type": "h5p", "block": BLOCK, "statement": huge})
    just_over = track(
        learner_client,
        h5p_lesson,
        {"type": "h5p", "block": BLOCK, "statement": h5p_statement(result={"response": "y" * 65536})},
    )

    assert response.status_code == just_over.status_code == 413
    assert response.json()["error"] == "Lektionen sendte for meget på én gang til at kunne registreres."
    assert not Statement.objects.filter(verb_id=ANSWERED).exists()


def test_a_relay_id_sent_again_with_another_statement_changes_nothing(learner_client, h5p_lesson):
    """A page (or a learner's own script) reusing a relay id to swap a wrong answer for a right one."""
    relay = str(uuid.uuid4())
    wrong = h5p_statement(result={"score": {"min": 0, "max": 1, "raw": 0, "scaled": 0}, "success": False})
    right = h5p_statement()

    first = track(
        learner_client, h5p_lesson, {"type": "h5p", "block": BLOCK, "statement": wrong, "relay": relay}
    )
    swapped = track(
        learner_client, h5p_lesson, {"type": "h5p", "block": BLOCK, "statement": right, "relay": relay}
    )

    assert first.status_code == 200 and swapped.status_code == 400
    [stored] = Statement.objects.filter(verb_id=ANSWERED)
    assert stored.data["result"]["score"]["raw"] == 0
    assert all(progress.activities_done == [] for progress in LessonProgress.objects.all())
