from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgressConfig(AppConfig):
    name = "progress"
    verbose_name = _("Progress")

    def ready(self):
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from lrs.signals import statements_stored
        from progress import projection, structure

        statements_stored.connect(projection.on_statements_stored, dispatch_uid="progress-projection")
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(structure.forget, dispatch_uid=f"progress-structure-{signal!r}")
