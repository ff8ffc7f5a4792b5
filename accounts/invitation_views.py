"""The page an invitation link opens: the invited person sets their user name and password."""

import time

from django.contrib.auth import login
from django.shortcuts import redirect, render
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from accounts import invitations, links, sessions
from accounts.invitation_forms import AcceptInvitationForm
from accounts.models import Invitation


@sensitive_post_parameters("password1", "password2")
@never_cache
def accept_invitation(request, token):
    try:
        invitation = invitations.find(token)
    except invitations.InvitationUnusable as refused:
        return render(
            request,
            "accounts/invitation_unusable.html",
            {"state": refused.state, "State": Invitation.State},
            status=410 if refused.state else 404,
        )
    initial = {"first_name": invitation.first_name, "last_name": invitation.last_name}
    form = AcceptInvitationForm(request.POST or None, initial=initial, invitation=invitation)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            user = invitations.accept(
                token,
                username=data["username"],
                password=data["password1"],
                first_name=data["first_name"],
                last_name=data["last_name"],
            )
        except invitations.UsernameTaken:
            form.add_error("username", gettext("This user name is taken: choose another."))
        except invitations.InvitationUnusable as refused:
            return render(
                request,
                "accounts/invitation_unusable.html",
                {"state": refused.state, "State": Invitation.State},
                status=410,
            )
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            sessions.note_activity(request, time.time(), force=True)
            return redirect(links.home_after_login(user))
    return render(request, "accounts/accept_invitation.html", {"form": form, "invitation": invitation})
