"""Reminders: notices and e-mails to teachers, nudges to learners, the weekly summary; never twice."""

import datetime
import smtplib

import pytest
import time_machine
from django.core import mail
from django.core.mail.backends import locmem
from django.utils import translation
from django_celery_beat.models import PeriodicTask

from accounts.models import User
from progress.models import CourseProgress, StatusChange
from reminders import sms, tasks
from reminders.models import Notice, Nudge
from reminders.services import send_daily_reminders, send_weekly_digest
from teaching.models import LearnerClass
from tests.factories import UserFactory

TODAY = datetime.date(2026, 6, 1)  # a Monday
NOW = datetime.datetime(2026, 6, 1, 4, 30, tzinfo=datetime.UTC)  # 06:30 in Copenhagen
RECENT_START = datetime.date(2026, 3, 1)  # deadline 1 September 2026
EARLY_START = datetime.date(2025, 11, 1)  # deadline 1 May 2026: passed


class RefusingOneAddress(locmem.EmailBackend):
    """Delivers to the test outbox, except to broken@example.org (an SMTP server's refusal)."""

    def send_messages(self, messages):
        for message in messages:
            if "broken@example.org" in message.to:
                raise smtplib.SMTPRecipientsRefused({"broken@example.org": (550, b"No such user")})
        return super().send_messages(messages)


@pytest.fixture(autouse=True)
def sms_outbox(settings):
    settings.SMS_BACKEND = "reminders.sms.LocmemBackend"
    settings.NUDGE_EVERY_DAYS = 7
    sms.outbox.clear()
    yield sms.outbox
    sms.outbox.clear()


@pytest.fixture
def learner_class(site_a, teacher):
    teacher.email = "lærer@example.org"
    teacher.first_name = "Hanne"
    teacher.preferred_language = "uk"
    teacher.save()
    learner_class = LearnerClass.objects.create(site=site_a, name="Dansk 2, hold B")
    learner_class.teachers.add(teacher)
    return learner_class


def enrol(learner_class, course, name, *, start, hours, idle_days, **fields):
    learner = UserFactory(role=User.Role.LEARNER, first_name=name, sites=[learner_class.site], **fields)
    learner.programme_start = start
    learner.save()
    learner_class.learners.add(learner)
    CourseProgress.objects.create(
        learner=learner,
        course_key=course.translation_key,
        elearning_seconds=hours * 3600,
        last_activity_at=NOW - datetime.timedelta(days=idle_days),
    )
    return learner


def was_on_track(*learners):
    """Yesterday's recorded status: today's change is a change."""
    for learner in learners:
        StatusChange.objects.create(
            learner=learner, date=TODAY - datetime.timedelta(days=1), status="on_track"
        )


@pytest.fixture
def changed_class(learner_class, course):
    """Bohdan became at risk (three weeks idle), Chiara overdue; Amal is on track."""
    enrol(learner_class, course, "Amal", start=RECENT_START, hours=12, idle_days=1)
    bohdan = enrol(learner_class, course, "Bohdan", start=RECENT_START, hours=3, idle_days=21)
    chiara = enrol(learner_class, course, "Chiara", start=EARLY_START, hours=5, idle_days=40)
    was_on_track(*learner_class.learners.all())
    return learner_class, bohdan, chiara


def emails_to(address):
    return [message for message in mail.outbox if address in message.to]


def in_language(language, message):
    with translation.override(language):
        return translation.gettext(message)


FOOTER = "Samfund: the course in understanding Danish society."


@time_machine.travel(NOW)
def test_a_teacher_gets_a_notice_per_learner_and_one_email_in_their_language(changed_class, teacher):
    learner_class, bohdan, chiara = changed_class

    sent = send_daily_reminders(TODAY)

    notices = Notice.objects.filter(recipient=teacher).order_by("kind")
    assert [(notice.kind, notice.learner, notice.learner_class) for notice in notices] == [
        ("at_risk", bohdan, learner_class),
        ("overdue", chiara, learner_class),
    ]
    assert all(notice.emailed_at and notice.read_at is None for notice in notices)
    assert notices[0].data == {"hours": 3.0, "required_hours": 20, "deadline": "2026-09-01"}
    [email] = emails_to("lærer@example.org")
    with translation.override("uk"):
        assert email.subject == translation.ngettext(
            "%(count)d learner needs your attention", "%(count)d learners need your attention", 2
        ) % {"count": 2}
    with translation.override("en"):
        assert notices[0].message() == "Bohdan is at risk of not finishing in time: 3.0 of 20 hours."
        assert notices[1].message() == "Chiara has passed the deadline with 5.0 of 20 hours."
    # Written in Ukrainian (decimal comma), with links to the Ukrainian pages.
    with translation.override("uk"):
        assert notices[0].message() in email.body
        assert notices[1].message() in email.body
    assert "3,0" in email.body
    assert "Amal" not in email.body
    assert in_language("uk", FOOTER) in email.body
    assert f"http://127.0.0.1:8000/uk/teach/classes/{learner_class.pk}/" in email.body
    assert "http://127.0.0.1:8000/uk/teach/notices/" in email.body
    assert (sent.notices, sent.emails, sent.failures) == (2, 1, [])


@time_machine.travel(NOW)
def test_a_teacher_of_another_site_gets_nothing(changed_class, other_site_teacher):
    learner_class, _bohdan, _chiara = changed_class
    other_site_teacher.email = "andet@example.org"
    other_site_teacher.save()
    # Even put on the class by mistake: they may not see the site's learners.
    learner_class.teachers.add(other_site_teacher)

    send_daily_reminders(TODAY)

    assert not Notice.objects.filter(recipient=other_site_teacher).exists()
    assert emails_to("andet@example.org") == []


@time_machine.travel(NOW)
def test_running_twice_on_a_day_sends_nothing_twice(changed_class, teacher):
    _learner_class, bohdan, _chiara = changed_class
    bohdan.email = "bohdan@example.org"
    bohdan.save()

    send_daily_reminders(TODAY)
    count = len(mail.outbox)
    second = send_daily_reminders(TODAY)

    assert count == 2  # the teacher's e-mail and Bohdan's nudge
    assert len(mail.outbox) == count
    assert (second.notices, second.emails, second.nudges) == (0, 0, 0)
    assert Notice.objects.filter(recipient=teacher).count() == 2
    assert Nudge.objects.filter(learner=bohdan).count() == 1


@time_machine.travel(NOW)
def test_the_task_finishes_a_run_that_stopped_half_way(changed_class, teacher):
    from progress.history import record_statuses

    record_statuses(TODAY)  # the run died after recording the statuses

    tasks.daily_reminders.delay()

    assert Notice.objects.filter(recipient=teacher).count() == 2
    assert len(emails_to("lærer@example.org")) == 1


@time_machine.travel(NOW)
def test_an_arabic_learner_gets_a_nudge_in_arabic_by_email_and_sms(learner_class, course, sms_outbox):
    amal = enrol(
        learner_class,
        course,
        "Amal",
        start=RECENT_START,
        hours=2,
        idle_days=30,
        email="amal@example.org",
        phone="+45 20 30 40 50",
        preferred_language="ar",
        username="amal.h",
    )
    was_on_track(amal)

    send_daily_reminders(TODAY)

    [email] = emails_to("amal@example.org")
    assert "http://127.0.0.1:8000/ar/login/amal.h/" in email.body
    assert in_language("ar", FOOTER) in email.body
    assert email.subject == in_language("ar", "Keep going with your course")
    [text] = sms_outbox
    assert text.to == "+45 20 30 40 50"
    assert "Amal" in text.body
    assert "http://127.0.0.1:8000/ar/login/amal.h/" in text.body
    assert sorted(Nudge.objects.filter(learner=amal).values_list("channel", "status")) == [
        ("email", "at_risk"),
        ("sms", "at_risk"),
    ]


@time_machine.travel(NOW)
def test_a_learner_is_not_nudged_again_within_nudge_every_days(learner_class, course, sms_outbox):
    bohdan = enrol(
        learner_class, course, "Bohdan", start=RECENT_START, hours=2, idle_days=30, phone="20304050"
    )
    Nudge.objects.create(
        learner=bohdan, date=TODAY - datetime.timedelta(days=6), channel="sms", status="at_risk"
    )
    StatusChange.objects.create(learner=bohdan, date=TODAY - datetime.timedelta(days=2), status="on_track")

    send_daily_reminders(TODAY)
    assert sms_outbox == []

    # A week after the last nudge he may hear from us again, when his status changes again.
    StatusChange.objects.create(learner=bohdan, date=TODAY + datetime.timedelta(days=6), status="on_track")
    send_daily_reminders(TODAY + datetime.timedelta(days=7))
    assert len(sms_outbox) == 1


@time_machine.travel(NOW)
def test_a_learner_without_email_or_phone_is_not_nudged(changed_class, sms_outbox):
    send_daily_reminders(TODAY)

    assert not Nudge.objects.exists()
    assert sms_outbox == []
    assert emails_to("lærer@example.org")  # the teacher hears about them all the same


@time_machine.travel(NOW)
def test_a_failing_email_does_not_stop_the_others_nor_lose_the_notice(changed_class, settings, teacher):
    learner_class, _bohdan, _chiara = changed_class
    settings.EMAIL_BACKEND = "tests.reminders.test_reminders.RefusingOneAddress"
    broken = UserFactory(role=User.Role.TEACHER, sites=[learner_class.site], email="broken@example.org")
    learner_class.teachers.add(broken)

    sent = send_daily_reminders(TODAY)

    assert len(emails_to("lærer@example.org")) == 1
    assert [address for address, _error in sent.failures] == ["broken@example.org"]
    assert Notice.objects.filter(recipient=broken, emailed_at__isnull=True).count() == 2

    # Once the address is mended, the next run sends what was not sent, and only that.
    broken.email = "mended@example.org"
    broken.save()
    send_daily_reminders(TODAY)
    assert len(emails_to("mended@example.org")) == 1
    assert len(emails_to("lærer@example.org")) == 1


@time_machine.travel(NOW)
def test_the_weekly_summary_goes_out_once_a_week(changed_class, teacher):
    learner_class, _bohdan, _chiara = changed_class
    teacher.preferred_language = "da"
    teacher.save()
    send_daily_reminders(TODAY)
    mail.outbox.clear()

    send_weekly_digest(TODAY)
    send_weekly_digest(TODAY + datetime.timedelta(days=3))  # run again later in the same ISO week

    [notice] = Notice.objects.filter(recipient=teacher, kind="weekly_digest")
    assert (notice.learner_class, notice.day, notice.learner) == (learner_class, TODAY, None)
    assert notice.data["counts"] == {
        "completed": 0,
        "on_track": 1,
        "at_risk": 1,
        "overdue": 1,
        "not_started": 0,
    }
    [email] = mail.outbox
    assert email.to == ["lærer@example.org"]
    assert "Dansk 2, hold B (Sprogcenter A)" in email.body
    at_risk = in_language("da", "At risk")
    assert f"{at_risk}: 1" in email.body  # in Danish
    assert f"Bohdan: {at_risk}" in email.body  # changed status this week
    assert "  - Chiara\n" in email.body  # overdue
    assert f"http://127.0.0.1:8000/da/teach/classes/{learner_class.pk}/" in email.body

    send_weekly_digest(TODAY + datetime.timedelta(days=7))
    assert len(mail.outbox) == 2
    assert Notice.objects.filter(recipient=teacher, kind="weekly_digest").count() == 2


@time_machine.travel(NOW)
def test_the_weekly_summary_reaches_only_teachers_of_the_class(changed_class, other_site_teacher):
    other_site_teacher.email = "andet@example.org"
    other_site_teacher.save()

    tasks.weekly_digest.delay()

    assert not Notice.objects.filter(recipient=other_site_teacher).exists()
    assert emails_to("andet@example.org") == []
    assert len(emails_to("lærer@example.org")) == 1


def test_the_reminders_are_scheduled_in_copenhagen_time_and_editable(db):
    daily = PeriodicTask.objects.get(task="reminders.tasks.daily_reminders")
    weekly = PeriodicTask.objects.get(task="reminders.tasks.weekly_digest")

    assert daily.enabled and weekly.enabled
    assert (daily.crontab.minute, daily.crontab.hour, daily.crontab.day_of_week) == ("30", "6", "*")
    assert (weekly.crontab.minute, weekly.crontab.hour, weekly.crontab.day_of_week) == ("0", "7", "1")
    assert str(daily.crontab.timezone) == str(weekly.crontab.timezone) == "Europe/Copenhagen"
