"""The coordinator's figures: a learner's facts, and what a group of learners adds up to.

Filled by `reports.coordinator`; shown by the overview pages and their downloads.
"""

import datetime
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from accounts.models import LearningSite
from progress.standing import Status

BEHIND = frozenset({Status.AT_RISK, Status.OVERDUE})


@dataclass(slots=True)
class LearnerFacts:
    """One learner against the requirement today, what that is made of, and their trend statuses."""

    pk: int
    first_name: str
    last_name: str
    username: str
    external_reference: str
    language: str
    programme_start: datetime.date | None
    deadline: datetime.date | None
    elearning_seconds: int
    classroom_seconds: int
    required_hours: int
    last_activity: datetime.date | None
    satisfied_on: datetime.date | None
    status: str
    on_time: bool | None  # None: not decided yet, or no deadline
    timeline: tuple  # the status on each trend day, None before the first recorded one

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def hours(self):
        return (self.elearning_seconds + self.classroom_seconds) / 3600

    @property
    def tally_key(self):
        return (self.status, self.on_time, self.timeline)


@dataclass
class TrendPoint:
    day: datetime.date
    learners: int  # with a recorded status that day
    behind_percent: float | None
    completed_percent: float | None


@dataclass
class Figures:
    """The figures of one group of learners: a site, a class, a language group or a total.

    Learners are tallied by what the figures need of them (status, on time, statuses on the trend
    days): ten thousand learners make a few dozen distinct tallies, so adding one is a dict update.
    """

    label: str
    item: object = None
    days: list = field(default_factory=list)
    tally: Counter = field(default_factory=Counter)

    def add(self, facts):
        self.tally[facts.tally_key] += 1
        self.__dict__.pop("summary", None)

    @cached_property
    def summary(self):
        learners, decided, on_time, statuses = 0, 0, 0, Counter()
        known, behind, completed = [0] * len(self.days), [0] * len(self.days), [0] * len(self.days)
        for (status, in_time, timeline), count in self.tally.items():
            learners += count
            statuses[status] += count
            if in_time is not None:
                decided += count
                on_time += count * in_time
            for index, past in enumerate(timeline):
                if past is not None:
                    known[index] += count
                    behind[index] += count * (past in BEHIND)
                    completed[index] += count * (past == Status.COMPLETED)
        trend = [
            TrendPoint(
                day=day,
                learners=number,
                behind_percent=100 * behind[index] / number if number else None,
                completed_percent=100 * completed[index] / number if number else None,
            )
            for index, (day, number) in enumerate(zip(self.days, known, strict=True))
        ]
        return {
            "learners": learners,
            "statuses": statuses,
            "decided": decided,
            "on_time": on_time,
            "trend": trend,
        }

    @property
    def learners(self):
        return self.summary["learners"]

    @property
    def decided(self):
        """Learners with a deadline who have met the requirement or whose deadline has passed."""
        return self.summary["decided"]

    @property
    def on_time(self):
        """Of the decided, those who met the requirement on or before their deadline."""
        return self.summary["on_time"]

    @property
    def on_time_percent(self):
        """Completed within the deadline, in percent of the decided; None when nobody is decided."""
        return 100 * self.on_time / self.decided if self.decided else None

    @property
    def trend(self):
        return self.summary["trend"]

    @property
    def completed(self):
        return self.summary["statuses"][Status.COMPLETED]

    @property
    def on_track(self):
        return self.summary["statuses"][Status.ON_TRACK]

    @property
    def at_risk(self):
        return self.summary["statuses"][Status.AT_RISK]

    @property
    def overdue(self):
        return self.summary["statuses"][Status.OVERDUE]

    @property
    def not_started(self):
        return self.summary["statuses"][Status.NOT_STARTED]


@dataclass
class MunicipalityFigures:
    municipality: object
    sites: list
    total: Figures


@dataclass
class Overview:
    today: datetime.date
    course: object  # the Danish course page (its rules: hours, months), or None
    days: list
    municipalities: list  # of MunicipalityFigures, by name
    languages: list  # of Figures, largest group first
    total: Figures


@dataclass
class SiteOverview:
    site: LearningSite
    today: datetime.date
    course: object
    days: list
    classes: list  # of Figures, by class name; learners in no class last, if any
    languages: list
    total: Figures


@dataclass
class SiteLearner:
    facts: LearnerFacts
    classes: list  # names of the learner's classes at the site
