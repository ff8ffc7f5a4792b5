"""A learner's copy of everything held about them (GDPR Art. 15 and 20): from "My course", or made
by their teacher or coordinator; complete by the model graph, with their statements as stored and a
summary in their language; never the password or the login card PIN."""

import io
import json
import zipfile

import pytest
from django.urls import reverse
from django.utils import translation

from accounts.models import User
from lrs.services import record_platform_statements
from privacy import subject
from privacy.models import AccessRecord
from teaching.models import LearnerClass
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_every_model_that_points_to_a_user_is_exported_or_said_not_to_hold_learners_data():
    """A new model with a foreign key or many-to-many to users fails here until the export covers
    it (ABOUT_THE_LEARNER) or says why it holds no learner's data (NOT_ABOUT_LEARNERS)."""
    declared = set(subject.ABOUT_THE_LEARNER) | set(subject.NOT_ABOUT_LEARNERS)
    missing = [
        (label, field)
        for label, field, _many in subject.relations_to_users()
        if (label, field) not in declared and label.split(".")[0] not in subject.ADMIN_APPS
    ]
    existing = {(label, field) for label, field, _many in subject.relations_to_users()}
    stale = [pair for pair in declared if pair not in existing]

    assert missing == []
    assert stale == []


@pytest.fixture
def studied(site_a, teacher):
    learner = UserFactory(
        role=User.Role.LEARNER,
        first_name="Zarifa",
        last_name="Alfa",
        phone="+45 70 20 12 01",
        preferred_language="ar",
        sites=[site_a],
    )
    learner.set_card_pin("2468")
    learner.save()
    learner_class = LearnerClass.objects.create(site=site_a, name="Hold Alfa")
    learner_class.teachers.add(teacher)
    learner_class.learners.add(learner)
    return learner, learner_class


def unzip(response):
    book = zipfile.ZipFile(io.BytesIO(response.content))
    return {name: book.read(name) for name in book.namelist()}


def test_a_learner_downloads_everything_with_a_summary_in_their_language(client, studied):
    learner, learner_class = studied
    client.force_login(learner)

    response = client.get(reverse("my_data"))
    files = unzip(response)

    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    assert "no-store" in response["Cache-Control"]
    for name in subject.ABOUT_THE_LEARNER.values():
        assert f"data/{name}.json" in files
    profile = json.loads(files["data/profile.json"])
    assert (profile["first_name"], profile["phone"], profile["pseudonym"]) == (
        "Zarifa",
        "+45 70 20 12 01",
        str(learner.pseudonym),
    )
    memberships = json.loads(files["data/class_memberships.json"])
    assert [row["learner_class"] for row in memberships] == [learner_class.pk]
    summary = files["summary.html"].decode()
    with translation.override("ar"):
        assert translation.gettext("Your data on Samfund") in summary
    assert '<html lang="ar" dir="rtl">' in summary
    everything = b"".join(files.values())
    assert learner.password.encode() not in everything
    assert learner.card_pin_encrypted.encode() not in everything and b"2468" not in everything


def test_the_statements_are_there_as_stored_voided_ones_too(client, studied):
    learner, _learner_class = studied
    actor = learner.xapi_actor()
    statement = {
        "actor": actor,
        "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
        "object": {"id": "https://samfund.example/activities/lesson/x"},
    }
    record_platform_statements([statement])
    client.force_login(learner)

    files = unzip(client.get(reverse("my_data")))
    held = json.loads(files["data/xapi_statements.json"])

    assert len(held) == 1
    assert held[0]["statement"]["actor"] == actor and held[0]["voided"] is False


def test_a_teacher_makes_the_copy_for_a_learner_of_their_class_and_it_is_logged(client, teacher, studied):
    learner, learner_class = studied
    client.force_login(teacher)

    response = client.get(reverse("learner_data", args=[learner_class.pk, learner.pk]))

    assert response.status_code == 200
    assert json.loads(unzip(response)["data/profile.json"])["username"] == learner.username
    assert AccessRecord.objects.get(learner=learner).what == AccessRecord.What.DATA_COPY


def test_strangers_get_no_copy(client, studied, other_site_teacher):
    learner, learner_class = studied
    other_learner = UserFactory(role=User.Role.LEARNER)

    client.force_login(other_site_teacher)
    stranger = client.get(reverse("learner_data", args=[learner_class.pk, learner.pk]))
    client.force_login(other_learner)
    as_learner = client.get(reverse("learner_data", args=[learner_class.pk, learner.pk]))
    client.logout()
    anonymous = client.get(reverse("my_data"))

    assert stranger.status_code == 404
    assert as_learner.status_code == 403
    assert anonymous.status_code == 302 and "login" in anonymous.url


def test_a_learner_who_met_the_requirement_finds_their_certificate_in_the_copy(client, studied):
    from progress.standing import danish_course
    from tests.certificates.test_certificate import met

    learner, _learner_class = studied
    met(learner, danish_course(), first_name="Zarifa", last_name="Alfa", language="ar")
    client.force_login(learner)

    files = unzip(client.get(reverse("my_data")))

    assert files["certificate.pdf"].startswith(b"%PDF")
    assert json.loads(files["data/course_progress.json"])[0]["satisfied_at"]


def test_the_copy_names_no_other_learner_of_the_class_or_session(client, studied, teacher):
    """A class's and a classroom session's rows are in the copy, but not their lists of members."""
    import datetime

    from teaching.models import ClassroomSession

    learner, learner_class = studied
    classmate = UserFactory(
        role=User.Role.LEARNER, first_name="Yusra", last_name="Beta", username="yusra-beta"
    )
    learner_class.learners.add(classmate)
    session = ClassroomSession.objects.create(
        learner_class=learner_class, date=datetime.date(2026, 5, 1), minutes=60, recorded_by=teacher
    )
    session.attendees.add(learner, classmate)
    client.force_login(learner)

    files = unzip(client.get(reverse("my_data")))

    classes = json.loads(files["data/classes.json"])
    sessions = json.loads(files["data/classroom_sessions_attended.json"])
    assert [row["id"] for row in classes] == [learner_class.pk] and "learners" not in classes[0]
    assert [row["id"] for row in sessions] == [session.pk] and "attendees" not in sessions[0]
    assert not any(b"yusra" in body.lower() for body in files.values())
