"""The LRS in Wagtail's admin: forwarding targets with their outbox counts, and client credentials.

Both hold secrets, so neither is granted to the Editors group: superusers manage them, or a group
given the models' permissions on purpose.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, IndexView, SnippetViewSet, SnippetViewSetGroup

from lrs import forwarding
from lrs.auth import create_credential
from lrs.models import Credential, ForwardingTarget

# --- Forwarding targets -------------------------------------------------------------------------


class ForwardingTargetForm(WagtailAdminModelForm):
    """The secret never goes back to the browser; left empty when editing, it stays as it was."""

    password = forms.CharField(
        label=_("password (secret)"),
        required=False,
        strip=False,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
        help_text=_("The secret their LRS issued to us. Leave empty to keep the current one."),
    )

    def clean_password(self):
        password = self.cleaned_data["password"]
        if password:
            return password
        if self.instance.pk:
            return ForwardingTarget.objects.get(pk=self.instance.pk).password
        raise ValidationError(_("Enter the secret their LRS issued to us."))


class ForwardingTargetIndexView(IndexView):
    dead_letters_url_name = None

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.dead and self.permission_policy.user_has_permission(self.request.user, "change"):
            label = ngettext("%(count)s dead letter", "%(count)s dead letters", instance.dead)
            buttons.append(
                MenuItem(
                    label % {"count": instance.dead},
                    url=reverse(self.dead_letters_url_name, args=[instance.pk]),
                    icon_name="rotate",
                    priority=15,
                )
            )
        return buttons


def in_flight(target):
    """ "3, the oldest for 45 s": rows being sent now, and how long the oldest has been."""
    if not target.sending:
        return "0"
    seconds = max(0, int((timezone.now() - target.oldest_claim).total_seconds()))
    return _("%(count)s, the oldest for %(seconds)s s") % {"count": target.sending, "seconds": seconds}


def hint_for(reason):
    """What to fix, for the answers that concern the target rather than a statement."""
    status = reason[:3]
    if status in ("401", "403"):
        return _(
            "The target refuses our credentials: check the username and password (or their "
            "permissions at the target) in this target's settings, then retry."
        )
    if status == "404" or status.startswith("3"):
        return _(
            "The target has no xAPI statements resource at this endpoint: check the endpoint, then retry."
        )
    return ""


class DeadLettersView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """A target's dead letters: every reason they died, with totals, and the statements, page by
    page. Retry or discard them by reason, by selection, or all of them."""

    model = ForwardingTarget
    permission_required = "change"
    template_name = "lrs/dead_letters.html"
    page_title = _("Dead letters")
    header_icon = "rotate"
    index_url_name = None
    PAGE_SIZE = 50

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.target = get_object_or_404(
            forwarding.with_counts(ForwardingTarget.objects.all()), pk=kwargs["pk"]
        )

    def get_page_subtitle(self):
        return str(self.target)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        reasons = [
            {
                "reason": reason,
                "count": count,
                "key": forwarding.reason_key_of(reason),
                "hint": hint_for(reason),
            }
            for reason, count in forwarding.dead_reasons(self.target)
        ]
        rows = forwarding.dead_letters(self.target).select_related("statement").order_by("id")
        page = Paginator(rows, self.PAGE_SIZE).get_page(self.request.GET.get("p"))
        context.update(target=self.target, reasons=reasons, page=page, action_url=self.request.path)
        return context

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        if action not in ("retry", "discard"):
            messages.error(request, _("Choose to retry or to discard."))
            return redirect(request.path)
        which = {}
        if request.POST.get("reason"):
            which["reason_key"] = request.POST["reason"]
        elif request.POST.get("scope") != "all":
            ids = [value for value in request.POST.getlist("entry") if value.isdigit()]
            if not ids:
                messages.error(request, _("Select the statements to retry or discard."))
                return redirect(request.path)
            which["entry_ids"] = [int(value) for value in ids]
        if action == "retry":
            count = forwarding.retry_dead(self.target, **which)
            message = ngettext(
                "%(count)s dead letter of %(target)s is pending again.",
                "%(count)s dead letters of %(target)s are pending again.",
                count,
            )
        else:
            count = forwarding.discard_dead(self.target, **which)
            message = ngettext(
                "%(count)s dead letter of %(target)s was discarded: it will not be sent.",
                "%(count)s dead letters of %(target)s were discarded: they will not be sent.",
                count,
            )
        messages.success(request, message % {"count": count, "target": self.target})
        return redirect(request.path)


class ForwardingTargetViewSet(SnippetViewSet):
    model = ForwardingTarget
    icon = "redirect"
    index_view_class = ForwardingTargetIndexView
    list_display = [
        "name",
        "endpoint",
        Column("pending", label=_("Pending"), sort_key="pending"),
        Column("sending", label=_("Being sent"), accessor=in_flight, sort_key="sending"),
        Column("delivered", label=_("Delivered"), sort_key="delivered"),
        Column("dead", label=_("Dead"), sort_key="dead"),
        "is_active",
    ]
    list_filter = ["is_active"]
    ordering = ["name"]
    copy_view_enabled = False
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("endpoint"),
            FieldRowPanel([FieldPanel("username"), FieldPanel("password"), FieldPanel("version")]),
            MultiFieldPanel([FieldPanel("verb_id"), FieldPanel("activity_id_prefix")], heading=_("Filters")),
            FieldPanel("is_active"),
        ],
        base_form_class=ForwardingTargetForm,
    )

    def get_queryset(self, request):
        return forwarding.with_counts(ForwardingTarget.objects.all())

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            dead_letters_url_name=self.get_url_name("dead_letters"), **kwargs
        )

    @property
    def dead_letters_view(self):
        return self.construct_view(DeadLettersView)

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("dead-letters/<int:pk>/", self.dead_letters_view, name="dead_letters"),
        ]


# --- Credentials --------------------------------------------------------------------------------


class CredentialForm(WagtailAdminModelForm):
    """Scopes as checkboxes. A new credential gets a random key and secret (`lrs.auth`); the secret
    is shown once, by CredentialCreateView, and only its hash is kept. The hash is never a field.
    """

    scopes = forms.MultipleChoiceField(
        label=_("scopes"),
        choices=[(scope, scope) for scope in Credential.SCOPES],
        widget=forms.CheckboxSelectMultiple,
    )

    def save(self, commit=True):
        if not self.instance._state.adding:
            return super().save(commit)
        data = self.cleaned_data
        self.instance, self.new_secret = create_credential(
            data["name"],
            scopes=data["scopes"],
            organisation=data["organisation"],
            all_organisations=data["all_organisations"],
            trusted=data["trusted"],
        )
        if not data["is_active"]:
            self.instance.is_active = False
            self.instance.save(update_fields=["is_active"])
        return self.instance


class CredentialCreateView(CreateView):
    def get_success_message(self, instance):
        return _(
            "Credential %(name)s created. Key: %(key)s  Secret: %(secret)s  Copy the secret now: "
            "it is stored hashed and cannot be shown again."
        ) % {"name": instance.name, "key": instance.key, "secret": self.form.new_secret}


class CredentialViewSet(SnippetViewSet):
    model = Credential
    icon = "key"
    add_view_class = CredentialCreateView
    list_display = [
        "name",
        "key",
        Column("scopes", label=_("scopes"), accessor=lambda credential: ", ".join(credential.scopes)),
        "organisation",
        "all_organisations",
        "trusted",
        "is_active",
    ]
    list_filter = ["is_active", "trusted", "all_organisations"]
    ordering = ["name"]
    copy_view_enabled = False
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("scopes"),
            FieldPanel("organisation"),
            FieldPanel("all_organisations"),
            FieldPanel("trusted"),
            FieldPanel("is_active"),
        ],
        base_form_class=CredentialForm,
    )


class LRSViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Learning Record Store")
    menu_icon = "table"
    items = (ForwardingTargetViewSet, CredentialViewSet)


register_snippet(LRSViewSetGroup)
