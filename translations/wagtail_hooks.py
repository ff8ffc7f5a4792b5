from django.contrib import messages
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.ui.components import Component
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from translations import machine, moderation
from translations.models import LanguageReview
from translations.overview import language_rows
from translations.views import TranslationStatusView


class LanguageReviewForm(WagtailAdminModelForm):
    def save(self, commit=True):
        self.instance.updated_by = self.for_user
        return super().save(commit)


class LanguageReviewViewSet(SnippetViewSet):
    model = LanguageReview
    icon = "globe"
    menu_label = gettext_lazy("Language reviews")
    add_to_admin_menu = False
    list_display = ["locale", "state", "reviewer", "reviewed_on", "updated_at"]
    list_filter = ["state"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("locale"), FieldPanel("state")]),
            FieldRowPanel([FieldPanel("reviewer"), FieldPanel("reviewed_on")]),
            FieldPanel("note"),
        ],
        base_form_class=LanguageReviewForm,
    )


register_snippet(LanguageReviewViewSet)


class TranslationsPanel(Component):
    """The dashboard's table of languages: how much is translated and whether it was reviewed."""

    name = "translations"
    order = 150
    template_name = "translations/dashboard_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        return {
            "rows": language_rows(),
            "can_change": self.user.has_perm("translations.change_languagereview"),
        }


@hooks.register("construct_homepage_panels")
def add_translations_panel(request, panels):
    panels.append(TranslationsPanel(request.user))


@hooks.register("before_edit_page", order=-10)
def say_what_editors_of_a_translation_should_know(request, page):
    """Whoever edits a page in another language than the source is told, above the editor (the
    translation editor of wagtail-localize shows these messages too, as it runs after this hook),
    whether the language still needs a native speaker's review, and, without publish rights, how
    their translation gets published."""
    if request.method != "GET" or page.locale_id == Locale.get_default().pk:
        return None
    review = LanguageReview.objects.filter(locale_id=page.locale_id).first()
    if review is not None and review.needs_review:
        messages.warning(
            request,
            _("%(language)s: %(state)s. These translations were written with care, not by a native speaker.")
            % {"language": page.locale.get_display_name(), "state": review.get_state_display()},
        )
    if not page.permissions_for_user(request.user).can_publish():
        messages.info(
            request,
            _(
                "Your translations are saved as you type. You may not publish: when you are done, ask "
                "a moderator to open this translation and publish it. Until then it shows as "
                "“In progress” under Reports → Translation status, where moderators find it."
            ),
        )
    return None


@hooks.register("register_admin_urls")
def register_status_url():
    return [path("translation-status/", TranslationStatusView.as_view(), name="translation_status")]


@hooks.register("register_reports_menu_item")
def register_status_menu_item():
    return MenuItem(
        gettext_lazy("Translation status"), reverse("translation_status"), icon_name="globe", order=150
    )


@hooks.register("register_admin_urls", order=-1)
def moderate_translation_publishing():
    """Before wagtail-localize's own URLs, so these views answer on its addresses and names."""
    return [
        path("localize/update/<int:translation_source_id>/", moderation.SyncTranslationsView.as_view()),
        path("localize/page/<int:page_id>/convert_to_alias/", moderation.convert_to_alias),
        path("localize/submit/page/<int:page_id>/", moderation.SubmitPageTranslationView.as_view()),
        path("localize/translate/<int:translation_id>/machine_translate/", machine.machine_translate),
    ]


hooks.register("before_edit_page", moderation.refuse_incomplete_publish, order=-20)
