"""Progress: projections of a learner's statements, and the classes teachers assign work to.

The projections (`LessonProgress`, `ModuleProgress`, `CourseProgress`) are derived data: they are
updated from the LRS's statements in the transaction that stores them, and `rebuild_progress` makes
them again from the statements alone with the same result. Pages are referred to by their Wagtail
`translation_key`, so progress is one whatever language a learner studies in. Not translated.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import formats
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class LessonProgress(models.Model):
    """A learner's time, required activities, best score and completion in one lesson."""

    learner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    lesson_key = models.UUIDField()
    seconds = models.PositiveIntegerField(default=0, help_text="Time recorded on the lesson, uncapped.")
    credited_seconds = models.PositiveIntegerField(default=0, help_text="Time that counts: capped.")
    activities_done = models.JSONField(default=list, help_text="Required activity ids done.")
    best_score = models.FloatField(null=True, help_text="The best scaled score (0–1) in the lesson.")
    completed_at = models.DateTimeField(null=True)
    last_activity_at = models.DateTimeField(null=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["learner", "lesson_key"], name="one_progress_per_lesson")
        ]

    def __str__(self):
        return f"{self.learner_id} lesson {self.lesson_key}"


class ModuleProgress(models.Model):
    """How many of a module's lessons a learner has completed; complete when all are."""

    learner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    module_key = models.UUIDField()
    lessons_completed = models.PositiveSmallIntegerField(default=0)
    lessons_total = models.PositiveSmallIntegerField(default=0)
    completed_at = models.DateTimeField(null=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["learner", "module_key"], name="one_progress_per_module")
        ]

    def __str__(self):
        return f"{self.learner_id} module {self.module_key}"

    @property
    def percent(self):
        return round(100 * self.lessons_completed / self.lessons_total) if self.lessons_total else 0


class CourseProgress(models.Model):
    """A learner's hours towards the course's requirement, and when it was met.

    E-learning seconds are the sum of the lessons' credited (capped) seconds; classroom seconds come
    from `attended` statements. The requirement is met when the hours reach the course's required
    hours and every mandatory module is complete; `satisfied_at` is the time of the cmi5
    `satisfied` statement that records it.
    """

    learner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    course_key = models.UUIDField()
    elearning_seconds = models.PositiveIntegerField(default=0)
    classroom_seconds = models.PositiveIntegerField(default=0)
    mandatory_modules_done = models.PositiveSmallIntegerField(default=0)
    mandatory_modules_total = models.PositiveSmallIntegerField(default=0)
    satisfied_at = models.DateTimeField(null=True)
    last_activity_at = models.DateTimeField(null=True)
    last_lesson_key = models.UUIDField(null=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["learner", "course_key"], name="one_progress_per_course")
        ]

    def __str__(self):
        return f"{self.learner_id} course {self.course_key}"

    @property
    def credited_seconds(self):
        return self.elearning_seconds + self.classroom_seconds

    @property
    def credited_hours(self):
        return self.credited_seconds / 3600


class LearnerClass(models.Model):
    """A group of learners at a site, taught by one or more teachers, who get assignments."""

    site = models.ForeignKey(
        "accounts.LearningSite", on_delete=models.PROTECT, related_name="classes", verbose_name=_("site")
    )
    name = models.CharField(_("name"), max_length=120)
    teachers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="teaching", verbose_name=_("teachers")
    )
    learners = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="learner_classes", verbose_name=_("learners")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("class")
        verbose_name_plural = _("classes")
        ordering = ["site__name", "name"]
        constraints = [models.UniqueConstraint(fields=["site", "name"], name="unique_class_name_per_site")]

    def __str__(self):
        return self.name


class Assignment(models.Model):
    """A module a class is asked to complete by a date."""

    learner_class = models.ForeignKey(
        LearnerClass, on_delete=models.CASCADE, related_name="assignments", verbose_name=_("class")
    )
    module_key = models.UUIDField(_("module"))
    due_date = models.DateField(_("due date"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        ordering = ["due_date"]
        constraints = [
            models.UniqueConstraint(fields=["learner_class", "module_key"], name="one_assignment_per_module")
        ]

    def __str__(self):
        return f"{self.learner_class} {self.module_key} {self.due_date}"


class ClassroomSession(models.Model):
    """A class taught in person; each attendee's time counts through an `attended` statement."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    learner_class = models.ForeignKey(
        LearnerClass, on_delete=models.CASCADE, related_name="sessions", verbose_name=_("class")
    )
    date = models.DateField(_("date"))
    minutes = models.PositiveSmallIntegerField(_("minutes"))
    module_key = models.UUIDField(_("module"), null=True, blank=True)
    topic = models.CharField(_("topic"), max_length=200, blank=True)
    attendees = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="+", verbose_name=_("attendees")
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # A removed session is kept (with its history of changes); its `attended` statements are voided.
    removed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("classroom session")
        verbose_name_plural = _("classroom sessions")
        ordering = ["-date", "-created_at"]

    def __str__(self):
        return f"{self.learner_class} {self.date}"

    def snapshot(self):
        """What the session says, for the record of a change."""
        return {
            "date": self.date.isoformat(),
            "minutes": self.minutes,
            "module": str(self.module_key) if self.module_key else "",
            "topic": self.topic,
            "attendees": sorted(self.attendees.values_list("pk", flat=True)),
        }


class ClassroomSessionChange(models.Model):
    """Who recorded, corrected or removed a classroom session, and when: the hours a teacher gives
    are audited like any other change to a learner's record. `before` is the session as it was
    before a correction or removal (`ClassroomSession.snapshot`). Not translated.
    """

    class Action(models.TextChoices):
        RECORDED = "recorded", _("recorded")
        CORRECTED = "corrected", _("corrected")
        REMOVED = "removed", _("removed")

    session = models.ForeignKey(ClassroomSession, on_delete=models.CASCADE, related_name="changes")
    action = models.CharField(max_length=16, choices=Action.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    changed_at = models.DateTimeField(auto_now_add=True)
    before = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["changed_at", "pk"]

    def __str__(self):
        return f"{self.session_id} {self.action} {self.changed_at}"


class StatusChange(models.Model):
    """The day a learner's status became `status`: the history behind trends and reminders.

    Written by the daily task (`progress.history.record_statuses`) only when the status differs from
    the learner's last one, so a learner has a handful of rows, not one a day. The status on any day
    is the one of the latest change on or before it. Not translated.
    """

    learner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    date = models.DateField()
    status = models.CharField(max_length=16)
    credited_seconds = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["learner", "date"], name="one_status_change_per_day")]
        indexes = [models.Index(fields=["date"], name="progress_status_change_date")]

    def __str__(self):
        return f"{self.learner_id} {self.date} {self.status}"


# The statuses a weekly summary counts, in the order its text names them.
NOTICE_STATUSES = ("overdue", "at_risk", "not_started", "on_track", "completed")


class Notice(models.Model):
    """An in-app notice to a teacher: a learner became at risk or overdue, or a class's weekly summary.

    It stores what happened (`kind`, the learner, the class, `data`), never text: the page and the
    e-mail say it in the reader's language when they show it. The unique constraints make each notice
    exist once (per learner and day, per class and ISO week), which is what keeps the reminders
    idempotent. `emailed_at` is set when the notice has gone out by e-mail. Not translated.
    """

    class Kind(models.TextChoices):
        AT_RISK = "at_risk", _("A learner became at risk")
        OVERDUE = "overdue", _("A learner became overdue")
        WEEKLY_DIGEST = "weekly_digest", _("Weekly summary of a class")

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notices",
        verbose_name=_("recipient"),
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("learner"),
    )
    learner_class = models.ForeignKey(
        LearnerClass,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="notices",
        verbose_name=_("class"),
    )
    day = models.DateField(_("day"), help_text=_("The day of the change; for a summary, its week's Monday."))
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    emailed_at = models.DateTimeField(null=True, blank=True)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)

    class Meta:
        verbose_name = _("notice")
        verbose_name_plural = _("notices")
        ordering = ["-created_at", "-pk"]
        constraints = [
            # Two partial constraints: NULLs are distinct in a plain unique constraint.
            models.UniqueConstraint(
                fields=["recipient", "kind", "learner", "day"],
                condition=models.Q(learner__isnull=False),
                name="one_learner_notice_per_day",
            ),
            models.UniqueConstraint(
                fields=["recipient", "kind", "learner_class", "day"],
                condition=models.Q(learner__isnull=True),
                name="one_class_notice_per_day",
            ),
        ]
        indexes = [models.Index(fields=["recipient", "read_at"], name="progress_notice_unread")]

    def __str__(self):
        return f"{self.recipient_id} {self.kind} {self.day}"

    def message(self):
        """What the notice says, in the active language (select the learner and class with it)."""
        if self.kind == self.Kind.WEEKLY_DIGEST:
            counts = {status: self.data.get("counts", {}).get(status, 0) for status in NOTICE_STATUSES}
            return gettext(
                "Weekly summary of %(class)s: %(overdue)d overdue, %(at_risk)d at risk, "
                "%(not_started)d not started, %(on_track)d on track, %(completed)d completed."
            ) % {"class": self.learner_class.name if self.learner_class else "", **counts}
        values = {
            "learner": self.learner.get_full_name() or self.learner.get_username(),
            "hours": formats.number_format(self.data.get("hours", 0), 1, use_l10n=True),
            "required": self.data.get("required_hours", 0),
        }
        if self.kind == self.Kind.OVERDUE:
            text = gettext("%(learner)s has passed the deadline with %(hours)s of %(required)s hours.")
        else:
            text = gettext(
                "%(learner)s is at risk of not finishing in time: %(hours)s of %(required)s hours."
            )
        return text % values


class Nudge(models.Model):
    """A short reminder sent to a learner (by e-mail or SMS); at most one every `NUDGE_EVERY_DAYS`.

    The row is written before the message is sent and removed if sending fails, so two runs of the
    daily task never nudge a learner twice. Not translated.
    """

    class Channel(models.TextChoices):
        EMAIL = "email", _("E-mail")
        SMS = "sms", _("SMS")

    learner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    date = models.DateField()
    channel = models.CharField(max_length=8, choices=Channel.choices)
    status = models.CharField(max_length=16, help_text="The status the learner was nudged about.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "date", "channel"], name="one_nudge_per_day_and_channel"
            )
        ]
        indexes = [models.Index(fields=["learner", "date"], name="progress_nudge_learner_date")]

    def __str__(self):
        return f"{self.learner_id} {self.date} {self.channel}"


class StudyClock(models.Model):
    """Up to when a learner's study time has been credited: the server's clock, not the page's.

    Every time report credits at most the time since this instant (plus a little slack for the
    network), then moves it to now. One row per learner, shared by all their tabs and lessons, so two
    open tabs do not count twice and a burst of reports credits only the seconds that passed. A
    lesson page opened after a pause starts it again. Not translated.
    """

    learner = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    credited_until = models.DateTimeField()

    def __str__(self):
        return f"{self.learner_id} until {self.credited_until}"
