from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    """The coordinator's overview, and the CSV/XLSX downloads of classes, learners and sites."""

    name = "reports"
    verbose_name = _("Reports")
