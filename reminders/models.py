"""Reminders: in-app notices to teachers and nudges to learners (DESIGN.md: reminders).

Moved here from `progress` (their tables keep the names they had there). Not translated.
"""

from django.conf import settings
from django.db import models
from django.utils import formats
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

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
        "teaching.LearnerClass",
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
        db_table = "progress_notice"  # made by the progress app, before the split
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
        db_table = "progress_nudge"  # made by the progress app, before the split
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "date", "channel"], name="one_nudge_per_day_and_channel"
            )
        ]
        indexes = [models.Index(fields=["learner", "date"], name="progress_nudge_learner_date")]

    def __str__(self):
        return f"{self.learner_id} {self.date} {self.channel}"
