"""Progress: projections of a learner's statements, the study clock, and the status history.

The projections (`LessonProgress`, `ModuleProgress`, `CourseProgress`) are derived data: they are
updated from the LRS's statements in the transaction that stores them, and `rebuild_progress` makes
them again from the statements alone with the same result. Pages are referred to by their Wagtail
`translation_key`, so progress is one whatever language a learner studies in. Not translated.
"""

from django.conf import settings
from django.db import models


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
