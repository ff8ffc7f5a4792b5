"""Each learner's status against the course requirement, by one rule written in the README.

- **completed**: the requirement is met (the course's `satisfied` statement is recorded);
- **overdue**: the deadline has passed without it;
- **not started**: no credited time and no activity yet (and the deadline not passed);
- **at risk**: the hours still missing need more than `AT_RISK_HOURS_PER_WEEK` a week until the
  deadline, or nothing has happened for `AT_RISK_INACTIVE_DAYS` days;
- **on track**: everything else.

A learner without a programme start date has no deadline: they are never overdue, and only the
inactivity half of "at risk" applies to them.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    COMPLETED = "completed", _("Completed")
    ON_TRACK = "on_track", _("On track")
    AT_RISK = "at_risk", _("At risk")
    OVERDUE = "overdue", _("Overdue")
    NOT_STARTED = "not_started", _("Not started")


@dataclass(frozen=True)
class Standing:
    status: str
    hours_missing: float
    weekly_pace_needed: float | None


def standing(*, credited_seconds, required_hours, satisfied, deadline, last_activity, today):
    """The learner's status, the hours still missing and the weekly pace they need."""
    missing = max(0.0, required_hours - credited_seconds / 3600)
    pace = None
    if deadline is not None and deadline >= today:
        weeks_left = max((deadline - today).days, 1) / 7
        pace = missing / weeks_left
    if satisfied:
        return Standing(Status.COMPLETED, 0.0, None)
    if deadline is not None and deadline < today:
        return Standing(Status.OVERDUE, missing, None)
    if not credited_seconds and last_activity is None:
        return Standing(Status.NOT_STARTED, missing, pace)
    inactive = last_activity is None or (today - last_activity).days >= settings.AT_RISK_INACTIVE_DAYS
    if inactive or (pace is not None and pace > settings.AT_RISK_HOURS_PER_WEEK):
        return Standing(Status.AT_RISK, missing, pace)
    return Standing(Status.ON_TRACK, missing, pace)
