from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    """The certificate a learner earns by meeting the course requirement (a PDF)."""

    name = "certificates"
    verbose_name = _("Certificates")

    def ready(self):
        from certificates import checks  # noqa: F401 (checks register themselves)
