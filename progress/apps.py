from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgressConfig(AppConfig):
    name = "progress"
    verbose_name = _("Progress")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from lessons.models import H5PPackage
        from lessons.signals import package_changed
        from lrs.signals import statements_stored
        from progress import projection, structure

        statements_stored.connect(projection.on_statements_stored, dispatch_uid="progress-projection")
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(structure.forget, dispatch_uid=f"progress-structure-{signal!r}")
        # A package that becomes ready, fails or is deleted changes what lessons can require.
        for signal in (post_save, post_delete, package_changed):
            signal.connect(structure.forget, sender=H5PPackage, dispatch_uid=f"progress-h5p-{signal!r}")
