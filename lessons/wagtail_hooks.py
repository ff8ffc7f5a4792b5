from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from lessons import h5p
from lessons.forms import side_by_side_form, side_by_side_panels
from lessons.models import CommunityResource, GlossaryTerm, H5PPackage


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


class H5PPackageForm(WagtailAdminModelForm):
    """Runs every package check while the editor waits, so a bad file is refused with its reason."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.checked_package = None
        self.fields["title"].required = False
        self.fields["title"].help_text = _("Leave empty to use the title given in the package.")
        self.fields["file"].widget.attrs["accept"] = ".h5p"

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if "file" in self.changed_data:
            self.checked_package = h5p.check_upload(upload)
        return upload

    def clean(self):
        cleaned_data = super().clean()
        if not cleaned_data.get("title"):
            # An empty title means the package's own, or else the one it had.
            checked_title = self.checked_package.title if self.checked_package else ""
            cleaned_data["title"] = checked_title or self.instance.title
        return cleaned_data

    def save(self, commit=True):
        if not self.checked_package:
            return super().save(commit=commit)
        package = super().save(commit=False)
        if commit:
            h5p.accept_upload(package, self.checked_package, self.for_user)
        return package


class ReadOnlyPanelShownWhen(FieldPanel):
    """A read-only field, shown only when `shown(instance)` holds: a new package has no status."""

    def __init__(self, field_name, shown, **kwargs):
        kwargs["read_only"] = True
        super().__init__(field_name, **kwargs)
        self.shown = shown

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "shown": self.shown}

    class BoundPanel(FieldPanel.BoundPanel):
        def is_shown(self):
            return self.panel.shown(self.instance) and super().is_shown()


class H5PPackageViewSet(SnippetViewSet):
    model = H5PPackage
    icon = "code"
    list_display = ["title", "status", "failure_reason", "main_library", "created_at"]
    list_filter = ["status"]
    search_fields = ["title", "main_library"]
    # The database, not the search index, for the list (the package model is indexed for the
    # lesson editor's chooser; the list searches these fields as they are).
    search_backend_name = None
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldPanel("file"),
            FieldRowPanel(
                [
                    ReadOnlyPanelShownWhen("status", shown=lambda package: package.pk),
                    ReadOnlyPanelShownWhen("main_library", shown=lambda package: package.pk),
                ]
            ),
            ReadOnlyPanelShownWhen("failure_reason", shown=lambda package: package.failure_reason),
        ],
        base_form_class=H5PPackageForm,
    )


class ReferenceViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Reference material")
    menu_icon = "folder-open-inverse"
    items = (GlossaryTermViewSet, CommunityResourceViewSet, H5PPackageViewSet)


register_snippet(ReferenceViewSetGroup)
