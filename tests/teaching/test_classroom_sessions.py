"""Recording a classroom session: attended statements through the LRS, and the hours counted."""

import datetime

import pytest
import time_machine

from accounts.models import User
from lrs.models import Statement
from progress import activities
from progress.models import CourseProgress
from teaching.models import ClassroomSession, LearnerClass
from tests.factories import UserFactory

ATTENDED = "http://adlnet.gov/expapi/verbs/attended"
TODAY = datetime.datetime(2026, 6, 1, 12, tzinfo=datetime.UTC)


@pytest.fixture
def learner_class(site_a, teacher, learner):
    learner_class = LearnerClass.objects.create(site=site_a, name="Dansk 3")
    learner_class.teachers.add(teacher)
    learner_class.learners.add(learner)
    return learner_class


def url(learner_class):
    return f"/en/teach/classes/{learner_class.pk}/sessions/new/"


@time_machine.travel(TODAY)
def test_each_attendee_gets_an_attended_statement_and_the_hours(client, teacher, learner, learner_class):
    absent = UserFactory(role=User.Role.LEARNER)
    learner_class.learners.add(absent)
    client.force_login(teacher)

    response = client.post(
        url(learner_class), {"date": "2026-05-30", "minutes": 90, "topic": "Valg", "attendees": [learner.pk]}
    )

    assert response.status_code == 302
    assert response["Location"] == f"/en/teach/classes/{learner_class.pk}/"
    session = ClassroomSession.objects.get()
    assert list(session.attendees.all()) == [learner]
    statement = Statement.objects.get(verb_id=ATTENDED).data
    assert statement["actor"] == learner.xapi_actor()
    assert statement["context"]["instructor"] == teacher.xapi_actor()
    assert statement["object"]["id"] == activities.meeting_id(session.uuid)
    assert statement["result"]["duration"] == "PT1H30M"
    assert CourseProgress.objects.get(learner=learner).classroom_seconds == 5400
    assert not CourseProgress.objects.filter(learner=absent).exists()
    assert "recorded for 1 learner" in client.get(response["Location"]).content.decode()


@time_machine.travel(TODAY)
@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"attendees": []}, "attendees", "Tick at least one learner who attended."),
        ({"date": "2026-06-02"}, "date", "The session cannot be in the future."),
        ({"date": "someday"}, "date", "Enter a valid date."),
        ({"minutes": 5}, "minutes", "greater than or equal to 15"),
        ({"minutes": 600}, "minutes", "less than or equal to 480"),
    ],
)
def test_a_wrong_session_is_refused_with_a_field_error_and_nothing_is_recorded(
    client, teacher, learner, learner_class, changes, field, message
):
    client.force_login(teacher)
    data = {"date": "2026-05-30", "minutes": 90, "attendees": [learner.pk]} | changes

    response = client.post(url(learner_class), data)

    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert not ClassroomSession.objects.exists()
    assert not Statement.objects.exists()


@time_machine.travel(TODAY)
def test_a_learner_of_another_class_cannot_be_marked_as_attending(client, teacher, learner_class):
    stranger = UserFactory(role=User.Role.LEARNER)
    client.force_login(teacher)

    response = client.post(
        url(learner_class), {"date": "2026-05-30", "minutes": 60, "attendees": [stranger.pk]}
    )

    assert response.status_code == 200
    assert "attendees" in response.context["form"].errors
    assert not Statement.objects.exists()


def test_a_teacher_of_another_site_is_refused(client, other_site_teacher, learner, learner_class):
    client.force_login(other_site_teacher)

    assert client.get(url(learner_class)).status_code == 404
    response = client.post(
        url(learner_class), {"date": "2026-05-30", "minutes": 60, "attendees": [learner.pk]}
    )
    assert response.status_code == 404
    assert not Statement.objects.exists()


def test_a_learner_is_refused(client, learner, learner_class):
    client.force_login(learner)

    assert client.get(url(learner_class)).status_code == 403


def test_an_anonymous_visitor_is_sent_to_the_login(client, learner_class):
    assert client.get(url(learner_class))["Location"].startswith("/en/login/")


def sessions_url(learner_class, session=None, action=""):
    base = f"/en/teach/classes/{learner_class.pk}/sessions/"
    return base + (f"{session.pk}/{action}" if session else "")


def record(client, learner_class, **changes):
    data = {"date": "2026-05-30", "minutes": 90, "topic": "Valg", **changes}
    return client.post(url(learner_class), data)


@time_machine.travel(TODAY)
def test_recording_the_same_session_twice_asks_first_and_does_not_double_the_hours(
    client, teacher, learner, learner_class
):
    """Attack (or slip): recording the same session twice once doubled the hours."""
    client.force_login(teacher)
    record(client, learner_class, attendees=[learner.pk])

    again = record(client, learner_class, topic=" valg ", attendees=[learner.pk])

    assert again.status_code == 200
    assert "already recorded" in " ".join(again.context["form"].non_field_errors())
    assert 'type="checkbox" name="confirm_duplicate"' in again.content.decode()
    assert ClassroomSession.objects.count() == 1
    assert CourseProgress.objects.get(learner=learner).classroom_seconds == 5400

    confirmed = record(client, learner_class, topic="Valg", attendees=[learner.pk], confirm_duplicate="on")

    assert confirmed.status_code == 302
    assert ClassroomSession.objects.count() == 2
    assert CourseProgress.objects.get(learner=learner).classroom_seconds == 2 * 5400


@time_machine.travel(TODAY)
def test_a_session_on_another_day_or_topic_is_recorded_without_asking(
    client, teacher, learner, learner_class
):
    client.force_login(teacher)
    record(client, learner_class, attendees=[learner.pk])

    assert record(client, learner_class, topic="Skat", attendees=[learner.pk]).status_code == 302
    assert record(client, learner_class, date="2026-05-29", attendees=[learner.pk]).status_code == 302
    assert ClassroomSession.objects.count() == 3


@time_machine.travel(TODAY)
def test_correcting_a_session_moves_the_hours_with_it(client, teacher, learner, learner_class):
    other = UserFactory(role=User.Role.LEARNER)
    learner_class.learners.add(other)
    client.force_login(teacher)
    record(client, learner_class, attendees=[learner.pk])
    session = ClassroomSession.objects.get()

    response = client.post(
        sessions_url(learner_class, session),
        {"date": "2026-05-29", "minutes": 60, "topic": "Valg", "attendees": [other.pk]},
    )

    assert response.status_code == 302
    assert response["Location"] == sessions_url(learner_class)
    session.refresh_from_db()
    assert (session.date, session.minutes, list(session.attendees.all())) == (
        datetime.date(2026, 5, 29),
        60,
        [other],
    )
    assert CourseProgress.objects.get(learner=other).classroom_seconds == 3600
    assert not CourseProgress.objects.filter(learner=learner, classroom_seconds__gt=0).exists()
    counted = Statement.objects.filter(verb_id=ATTENDED, voided=False)
    assert [statement.data["actor"] for statement in counted] == [other.xapi_actor()]
    assert Statement.objects.filter(verb_id=ATTENDED, voided=True).count() == 1
    change = session.changes.get(action="corrected")
    assert change.changed_by == teacher
    assert change.before["minutes"] == 90 and change.before["attendees"] == [learner.pk]


@time_machine.travel(TODAY)
def test_correcting_a_session_to_itself_does_not_ask_about_a_duplicate(
    client, teacher, learner, learner_class
):
    client.force_login(teacher)
    record(client, learner_class, attendees=[learner.pk])
    session = ClassroomSession.objects.get()

    response = client.post(
        sessions_url(learner_class, session),
        {"date": "2026-05-30", "minutes": 120, "topic": "Valg", "attendees": [learner.pk]},
    )

    assert response.status_code == 302
    assert CourseProgress.objects.get(learner=learner).classroom_seconds == 7200


@time_machine.travel(TODAY)
def test_removing_a_session_asks_then_takes_its_hours_back_and_keeps_its_history(
    client, teacher, learner, learner_class
):
    client.force_login(teacher)
    record(client, learner_class, attendees=[learner.pk])
    session = ClassroomSession.objects.get()

    asked = client.get(sessions_url(learner_class, session, "remove/"))
    removed = client.post(sessions_url(learner_class, session, "remove/"))

    assert asked.status_code == 200
    assert "will no longer count for its 1 learner" in asked.content.decode()
    assert removed.status_code == 302
    session.refresh_from_db()
    assert session.removed_at is not None
    assert session.changes.get(action="removed").changed_by == teacher
    assert not CourseProgress.objects.filter(learner=learner, classroom_seconds__gt=0).exists()
    listing = client.get(sessions_url(learner_class)).content.decode()
    assert "Removed sessions" in listing and "removed by" in listing
    assert client.get(sessions_url(learner_class, session, "remove/")).status_code == 404


@time_machine.travel(TODAY)
def test_only_whoever_recorded_a_session_or_a_coordinator_may_change_it(
    client, teacher, learner, learner_class, site_a
):
    client.force_login(teacher)
    record(client, learner_class, attendees=[learner.pk])
    session = ClassroomSession.objects.get()
    colleague = UserFactory(role=User.Role.TEACHER, sites=[site_a], municipality=site_a.municipality)
    learner_class.teachers.add(colleague)
    coordinator = UserFactory(role=User.Role.COORDINATOR, municipality=site_a.municipality)

    client.force_login(colleague)
    refused = client.post(sessions_url(learner_class, session, "remove/"))
    listing = client.get(sessions_url(learner_class)).content.decode()
    client.force_login(coordinator)
    allowed = client.get(sessions_url(learner_class, session))

    assert refused.status_code == 403
    assert "Correct</a>" not in listing
    assert allowed.status_code == 200
    session.refresh_from_db()
    assert session.removed_at is None


@time_machine.travel(TODAY)
@pytest.mark.parametrize("language", ["da", "uk", "ar", "en"])
def test_the_date_field_shows_its_date_in_every_language(client, teacher, learner_class, language):
    """The date was blank in Danish and Ukrainian: a localised value does not fit `type=date`."""
    client.force_login(teacher)

    response = client.get(f"/{language}/teach/classes/{learner_class.pk}/sessions/new/")

    assert response.status_code == 200
    assert 'type="date" name="date" value="2026-06-01"' in response.content.decode()
    assert "data-select-all" in response.content.decode()


@time_machine.travel(TODAY)
def test_a_session_is_recorded_from_the_danish_form(client, teacher, learner, learner_class):
    client.force_login(teacher)

    response = client.post(
        f"/da/teach/classes/{learner_class.pk}/sessions/new/",
        {"date": "2026-05-30", "minutes": 90, "attendees": [learner.pk]},
    )

    assert response.status_code == 302
    assert ClassroomSession.objects.get().date == datetime.date(2026, 5, 30)
