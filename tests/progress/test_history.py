"""Status history: a row when a learner's status changes, nothing twice, and the trend it gives."""

import datetime
from collections import Counter

import pytest
import time_machine

from progress.history import distribution, record_statuses, weeks_back
from progress.models import CourseProgress, StatusChange

TODAY = datetime.date(2026, 6, 1)
NOW = datetime.datetime(2026, 6, 1, 5, 30, tzinfo=datetime.UTC)


@pytest.fixture
def studying(learner, course):
    """A learner with a deadline in three months who studied yesterday: on track."""
    learner.programme_start = datetime.date(2026, 3, 1)
    learner.save()
    active(learner, course, hours=12, on=TODAY - datetime.timedelta(days=1))
    return learner


def active(learner, course, *, hours, on):
    CourseProgress.objects.update_or_create(
        learner=learner,
        course_key=course.translation_key,
        defaults={
            "elearning_seconds": hours * 3600,
            "last_activity_at": datetime.datetime.combine(on, datetime.time(12), tzinfo=datetime.UTC),
        },
    )


def history(learner):
    return list(StatusChange.objects.filter(learner=learner).order_by("date").values_list("date", "status"))


@time_machine.travel(NOW)
def test_it_records_a_change_only_when_the_status_changes(studying):
    first = record_statuses(TODAY)
    record_statuses(TODAY + datetime.timedelta(days=1))
    # Two weeks and more without activity: at risk.
    third = record_statuses(TODAY + datetime.timedelta(days=15))

    assert [(change.learner, change.status) for change in first] == [(studying, "on_track")]
    assert [(change.learner, change.status) for change in third] == [(studying, "at_risk")]
    assert history(studying) == [(TODAY, "on_track"), (TODAY + datetime.timedelta(days=15), "at_risk")]
    assert StatusChange.objects.get(learner=studying, status="on_track").credited_seconds == 12 * 3600


@time_machine.travel(NOW)
def test_a_second_run_on_the_same_day_writes_nothing(studying):
    record_statuses(TODAY)

    again = record_statuses(TODAY)

    assert again == []
    assert history(studying) == [(TODAY, "on_track")]


@time_machine.travel(NOW)
def test_a_status_that_changes_back_the_same_day_leaves_no_change(studying, course):
    yesterday = TODAY - datetime.timedelta(days=1)
    StatusChange.objects.create(learner=studying, date=yesterday, status="on_track")
    active(studying, course, hours=12, on=TODAY - datetime.timedelta(days=20))
    assert [change.status for change in record_statuses(TODAY)] == ["at_risk"]

    # The learner catches up later that day: back to on track, the day's change is taken back.
    active(studying, course, hours=12, on=TODAY)
    assert record_statuses(TODAY) == []

    assert history(studying) == [(yesterday, "on_track")]


@time_machine.travel(NOW)
def test_a_second_change_on_the_same_day_replaces_the_first(studying, course):
    StatusChange.objects.create(learner=studying, date=TODAY - datetime.timedelta(days=1), status="on_track")
    active(studying, course, hours=12, on=TODAY - datetime.timedelta(days=20))
    record_statuses(TODAY)
    studying.programme_start = datetime.date(2025, 11, 1)  # corrected: the deadline has passed
    studying.save()

    again = record_statuses(TODAY)

    assert [change.status for change in again] == ["overdue"]
    assert history(studying)[-1] == (TODAY, "overdue")
    assert StatusChange.objects.filter(learner=studying, date=TODAY).count() == 1


@time_machine.travel(NOW)
def test_inactive_learners_are_not_recorded(studying):
    studying.is_active = False
    studying.save()

    assert record_statuses(TODAY) == []
    assert history(studying) == []


def test_the_distribution_counts_each_learners_status_on_each_day(learner, other_learner):
    StatusChange.objects.create(learner=learner, date=datetime.date(2026, 5, 4), status="not_started")
    StatusChange.objects.create(learner=learner, date=datetime.date(2026, 5, 20), status="on_track")
    StatusChange.objects.create(learner=other_learner, date=datetime.date(2026, 5, 12), status="at_risk")
    days = weeks_back(TODAY, 5)

    result = distribution([learner.pk, other_learner.pk], days)

    assert days == [datetime.date(2026, 5, d) for d in (4, 11, 18, 25)] + [TODAY]
    assert result == [
        (datetime.date(2026, 5, 4), Counter({"not_started": 1})),
        (datetime.date(2026, 5, 11), Counter({"not_started": 1})),
        (datetime.date(2026, 5, 18), Counter({"not_started": 1, "at_risk": 1})),
        (datetime.date(2026, 5, 25), Counter({"on_track": 1, "at_risk": 1})),
        (TODAY, Counter({"on_track": 1, "at_risk": 1})),
    ]
    assert distribution([learner.pk], []) == []
