"""Reminders: teachers hear about learners who became at risk or overdue, those learners get a nudge,
and each teacher gets a weekly summary of their classes (README: "Reminders").

Running any of this twice sends nothing twice. A notice exists once (the unique constraints on
`Notice`); an e-mail goes out only for notices its run claimed with a conditional UPDATE of
`emailed_at`, released again if sending fails so a later run can retry it; a nudge is recorded
(unique per learner, day and channel) before it is sent. The work is not one transaction on
purpose: each e-mail is claimed and sent on its own, so one failure neither stops nor undoes the
others. Texts are written in the reader's preferred language.
"""

import datetime
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext

from accounts.links import login_link
from progress.history import record_statuses
from progress.models import StatusChange
from progress.standing import Status, class_rows, danish_course, learner_rows
from reminders import sms
from reminders.models import Notice, Nudge
from teaching.access import visible_classes
from teaching.models import LearnerClass

logger = logging.getLogger(__name__)

ALERTS = {Status.AT_RISK: Notice.Kind.AT_RISK, Status.OVERDUE: Notice.Kind.OVERDUE}
DIGEST_DAYS = 7


@dataclass
class Sent:
    """What one run did: notices created, e-mails and nudges sent, and sending failures."""

    notices: int = 0
    emails: int = 0
    nudges: int = 0
    failures: list = field(default_factory=list)


def language_of(user):
    """The user's preferred language if the platform offers it, else the default language."""
    offered = dict(settings.LANGUAGES)
    return user.preferred_language if user.preferred_language in offered else settings.LANGUAGE_CODE


def absolute(path):
    return settings.SITE_BASE_URL + path


# --- Daily -------------------------------------------------------------------------------------


def send_daily_reminders(today):
    """Record today's statuses, then tell teachers and learners about those who became at risk or overdue.

    Works from all of today's recorded changes, not only the ones this run recorded: a run that
    stopped half-way is finished by the next one, and what was done already is not done again.
    """
    sent = Sent()
    record_statuses(today)
    changes = list(
        StatusChange.objects.filter(date=today, status__in=list(ALERTS), learner__is_active=True)
        .select_related("learner")
        .order_by("learner__first_name", "learner__username")
    )
    sent.notices = len(notify_teachers(changes, today))
    email_notices(Notice.objects.filter(day=today, kind__in=list(ALERTS.values())), status_email, sent)
    nudge_learners(changes, today, sent)
    return sent


def notify_teachers(changes, today):
    """One notice per teacher and learner who changed, for teachers who may see the learner's class.

    Returns the notices created now; those that already existed are left as they are.
    """
    learner_ids = [change.learner_id for change in changes]
    memberships = LearnerClass.learners.through.objects.filter(user_id__in=learner_ids).order_by(
        "learnerclass_id"
    )
    classes_of = {}
    for learner_id, class_id in memberships.values_list("user_id", "learnerclass_id"):
        classes_of.setdefault(learner_id, []).append(class_id)
    teachers_of = class_teachers({pk for ids in classes_of.values() for pk in ids})
    facts = learner_facts([change.learner for change in changes], today)
    created = []
    for change in changes:
        told = set()
        for class_id in classes_of.get(change.learner_id, []):
            for teacher in teachers_of.get(class_id, []):
                if teacher.pk in told:
                    continue
                told.add(teacher.pk)
                notice, new = Notice.objects.get_or_create(
                    recipient=teacher,
                    kind=ALERTS[change.status],
                    learner=change.learner,
                    day=today,
                    defaults={"learner_class_id": class_id, "data": facts.get(change.learner_id, {})},
                )
                if new:
                    created.append(notice)
    return created


def class_teachers(class_ids):
    """{class id: [its active teachers who may see it]} (teaching.access: their site's classes)."""
    links = LearnerClass.teachers.through.objects.filter(learnerclass_id__in=class_ids, user__is_active=True)
    teachers = {}
    for link in links.select_related("user"):
        teachers.setdefault(link.user_id, (link.user, set()))[1].add(link.learnerclass_id)
    result = {}
    for teacher, taught in teachers.values():
        for class_id in visible_classes(teacher).filter(pk__in=taught).values_list("pk", flat=True):
            result.setdefault(class_id, []).append(teacher)
    return result


def learner_facts(learners, today):
    """{learner id: the hours and deadline a notice about them shows}, from the course projection."""
    course = danish_course()
    rows = learner_rows(learners, today, course) if course is not None else []
    return {
        row.learner.pk: {
            "hours": round(row.hours, 1),
            "required_hours": row.required_hours,
            "deadline": row.deadline.isoformat() if row.deadline else None,
        }
        for row in rows
    }


def status_email(teacher, notices):
    """The e-mail that lists a teacher's learners whose status changed, grouped by class."""
    classes = {}
    for notice in notices:
        classes.setdefault(notice.learner_class, []).append(notice)
    context = {
        "teacher": teacher,
        "classes": [
            {"learner_class": learner_class, "notices": found, "url": dashboard_url(learner_class)}
            for learner_class, found in classes.items()
        ],
        "notices_url": absolute(reverse("notices")),
    }
    subject = ngettext(
        "%(count)d learner needs your attention", "%(count)d learners need your attention", len(notices)
    ) % {"count": len(notices)}
    return subject, render_to_string("reminders/email/status_changes.txt", context)


def dashboard_url(learner_class):
    if learner_class is None:
        return absolute(reverse("notices"))
    return absolute(reverse("class_dashboard", kwargs={"class_id": learner_class.pk}))


# --- E-mailing notices -------------------------------------------------------------------------


def email_notices(notices, compose, sent):
    """E-mail each recipient their `notices` not e-mailed yet, in one e-mail in their language.

    `compose(teacher, claimed notices)` returns the subject and body (called in that language).
    """
    pending = notices.filter(emailed_at__isnull=True).exclude(recipient__email="")
    for teacher_id in set(pending.values_list("recipient_id", flat=True)):
        claimed = claim(pending.filter(recipient_id=teacher_id))
        if not claimed:
            continue  # another run has them
        teacher = claimed[0].recipient
        try:
            with translation.override(language_of(teacher)):
                subject, body = compose(teacher, claimed)
                EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [teacher.email]).send()
        except Exception as error:
            # Released, not lost: the notice stays on the page and the next run tries the e-mail again.
            Notice.objects.filter(pk__in=[notice.pk for notice in claimed]).update(emailed_at=None)
            logger.exception("Could not e-mail notices to user %s", teacher.pk)
            sent.failures.append((teacher.email, error))
        else:
            sent.emails += 1


def claim(notices):
    """Mark `notices` e-mailed with a conditional UPDATE; return those this call marked."""
    stamp = timezone.now()
    ids = list(notices.values_list("pk", flat=True))
    Notice.objects.filter(pk__in=ids, emailed_at__isnull=True).update(emailed_at=stamp)
    mine = Notice.objects.filter(pk__in=ids, emailed_at=stamp)
    return list(
        mine.select_related("recipient", "learner", "learner_class").order_by(
            "learner_class__name", "learner__first_name", "learner__username", "pk"
        )
    )


# --- Nudges to learners ------------------------------------------------------------------------


def nudge_learners(changes, today, sent):
    """A short message to each learner of `changes` by e-mail and/or SMS, at most every NUDGE_EVERY_DAYS."""
    since = today - datetime.timedelta(days=settings.NUDGE_EVERY_DAYS)
    recent = set(
        Nudge.objects.filter(
            learner_id__in=[change.learner_id for change in changes], date__gt=since, date__lt=today
        ).values_list("learner_id", flat=True)
    )
    for change in changes:
        if change.learner_id not in recent:
            nudge_learner(change.learner, change.status, today, sent)


def nudge_learner(learner, status, today, sent):
    channels = {Nudge.Channel.EMAIL: learner.email, Nudge.Channel.SMS: learner.phone}
    for channel, address in channels.items():
        if not address:
            continue
        nudge, new = Nudge.objects.get_or_create(
            learner=learner, date=today, channel=channel, defaults={"status": status}
        )
        if not new:
            continue
        try:
            with translation.override(language_of(learner)):
                send_nudge(learner, status, channel, address)
        except Exception as error:
            nudge.delete()  # not sent: a later run may try again
            logger.exception("Could not nudge learner %s by %s", learner.pk, channel)
            sent.failures.append((address, error))
        else:
            sent.nudges += 1


def send_nudge(learner, status, channel, address):
    """Send the nudge in the active language: the same short text by e-mail or SMS."""
    text = nudge_text(learner, status)
    if channel == Nudge.Channel.SMS:
        sms.send_sms(address, text)
        return
    if status == Status.OVERDUE:
        subject = gettext("Your course deadline has passed")
    else:
        subject = gettext("Keep going with your course")
    body = render_to_string("reminders/email/nudge.txt", {"learner": learner, "text": text})
    EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [address]).send()


def nudge_text(learner, status):
    values = {"name": learner.first_name or learner.get_username(), "link": absolute(login_link(learner))}
    if status == Status.OVERDUE:
        return (
            gettext(
                "Hello %(name)s. Your deadline for the course about Danish society has passed. "
                "Talk to your teacher and keep going: %(link)s"
            )
            % values
        )
    return (
        gettext(
            "Hello %(name)s. You need more hours in the course about Danish society to finish on time. "
            "Log in and continue: %(link)s"
        )
        % values
    )


# --- Weekly -----------------------------------------------------------------------------------


def week_of(today):
    """The Monday of `today`'s ISO week: the key that makes a weekly summary exist once."""
    return today - datetime.timedelta(days=today.weekday())


def send_weekly_digest(today):
    """One notice per teacher and class they teach, and one e-mail per teacher, once per ISO week."""
    sent = Sent()
    monday = week_of(today)
    classes = LearnerClass.objects.filter(teachers__isnull=False).distinct().select_related("site")
    teachers_of = class_teachers([learner_class.pk for learner_class in classes])
    summaries = {}
    for learner_class in classes:
        for teacher in teachers_of.get(learner_class.pk, []):
            if learner_class.pk not in summaries:
                summaries[learner_class.pk] = class_summary(learner_class, today)
            _notice, new = Notice.objects.get_or_create(
                recipient=teacher,
                kind=Notice.Kind.WEEKLY_DIGEST,
                learner=None,
                learner_class=learner_class,
                day=monday,
                defaults={"data": {"counts": summaries[learner_class.pk].counts}},
            )
            sent.notices += new

    def compose(teacher, notices):
        found = [
            summaries.get(notice.learner_class_id) or class_summary(notice.learner_class, today)
            for notice in notices
        ]
        return digest_email(teacher, found)

    digests = Notice.objects.filter(day=monday, kind=Notice.Kind.WEEKLY_DIGEST)
    email_notices(digests, compose, sent)
    return sent


@dataclass
class ClassSummary:
    learner_class: LearnerClass
    counts: dict
    changed: list
    overdue: list


def class_summary(learner_class, today):
    """A class's learners counted by status, who changed status in the last week, and who is overdue."""
    rows = class_rows(learner_class, today)
    counts = dict.fromkeys(Status.values, 0)
    for row in rows:
        counts[row.status] += 1
    since = today - datetime.timedelta(days=DIGEST_DAYS)
    latest = {}
    changes = StatusChange.objects.filter(
        date__gt=since, date__lte=today, learner__in=[row.learner for row in rows]
    ).order_by("date")
    for change in changes:
        latest[change.learner_id] = change
    changed = [
        (row.learner, Status(latest[row.learner.pk].status).label) for row in rows if row.learner.pk in latest
    ]
    overdue = [row.learner for row in rows if row.status == Status.OVERDUE]
    return ClassSummary(learner_class, counts, changed, overdue)


def digest_email(teacher, summaries):
    context = {
        "teacher": teacher,
        "classes": [
            {
                "summary": summary,
                "counts": [(label, summary.counts[status]) for status, label in Status.choices],
                "url": dashboard_url(summary.learner_class),
            }
            for summary in summaries
        ],
    }
    subject = gettext("Your weekly summary of your classes")
    return subject, render_to_string("reminders/email/weekly_digest.txt", context)


# --- Reading notices --------------------------------------------------------------------------


def mark_notices_read(user):
    """Mark all of `user`'s unread notices read; returns how many were."""
    return Notice.objects.filter(recipient=user, read_at__isnull=True).update(read_at=timezone.now())


def unread_notices(user):
    return Notice.objects.filter(recipient=user, read_at__isnull=True)


def users_notices(user):
    return Notice.objects.filter(recipient=user).select_related("learner", "learner_class")
