"""The municipality's structure in the Wagtail admin, for platform administrators: municipalities,
their sites and the sites' classes (coordinators and teachers keep them in the teachers' pages)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from accounts.models import Invitation, LearningSite, Municipality
from teaching.models import ClassMembership, LearnerClass


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


class WithoutAdding(ModelPermissionPolicy):
    """Invitations are made in the staff pages (or by `manage.py invite`), which make their link."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


register_permission_policy(Invitation, WithoutAdding(Invitation))
register_permission_policy(ClassMembership, WithoutAdding(ClassMembership))


class InvitationViewSet(SnippetViewSet):
    model = Invitation
    icon = "mail"
    list_display = ["__str__", "role", "municipality", "email", "created_at", "expires_at", "accepted_at"]
    list_filter = ["role", "municipality"]
    search_fields = ["first_name", "last_name", "email"]
    ordering = ["-created_at"]
    copy_view_enabled = False
    inspect_view_enabled = True
    edit_handler = ObjectList(
        [FieldPanel("first_name"), FieldPanel("last_name"), FieldPanel("sites"), FieldPanel("withdrawn_at")]
    )


class ClassMembershipViewSet(SnippetViewSet):
    model = ClassMembership
    icon = "history"
    list_display = ["learner", "learner_class", "joined_at", "left_at", "ended"]
    list_filter = ["ended"]
    ordering = ["-joined_at"]
    copy_view_enabled = False
    inspect_view_enabled = True


class OrganisationViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Municipalities and classes")
    menu_icon = "group"
    items = (
        MunicipalityViewSet,
        LearningSiteViewSet,
        LearnerClassViewSet,
        InvitationViewSet,
        ClassMembershipViewSet,
    )


class SuperusersMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_admin_menu_item")
def staff_pages_menu_item():
    """The staff pages, where a platform administrator invites a municipality's first coordinator."""
    return SuperusersMenuItem(_("Invite staff"), reverse("staff"), icon_name="mail", order=10000)


register_snippet(OrganisationViewSetGroup)
