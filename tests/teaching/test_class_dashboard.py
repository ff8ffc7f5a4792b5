"""The class dashboard: one row per learner, status rule, filters, and who may see it."""

import datetime

import pytest
import time_machine

from accounts.models import User
from progress.models import CourseProgress
from teaching.models import LearnerClass
from tests.factories import LearningSiteFactory, UserFactory

TODAY = datetime.datetime(2026, 6, 1, 12, tzinfo=datetime.UTC)


def enrol(learner_class, course, name, *, start, hours=0, last_active_days_ago=None, satisfied=False):
    learner = UserFactory(role=User.Role.LEARNER, first_name=name, sites=[learner_class.site])
    learner.programme_start = start
    learner.save()
    learner_class.learners.add(learner)
    if hours or last_active_days_ago is not None or satisfied:
        last = TODAY - datetime.timedelta(days=last_active_days_ago or 0)
        CourseProgress.objects.create(
            learner=learner,
            course_key=course.translation_key,
            elearning_seconds=hours * 3600,
            mandatory_modules_total=9,
            last_activity_at=last,
            satisfied_at=last if satisfied else None,
        )
    return learner


@pytest.fixture
def full_class(learner_class, course):
    early = datetime.date(2025, 11, 1)  # deadline 1 May 2026: passed
    recent = datetime.date(2026, 3, 1)  # deadline 1 September 2026
    enrol(learner_class, course, "Amal", start=recent, hours=12, last_active_days_ago=1)
    enrol(learner_class, course, "Bohdan", start=recent, hours=1, last_active_days_ago=20)
    enrol(learner_class, course, "Chiara", start=early, hours=5, last_active_days_ago=40)
    enrol(learner_class, course, "Dawit", start=recent)
    enrol(learner_class, course, "Ewa", start=early, hours=21, last_active_days_ago=50, satisfied=True)
    return learner_class


@time_machine.travel(TODAY)
def test_the_teacher_sees_each_learner_with_hours_deadline_and_status(client, teacher, full_class):
    client.force_login(teacher)

    response = client.get(f"/en/teach/classes/{full_class.pk}/")

    assert response.status_code == 200
    rows = {row.learner.first_name: row for row in response.context["rows"]}
    assert {name: row.status for name, row in rows.items()} == {
        "Amal": "on_track",
        "Bohdan": "at_risk",
        "Chiara": "overdue",
        "Dawit": "not_started",
        "Ewa": "completed",
    }
    assert rows["Amal"].deadline == datetime.date(2026, 9, 1)
    assert rows["Amal"].days_left == 92
    body = response.content.decode()
    assert "12.0 of 20" in body
    assert "How the status is worked out" in body
    assert [row.learner.first_name for row in response.context["rows"]][:2] == ["Chiara", "Bohdan"]


@time_machine.travel(TODAY)
def test_a_learner_who_has_not_started_has_done_none_of_the_courses_mandatory_modules(
    client, teacher, full_class
):
    """It said "0 / 0": the course's mandatory modules were counted only from progress rows."""
    from progress import structure

    client.force_login(teacher)
    mandatory = structure.current().mandatory_modules(next(iter(structure.current().courses)))

    response = client.get(f"/en/teach/classes/{full_class.pk}/")

    dawit = next(row for row in response.context["rows"] if row.learner.first_name == "Dawit")
    assert mandatory > 0
    assert (dawit.mandatory_done, dawit.mandatory_total) == (0, mandatory)
    assert f"<td>0 / {mandatory}</td>" in response.content.decode()


@time_machine.travel(TODAY)
def test_it_filters_by_status_and_sorts_by_name(client, teacher, full_class):
    client.force_login(teacher)

    response = client.get(f"/en/teach/classes/{full_class.pk}/?status=at_risk")
    assert [row.learner.first_name for row in response.context["rows"]] == ["Bohdan"]
    response = client.get(f"/en/teach/classes/{full_class.pk}/?sort=name&status=nonsense")
    assert [row.learner.first_name for row in response.context["rows"]] == [
        "Amal",
        "Bohdan",
        "Chiara",
        "Dawit",
        "Ewa",
    ]


@time_machine.travel(TODAY)
def test_the_number_of_queries_does_not_grow_with_the_class(
    client, teacher, learner_class, course, django_assert_num_queries
):
    client.force_login(teacher)
    url = f"/en/teach/classes/{learner_class.pk}/"
    client.get(url)
    for number in range(3):
        enrol(learner_class, course, f"L{number}", start=datetime.date(2026, 3, 1), hours=number)
    # Session, user, class, learners, progress, course, locales... and the status history.
    with django_assert_num_queries(10) as small:
        client.get(url)
    for number in range(30):
        enrol(learner_class, course, f"M{number}", start=datetime.date(2026, 3, 1), hours=number % 20)
    with django_assert_num_queries(len(small.captured_queries)):
        client.get(url)


@time_machine.travel(TODAY)
def test_each_name_links_to_the_learner_page_and_the_exports_keep_the_filter(client, teacher, full_class):
    client.force_login(teacher)

    body = client.get(f"/en/teach/classes/{full_class.pk}/?status=at_risk&sort=name").content.decode()

    bohdan = full_class.learners.get(first_name="Bohdan")
    assert f'<a href="/en/teach/classes/{full_class.pk}/learners/{bohdan.pk}/">Bohdan</a>' in body
    assert f"/en/teach/classes/{full_class.pk}/export.csv?sort=name&amp;status=at_risk" in body
    assert f"/en/teach/classes/{full_class.pk}/export.xlsx?sort=name&amp;status=at_risk" in body


def test_the_classes_page_lists_only_the_teachers_sites(client, teacher, learner_class):
    LearnerClass.objects.create(site=LearningSiteFactory(name="Andet sted"), name="Fremmed hold")
    client.force_login(teacher)

    body = client.get("/en/teach/").content.decode()

    assert learner_class.name in body
    assert "Fremmed hold" not in body


def test_a_coordinator_sees_every_class_of_the_municipality_and_no_other(client, coordinator, learner_class):
    other = LearnerClass.objects.create(site=LearningSiteFactory(name="Andet sted"), name="Fremmed hold")
    client.force_login(coordinator)

    assert client.get(f"/en/teach/classes/{learner_class.pk}/").status_code == 200
    assert client.get(f"/en/teach/classes/{other.pk}/").status_code == 404


def test_a_teacher_of_another_site_is_refused(client, other_site_teacher, learner_class):
    client.force_login(other_site_teacher)

    assert client.get(f"/en/teach/classes/{learner_class.pk}/").status_code == 404
    assert learner_class.name not in client.get("/en/teach/").content.decode()


@pytest.mark.parametrize("path", ["/en/teach/", "/en/teach/classes/{pk}/"])
def test_a_learner_is_refused(client, learner, learner_class, path):
    client.force_login(learner)

    assert client.get(path.format(pk=learner_class.pk)).status_code == 403


@pytest.mark.parametrize("path", ["/en/teach/", "/en/teach/classes/{pk}/"])
def test_an_anonymous_visitor_is_sent_to_the_login(client, learner_class, path):
    response = client.get(path.format(pk=learner_class.pk))

    assert response.status_code == 302
    assert response["Location"].startswith("/en/login/")
