"""A learner's standing against the course requirement, worked out in one place: the deadline,
the hours, the status and the pace needed. The learner's page, the class dashboard, the status
history, the reminders, the coordinator overview and the exports all read it from here.

The status, by one rule written in the README:

- **completed**: the requirement is met (the course's `satisfied` statement is recorded);
- **overdue**: the deadline has passed without it;
- **not started**: no credited time and no activity yet (and the deadline not passed);
- **at risk**: the hours still missing need more than `AT_RISK_HOURS_PER_WEEK` a week until the
  deadline, or nothing has happened for `AT_RISK_INACTIVE_DAYS` days;
- **on track**: everything else.

The deadline runs from the learner's date that the course's "deadline runs from" setting names
(`start_date`): the date the municipality took over responsibility (the default), the arrival date
or the residence permit's date. A learner without that date has no deadline: they are never
overdue, and only the inactivity half of "at risk" applies to them.

Read from the projections only, in a fixed number of queries however many learners.
"""

import calendar
import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.models import Locale

from accounts.models import User
from courses.models import CoursePage
from courses.translation import localized
from progress import structure
from progress.models import CourseProgress


class Status(models.TextChoices):
    COMPLETED = "completed", gettext_lazy("Completed")
    ON_TRACK = "on_track", gettext_lazy("On track")
    AT_RISK = "at_risk", gettext_lazy("At risk")
    OVERDUE = "overdue", gettext_lazy("Overdue")
    NOT_STARTED = "not_started", gettext_lazy("Not started")


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


def add_months(start, months):
    month = start.month - 1 + months
    year, month = start.year + month // 12, month % 12 + 1
    return datetime.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def deadline_from(start, course):
    """The deadline: the course's months after the learner's start date (the date the course's
    "deadline runs from" names: arrival, residence permit or the municipality's takeover)."""
    if start is None or course is None:
        return None
    return add_months(start, course.deadline_months)


# The learner's date each "deadline runs from" setting names (accounts.User).
START_FIELDS = {
    CoursePage.DeadlineFrom.TAKEOVER: "programme_start",
    CoursePage.DeadlineFrom.ARRIVAL: "arrival_date",
    CoursePage.DeadlineFrom.RESIDENCE_PERMIT: "residence_permit_date",
}


def start_field(course):
    """The learner's field the course's deadline runs from."""
    anchor = course.deadline_from if course is not None else CoursePage.DeadlineFrom.TAKEOVER
    return START_FIELDS.get(anchor, START_FIELDS[CoursePage.DeadlineFrom.TAKEOVER])


def start_date(learner, course):
    """The learner's date the course's deadline runs from, or None."""
    return getattr(learner, start_field(course))


def deadline(learner, course):
    return deadline_from(start_date(learner, course), course)


def start_date_label(course):
    """What a learner's start date is, by the course's "deadline runs from" setting."""
    if course is None:
        return CoursePage.DeadlineFrom.TAKEOVER.label
    return CoursePage.DeadlineFrom(course.deadline_from).label


@dataclass(frozen=True)
class Assessment:
    """A learner against the requirement today, and the figures it is made of."""

    credited_seconds: int
    required_hours: int
    deadline: datetime.date | None
    last_activity: datetime.date | None
    standing: Standing


def assess(*, start, credited_seconds, satisfied_at, last_activity_at, course, today):
    """The one rule every page applies to a learner (`Row`s, the overview's facts, the history).

    Takes plain values, so the coordinator's overview can apply it to ten thousand learners read as
    tuples rather than models.
    """
    required = course.required_hours if course else 0
    due = deadline_from(start, course)
    last = timezone.localdate(last_activity_at) if last_activity_at else None
    found = standing(
        credited_seconds=credited_seconds,
        required_hours=required,
        satisfied=satisfied_at is not None,
        deadline=due,
        last_activity=last,
        today=today,
    )
    return Assessment(credited_seconds, required, due, last, found)


STATUS_ORDER = [Status.OVERDUE, Status.AT_RISK, Status.NOT_STARTED, Status.ON_TRACK, Status.COMPLETED]


@dataclass
class Row:
    learner: User
    hours: float
    required_hours: int
    percent: int
    mandatory_done: int
    mandatory_total: int
    deadline: datetime.date | None
    days_left: int | None
    last_activity: datetime.date | None
    status: str
    status_label: str
    weekly_pace_needed: float | None
    elearning_seconds: int = 0
    classroom_seconds: int = 0
    # The date the deadline runs from (`start_date`).
    start: datetime.date | None = None

    # The dashboard's texts per row, translated here: thirty {% blocktranslate %}s a column were slow.
    @property
    def hours_text(self):
        return _("%(hours)s of %(required)s") % {
            "hours": number_format(round(self.hours, 1), 1),
            "required": self.required_hours,
        }

    @property
    def days_left_text(self):
        if self.days_left is None or self.days_left < 0:
            return ""
        return ngettext("%(days)s day left", "%(days)s days left", self.days_left) % {"days": self.days_left}

    @property
    def pace_text(self):
        if not self.weekly_pace_needed or self.status == Status.COMPLETED:
            return ""
        return _("needs %(pace)s h a week") % {"pace": number_format(round(self.weekly_pace_needed, 1), 1)}


SORTS = {
    "status": lambda row: (
        STATUS_ORDER.index(row.status),
        row.days_left if row.days_left is not None else 10**6,
    ),
    "name": lambda row: (row.learner.get_full_name() or row.learner.username).lower(),
    "hours": lambda row: row.hours,
    "deadline": lambda row: row.deadline or datetime.date.max,
    "last_activity": lambda row: row.last_activity or datetime.date.min,
}


def narrowed(rows, status=None, sort=None):
    """(rows, status, sort): the rows of one `status` (all for an unknown one), ordered by `sort`
    (by status for an unknown one), as the class dashboard and its download show them."""
    status = status if status in Status.values else ""
    sort = sort if sort in SORTS else "status"
    chosen = [row for row in rows if row.status == status] if status else list(rows)
    chosen.sort(key=SORTS[sort])
    return chosen, status, sort


def rule_settings():
    return {
        "hours_per_week": settings.AT_RISK_HOURS_PER_WEEK,
        "inactive_days": settings.AT_RISK_INACTIVE_DAYS,
    }


def current_course():
    """The course, in the active language where translated."""
    found = CoursePage.objects.live().filter(locale=Locale.get_default()).first()
    return localized([found])[0] if found else None


def danish_course():
    """The Danish course page: its rules (hours, months) are synchronised across translations."""
    return CoursePage.objects.live().filter(locale=Locale.get_default()).first()


def class_rows(learner_class, today):
    """One row per learner of the class: three queries, whatever the size of the class."""
    learners = learner_class.learners.filter(role=User.Role.LEARNER).order_by("first_name", "username")
    return learner_rows(learners, today)


def learner_rows(learners, today, course=None):
    """One row per learner of `learners` (a queryset or list): two queries besides the course's.

    Rows follow the order of `learners`. Pass `course` (the Danish course page) to save its query.
    """
    course = course or danish_course()
    # A queryset filters the progress by subquery: no list of ten thousand ids in the SQL.
    chosen = learners.values("pk") if isinstance(learners, QuerySet) else [learner.pk for learner in learners]
    learners = list(learners)
    progress = {}
    if course is not None and learners:
        progress = {
            row.learner_id: row
            for row in CourseProgress.objects.filter(learner_id__in=chosen, course_key=course.translation_key)
        }
    # A learner who has not started has done 0 of the course's mandatory modules, not "0 / 0".
    mandatory = structure.current().mandatory_modules(course.translation_key) if course is not None else 0
    return [_row(learner, progress.get(learner.pk), course, today, mandatory) for learner in learners]


def _row(learner, progress, course, today, mandatory_total=0):
    start = start_date(learner, course)
    found = assess(
        start=start,
        credited_seconds=progress.credited_seconds if progress else 0,
        satisfied_at=progress.satisfied_at if progress else None,
        last_activity_at=progress.last_activity_at if progress else None,
        course=course,
        today=today,
    )
    credited, required, due, last = (
        found.credited_seconds,
        found.required_hours,
        found.deadline,
        found.last_activity,
    )
    found = found.standing
    return Row(
        learner=learner,
        hours=credited / 3600,
        required_hours=required,
        percent=min(100, round(100 * credited / (required * 3600))) if required else 0,
        mandatory_done=progress.mandatory_modules_done if progress else 0,
        mandatory_total=progress.mandatory_modules_total if progress else mandatory_total,
        deadline=due,
        days_left=(due - today).days if due else None,
        last_activity=last,
        status=found.status,
        status_label=Status(found.status).label,
        weekly_pace_needed=found.weekly_pace_needed,
        elearning_seconds=progress.elearning_seconds if progress else 0,
        classroom_seconds=progress.classroom_seconds if progress else 0,
        start=start,
    )
