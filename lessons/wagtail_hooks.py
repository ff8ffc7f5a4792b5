from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from lessons.forms import side_by_side_form, side_by_side_panels
from lessons.models import CommunityResource, GlossaryTerm


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "doc-full"
    list_display = ["__str__", "key"]
    ordering = ["key"]
    edit_handler = ObjectList(
        [FieldPanel("key"), *side_by_side_panels(GlossaryTerm, ["term", "explanation"])],
        base_form_class=side_by_side_form(GlossaryTerm, ["term", "explanation"]),
    )


class CommunityResourceViewSet(SnippetViewSet):
    model = CommunityResource
    icon = "site"
    list_display = ["__str__", "category", "city", "url"]
    list_filter = ["category"]
    ordering = ["key"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("key"), FieldPanel("category")]),
            FieldRowPanel([FieldPanel("url"), FieldPanel("city")]),
            *side_by_side_panels(CommunityResource, ["name", "description"]),
        ],
        base_form_class=side_by_side_form(CommunityResource, ["name", "description"]),
    )


class ReferenceViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Reference material")
    menu_icon = "folder-open-inverse"
    items = (GlossaryTermViewSet, CommunityResourceViewSet)


register_snippet(ReferenceViewSetGroup)
