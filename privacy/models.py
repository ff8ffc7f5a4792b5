"""Accountability for personal data: who looked at which learner, when, and from which page."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AccessRecord(models.Model):
    """One teacher's or coordinator's look at one learner's personal data (a learner page, an
    export, a login card sheet, a certificate). Written by `privacy.access_log`, never edited."""

    class What(models.TextChoices):
        LEARNER_PAGE = "learner_page", _("Learner page")
        LEARNER_DETAILS = "learner_details", _("Learner's details")
        LEARNER_EXPORT = "learner_export", _("Learner export")
        CERTIFICATE = "certificate", _("Certificate")
        CLASS_EXPORT = "class_export", _("Class export")
        SITE_EXPORT = "site_export", _("Site export")
        LOGIN_CARDS = "login_cards", _("Login cards")
        DATA_COPY = "data_copy", _("Copy of all the learner's data")

    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    viewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("who looked"),
    )
    # Kept when the viewer's account is deleted, so the record still says who it was.
    viewer_name = models.CharField(_("who looked (name)"), max_length=300)
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="access_records",
        verbose_name=_("learner"),
    )
    municipality = models.ForeignKey(
        "accounts.Municipality",
        on_delete=models.CASCADE,
        null=True,
        related_name="+",
        verbose_name=_("municipality"),
    )
    what = models.CharField(_("what"), max_length=32, choices=What.choices)
    page = models.CharField(_("page"), max_length=500)
    came_from = models.CharField(_("came from"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("access record")
        verbose_name_plural = _("access records")
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["municipality", "-at"]), models.Index(fields=["learner", "-at"])]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.viewer_name} → {self.learner_id} ({self.what})"
