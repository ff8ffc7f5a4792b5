"""How far each language's translations can be trusted, as editors are told it."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale


class LanguageReview(models.Model):
    """The review state of everything written in one language: its pages, glossary and resources.

    Translations written with care but not by a native speaker are marked so, and editors see the
    mark on the dashboard and whenever they edit a page in that language, until a moderator records
    a native speaker's review.
    """

    class State(models.TextChoices):
        NEEDS_NATIVE_REVIEW = "needs_native_review", _("Needs native review")
        IN_REVIEW = "in_review", _("In native review")
        REVIEWED = "reviewed", _("Reviewed by a native speaker")

    locale = models.OneToOneField(
        Locale, on_delete=models.CASCADE, related_name="review", verbose_name=_("language")
    )
    state = models.CharField(
        _("review state"), max_length=32, choices=State.choices, default=State.NEEDS_NATIVE_REVIEW
    )
    note = models.TextField(
        _("note"),
        blank=True,
        help_text=_("Who translated and how, what a reviewer should look at first."),
    )
    reviewer = models.CharField(
        _("reviewed by"), max_length=200, blank=True, help_text=_("The native speaker who reviewed.")
    )
    reviewed_on = models.DateField(_("reviewed on"), null=True, blank=True)
    updated_at = models.DateTimeField(_("changed at"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("changed by"),
    )

    class Meta:
        verbose_name = _("language review")
        verbose_name_plural = _("language reviews")
        ordering = ["locale__language_code"]

    def __str__(self):
        return f"{self.locale.get_display_name()}: {self.get_state_display()}"

    @property
    def needs_review(self):
        return self.state != self.State.REVIEWED

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.state == self.State.REVIEWED and not self.reviewer:
            raise ValidationError({"reviewer": _("Say who reviewed the translations.")})
