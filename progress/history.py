"""Status history: one row per learner each time their status changes (`StatusChange`).

`record_statuses(today)` is run daily by Celery beat before the reminders. It works out every
learner's status by the README's rule and writes a change where it differs from the learner's last
recorded one. Running it twice on a day writes nothing the second time.
"""

import datetime
from collections import Counter

from django.db import transaction
from django.db.models import OuterRef, Subquery

from accounts.models import User
from progress.models import StatusChange
from progress.standing import danish_course, learner_rows

BATCH = 2000


def last_statuses(learners, before=None):
    """{learner id: (date, status)} of each learner's latest change (before `before`, if given)."""
    changes = StatusChange.objects.filter(learner_id=OuterRef("pk"))
    if before is not None:
        changes = changes.filter(date__lt=before)
    latest = changes.order_by("-date")
    rows = (
        learners.annotate(
            last_status=Subquery(latest.values("status")[:1]), last_date=Subquery(latest.values("date")[:1])
        )
        .filter(last_status__isnull=False)
        .values_list("pk", "last_date", "last_status")
    )
    return {pk: (date, status) for pk, date, status in rows}


def record_statuses(today):
    """Record today's status of each learner whose status changed; return the changes new today.

    A learner is compared with their last status before today. A second run on the same day returns
    only what changed since the first (nothing, usually), so reminders built on it are not sent twice.
    """
    course = danish_course()
    if course is None:
        return []
    learners = User.objects.filter(role=User.Role.LEARNER, is_active=True).order_by("pk")
    created = []
    last_pk = 0
    while chunk := list(learners.filter(pk__gt=last_pk)[:BATCH]):
        last_pk = chunk[-1].pk
        chosen = User.objects.filter(pk__in=[learner.pk for learner in chunk])
        before = last_statuses(chosen, before=today)
        already = dict(
            StatusChange.objects.filter(learner__in=chosen, date=today).values_list("learner_id", "status")
        )
        changes, unchanged = [], []
        for row in learner_rows(chunk, today, course):
            pk = row.learner.pk
            if before.get(pk, (None, None))[1] == row.status:
                unchanged.append(pk)
            elif already.get(pk) != row.status:
                changes.append(
                    StatusChange(
                        learner=row.learner,
                        date=today,
                        status=row.status,
                        credited_seconds=round(row.hours * 3600),
                    )
                )
        with transaction.atomic():
            # Today's row of a learner whose status changed back, or changed again, goes first.
            StatusChange.objects.filter(
                learner_id__in=unchanged + [change.learner.pk for change in changes], date=today
            ).delete()
            # A run racing this one may have written the same row meanwhile: keep whichever came first.
            StatusChange.objects.bulk_create(changes, ignore_conflicts=True)
        created.extend(changes)
    return created


def distribution(learner_ids, days):
    """[(day, Counter(status: learners))] for each of `days` (ascending), from the recorded changes."""
    if not days:
        return []
    changes = StatusChange.objects.filter(learner_id__in=learner_ids, date__lte=days[-1]).order_by(
        "learner_id", "date"
    )
    by_learner = {}
    for change in changes.values_list("learner_id", "date", "status"):
        by_learner.setdefault(change[0], []).append(change[1:])
    result = []
    for day in days:
        counts = Counter()
        for history in by_learner.values():
            current = None
            for date, status in history:
                if date > day:
                    break
                current = status
            if current:
                counts[current] += 1
        result.append((day, counts))
    return result


def weeks_back(today, weeks):
    """`weeks` days a week apart, ending with `today`, ascending: the points of a trend."""
    return [today - datetime.timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]
