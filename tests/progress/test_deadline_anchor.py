"""The deadline runs from the learner's date that the course's "deadline runs from" setting names:
the date the municipality took over responsibility (the default), arrival or the residence permit.
Every page reads it from one place (progress.standing.start_date)."""

import datetime
from importlib import import_module

import pytest
import time_machine
from django.apps import apps

from accounts.models import User
from courses.models import CoursePage
from progress import standing
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

TAKEOVER, ARRIVAL, PERMIT = datetime.date(2026, 1, 15), datetime.date(2025, 12, 1), datetime.date(2025, 11, 3)


@pytest.fixture
def dated_learner(learner):
    learner.programme_start, learner.arrival_date, learner.residence_permit_date = TAKEOVER, ARRIVAL, PERMIT
    learner.save()
    return learner


def set_anchor(course, anchor):
    course.deadline_from = anchor
    course.save_revision().publish()


def test_a_new_course_counts_from_the_municipalitys_takeover():
    assert CoursePage().deadline_from == CoursePage.DeadlineFrom.TAKEOVER


@pytest.mark.parametrize(
    ("anchor", "due"),
    [
        ("takeover", datetime.date(2026, 7, 15)),
        ("arrival", datetime.date(2026, 6, 1)),
        ("residence_permit", datetime.date(2026, 5, 3)),
    ],
)
@time_machine.travel(datetime.datetime(2026, 3, 1, 12, tzinfo=datetime.UTC))
def test_every_page_counts_the_deadline_from_the_date_the_course_names(
    client, course, dated_learner, anchor, due
):
    set_anchor(course, anchor)
    course = standing.danish_course()
    client.force_login(dated_learner)

    home = client.get("/en/my-course/").content.decode()

    assert standing.deadline(dated_learner, course) == due
    assert (
        standing.learner_rows(User.objects.filter(pk=dated_learner.pk), datetime.date(2026, 3, 1))[0].deadline
        == due
    )
    assert f"Your municipality's deadline: {due:%B} {due.day}, {due.year}" in home


def test_a_learner_without_the_date_the_course_names_has_no_deadline(course, learner):
    set_anchor(course, "arrival")
    learner.programme_start = TAKEOVER
    learner.save()

    assert standing.deadline(learner, standing.danish_course()) is None


def test_the_migration_keeps_every_deadline_of_a_course_that_counted_from_arrival(course):
    """Before, a learner had one date, meaning whatever the course named; it moves to that name."""
    set_anchor(course, "arrival")
    learner = UserFactory(role=User.Role.LEARNER, programme_start=ARRIVAL)
    before = standing.add_months(learner.programme_start, course.deadline_months)

    import_module("accounts.migrations.0005_learner_dates").keep_deadlines(apps, None)

    learner.refresh_from_db()
    assert learner.arrival_date == ARRIVAL and learner.programme_start is None
    assert standing.deadline(learner, standing.danish_course()) == before


def test_the_migration_leaves_a_takeover_course_as_it_was(course):
    set_anchor(course, "takeover")
    learner = UserFactory(role=User.Role.LEARNER, programme_start=TAKEOVER)

    import_module("accounts.migrations.0005_learner_dates").keep_deadlines(apps, None)

    learner.refresh_from_db()
    assert learner.programme_start == TAKEOVER and learner.arrival_date is None


def test_the_course_page_words_hours_and_deadline_as_the_municipalitys(client, course):
    html = client.get(course.url).content.decode()

    assert "Timer, din kommune har fastsat" in html and "Frist, din kommune har fastsat" in html
    assert "Dato, hvor kommunen overtog ansvaret" in html


def test_an_installation_without_learners_dates_takes_the_new_default(course):
    set_anchor(course, "arrival")
    User.objects.update(programme_start=None)

    import_module("accounts.migrations.0005_learner_dates").keep_deadlines(apps, None)

    assert set(CoursePage.objects.values_list("deadline_from", flat=True)) == {"takeover"}
