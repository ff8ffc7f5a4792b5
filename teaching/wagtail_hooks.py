"""The municipality's structure in the Wagtail admin, for platform administrators: municipalities,
their sites and the sites' classes (coordinators and teachers keep them in the teachers' pages)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from accounts.models import LearningSite, Municipality
from teaching.models import LearnerClass


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "site"
    list_display = ["name"]
    search_fields = ["name"]
    ordering = ["name"]
    copy_view_enabled = False


class LearningSiteViewSet(SnippetViewSet):
    model = LearningSite
    icon = "home"
    list_display = ["name", "kind", "municipality"]
    list_filter = ["kind", "municipality"]
    search_fields = ["name"]
    ordering = ["municipality__name", "name"]
    copy_view_enabled = False


class LearnerClassViewSet(SnippetViewSet):
    model = LearnerClass
    icon = "group"
    list_display = ["name", "site", "language", "starts_on", "ends_on", "archived_at"]
    list_filter = ["site", "language"]
    search_fields = ["name"]
    ordering = ["site__name", "name"]
    copy_view_enabled = False
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("site"),
            FieldPanel("teachers"),
            FieldPanel("learners"),
            FieldPanel("language"),
            FieldPanel("starts_on"),
            FieldPanel("ends_on"),
            FieldPanel("archived_at"),
        ]
    )


class OrganisationViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Municipalities and classes")
    menu_icon = "group"
    items = (MunicipalityViewSet, LearningSiteViewSet, LearnerClassViewSet)


register_snippet(OrganisationViewSetGroup)
