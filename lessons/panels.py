"""The lesson editor's readability panel: the Danish lesson's LIX as saved (lessons.readability)."""

from django.conf import settings
from wagtail.admin.panels import Panel

from lessons import readability


class ReadabilityPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "lessons/readability_panel.html"

        def is_shown(self):
            locale = getattr(self.instance, "locale", None)
            return bool(self.instance.pk) and locale is not None and locale.language_code == "da"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            units = readability.page_units(self.instance)
            context["readability"] = readability.measure(units)
            context["longest"] = readability.longest_sentences(units)
            context["target"] = settings.READABILITY_TARGET_LIX
            return context
