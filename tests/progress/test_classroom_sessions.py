"""Recording a classroom session: attended statements through the LRS, and the hours counted."""

import datetime

import pytest
import time_machine

from accounts.models import User
from lrs.models import Statement
from progress import activities
from progress.models import ClassroomSession, CourseProgress, LearnerClass
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
