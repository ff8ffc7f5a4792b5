"""Study time that cannot run ahead of the clock (the integrity rule for e-learning time).

A lesson page counts the seconds its learner is active and reports them every minute. What is
credited is bounded by what the server saw pass: a report credits at most the time since the
learner's previous credited report (or since a lesson page was opened after a pause), plus
`SLACK_SECONDS`. The bound is per learner, across all their tabs and lessons.
"""

import math
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from progress.models import StudyClock

# Reports arrive a little early or late on a slow network; this much more is allowed per report.
SLACK_SECONDS = 5
# A page reports at least this often while the learner is active (lesson-tracker.js: every
# minute, at most 300 seconds at once): an older mark is a pause, and opening a page restarts it.
PAUSE_SECONDS = 300


def opened(learner, now: datetime | None = None) -> None:
    """A lesson page was opened: after a pause, time counts from now, not from the last report."""
    now = now or timezone.now()
    paused_since = now - timedelta(seconds=PAUSE_SECONDS)
    updated = StudyClock.objects.filter(learner=learner, credited_until__lt=paused_since).update(
        credited_until=now
    )
    if not updated:
        StudyClock.objects.get_or_create(learner=learner, defaults={"credited_until": now})


@transaction.atomic
def take(learner, claimed_seconds: int, now: datetime | None = None) -> int:
    """The seconds of a report of `claimed_seconds` that the clock allows; moves the clock on."""
    now = now or timezone.now()
    clock = StudyClock.objects.select_for_update().filter(learner=learner).first()
    if clock is None:
        # A report without an opened page (a page from before this rule): it starts the clock.
        StudyClock.objects.get_or_create(learner=learner, defaults={"credited_until": now})
        return 0
    since = (now - clock.credited_until).total_seconds()
    allowed = max(0, min(claimed_seconds, math.floor(since + SLACK_SECONDS)))
    if allowed:
        # Slack spent now is not available to the next report.
        clock.credited_until = max(now, clock.credited_until + timedelta(seconds=allowed))
        clock.save(update_fields=["credited_until"])
    return allowed
