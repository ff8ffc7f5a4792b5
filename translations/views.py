"""The translation status view: every page, glossary term and resource in every language."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from translations import status


class StatusFilterForm(forms.Form):
    kind = forms.ChoiceField(label=_("Show"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    state = forms.ChoiceField(label=_("State"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        everything = [("", _("All"))]
        self.fields["kind"].choices = everything + list(status.KINDS.items())
        self.fields["language"].choices = everything + [
            (locale.language_code, locale.get_display_name()) for locale in status.target_locales()
        ]
        self.fields["state"].choices = everything + list(status.STATES.items())


class TranslationStatusView(WagtailAdminTemplateMixin, TemplateView):
    """Missing, in progress, outdated and up-to-date translations, filterable, with counts per
    language and a link from each cell to where it is fixed (wagtail-localize #832, built here)."""

    template_name = "translations/status.html"
    page_title = _("Translation status")
    header_icon = "globe"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = StatusFilterForm(self.request.GET or None)
        chosen = form.cleaned_data if form.is_valid() else {}
        found = status.status(
            kind=chosen.get("kind") or None,
            language=chosen.get("language") or None,
            state=chosen.get("state") or None,
        )
        context.update(form=form, states=status.STATES, **found)
        return context
