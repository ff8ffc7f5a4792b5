"""Teaching: the classes teachers assign work to, their assignments and classroom sessions.

Moved here from `progress` (their tables keep the names they had there). Not translated.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


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
    language = models.CharField(
        _("language of instruction"),
        max_length=12,
        default="da",
        help_text=_("The language the class is taught in; learners read lessons in their own."),
    )
    starts_on = models.DateField(_("first day"), null=True, blank=True)
    ends_on = models.DateField(_("last day"), null=True, blank=True)
    # An archived class leaves the daily views; its learners and records stay, and reports count them.
    archived_at = models.DateTimeField(_("archived"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "progress_learnerclass"  # made by the progress app, before the split
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
        db_table = "progress_assignment"  # made by the progress app, before the split
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
        db_table = "progress_classroomsession"  # made by the progress app, before the split
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
        db_table = "progress_classroomsessionchange"  # made by the progress app, before the split
        ordering = ["changed_at", "pk"]

    def __str__(self):
        return f"{self.session_id} {self.action} {self.changed_at}"


class ClassMembership(models.Model):
    """A learner's time in a class: when they joined, when (and why) they left, and who did it.

    The class's `learners` say who is in it now; these rows keep the history, so a learner who
    moved to another class, or was taken out, still shows where they studied before. Their
    minutes, results and hours are the learner's and move with them; only the membership changes.
    """

    class Ended(models.TextChoices):
        MOVED = "moved", _("moved to another class")
        TAKEN_OUT = "taken_out", _("taken out of the class")

    learner_class = models.ForeignKey(
        LearnerClass, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("class")
    )
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="class_memberships",
        verbose_name=_("learner"),
    )
    joined_at = models.DateTimeField(_("joined"), default=timezone.now)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    left_at = models.DateTimeField(_("left"), null=True, blank=True)
    ended = models.CharField(_("why it ended"), max_length=16, choices=Ended.choices, blank=True)
    ended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    moved_to = models.ForeignKey(
        LearnerClass, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("class membership")
        verbose_name_plural = _("class memberships")
        ordering = ["joined_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["learner_class", "learner"],
                condition=models.Q(left_at__isnull=True),
                name="one_open_membership_per_class",
            )
        ]

    def __str__(self):
        return f"{self.learner_id} in {self.learner_class_id}"
