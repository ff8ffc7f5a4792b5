"""The status rule: completed, overdue, not started, at risk, on track."""

import datetime

import pytest

from progress.standing import Status, standing

TODAY = datetime.date(2026, 6, 1)


def status(**changes):
    values = {
        "credited_seconds": 10 * 3600,
        "required_hours": 20,
        "satisfied": False,
        "deadline": TODAY + datetime.timedelta(weeks=10),
        "last_activity": TODAY - datetime.timedelta(days=2),
        "today": TODAY,
    }
    values.update(changes)
    return standing(**values)


def test_a_learner_with_half_the_hours_ten_weeks_before_the_deadline_is_on_track():
    found = status()

    assert found.status == Status.ON_TRACK
    assert found.hours_missing == 10
    assert found.weekly_pace_needed == pytest.approx(1.0)


def test_a_learner_who_met_the_requirement_is_completed_even_after_the_deadline():
    assert status(satisfied=True, deadline=TODAY - datetime.timedelta(days=1)).status == Status.COMPLETED


def test_a_learner_past_the_deadline_without_the_requirement_is_overdue():
    assert status(deadline=TODAY - datetime.timedelta(days=1)).status == Status.OVERDUE


def test_a_learner_with_no_time_and_no_activity_has_not_started():
    assert status(credited_seconds=0, last_activity=None).status == Status.NOT_STARTED


def test_a_learner_who_needs_more_than_the_weekly_pace_is_at_risk(settings):
    settings.AT_RISK_HOURS_PER_WEEK = 3
    found = status(deadline=TODAY + datetime.timedelta(weeks=3))

    assert found.status == Status.AT_RISK
    assert found.weekly_pace_needed == pytest.approx(10 / 3)


def test_a_learner_inactive_for_fourteen_days_is_at_risk(settings):
    settings.AT_RISK_INACTIVE_DAYS = 14

    assert status(last_activity=TODAY - datetime.timedelta(days=13)).status == Status.ON_TRACK
    assert status(last_activity=TODAY - datetime.timedelta(days=14)).status == Status.AT_RISK


def test_without_a_start_date_only_inactivity_makes_a_learner_at_risk():
    assert status(deadline=None).status == Status.ON_TRACK
    assert status(deadline=None, last_activity=TODAY - datetime.timedelta(days=30)).status == Status.AT_RISK
