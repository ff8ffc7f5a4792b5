"""The coordinator's pages about staff: who works where, and the invitations that bring new
teachers and coordinators in (`teaching.people` decides who may do what)."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from accounts import invitations
from accounts.models import Invitation
from teaching import people
from teaching.access import teacher_pages
from teaching.enrolment.cards import qr_svg
from teaching.forms import InviteForm, StaffForm

# The links made in this session, by invitation: shown again on the invitation's page until the
# session ends (only a hash of the token is stored, so nobody can show it later).
SESSION_LINKS = "invitation_links"


def _only_coordinators(request):
    if people.may_manage_people(request.user):
        return None
    messages.error(request, _("Only your municipality's coordinator invites and keeps staff."))
    return redirect("teacher_classes")


@teacher_pages
def staff(request):
    """The municipality's teachers and coordinators, and the invitations sent."""
    refused = _only_coordinators(request)
    if refused:
        return refused
    persons = people.visible_staff(request.user).prefetch_related("sites")
    invitations_sent = people.visible_invitations(request.user).filter(accepted_at__isnull=True)
    return render(
        request,
        "teaching/staff.html",
        {"persons": persons, "invitations": invitations_sent.prefetch_related("sites")[:200]},
    )


@teacher_pages
def invite(request):
    refused = _only_coordinators(request)
    if refused:
        return refused
    form = InviteForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        invitation, token = invitations.invite(
            request.user,
            role=data["role"],
            municipality=data["municipality"],
            sites=data["sites"],
            first_name=data["first_name"],
            last_name=data["last_name"],
            email=data["email"],
            language=data["language"],
        )
        _deliver(request, invitation, token)
        return redirect("invitation", invitation_id=invitation.pk)
    return render(request, "teaching/invite.html", {"form": form})


@teacher_pages
@never_cache
def invitation(request, invitation_id):
    """One invitation: its state, its link while this session knows it, print; renew or withdraw."""
    found = get_object_or_404(people.visible_invitations(request.user), pk=invitation_id)
    token = request.session.get(SESSION_LINKS, {}).get(str(found.pk))
    link = invitations.link(found, token) if token and found.state() == Invitation.State.WAITING else None
    return render(
        request,
        "teaching/invitation.html",
        {
            "invitation": found,
            "state": found.state(),
            "State": Invitation.State,
            "link": link,
            "qr": qr_svg(link) if link else None,
        },
    )


@teacher_pages
@require_POST
def change_invitation(request, invitation_id):
    found = get_object_or_404(people.visible_invitations(request.user), pk=invitation_id)
    if request.POST.get("withdraw"):
        invitations.withdraw(found)
        request.session.get(SESSION_LINKS, {}).pop(str(found.pk), None)
        request.session.modified = True
        messages.success(request, _("The invitation is withdrawn: its link no longer works."))
        return redirect("staff")
    try:
        found, token = invitations.renew(found)
    except invitations.InvitationUnusable:
        messages.error(request, _("The invitation has been accepted already."))
        return redirect("invitation", invitation_id=found.pk)
    _deliver(request, found, token)
    return redirect("invitation", invitation_id=found.pk)


def _deliver(request, invitation, token):
    links = request.session.setdefault(SESSION_LINKS, {})
    links[str(invitation.pk)] = token
    request.session.modified = True
    if not invitation.email:
        messages.success(
            request, _("The invitation is made. Print the link or pass it on: it is shown only now.")
        )
    elif invitations.send(invitation, token):
        messages.success(request, _("The invitation is sent to %(address)s.") % {"address": invitation.email})
    else:
        messages.error(
            request,
            _("The e-mail to %(address)s could not be sent. Print the link or pass it on yourself.")
            % {"address": invitation.email},
        )


@teacher_pages
def person(request, person_id):
    """A teacher's or coordinator's role, sites and access."""
    if not people.may_manage_people(request.user):
        raise Http404
    found = get_object_or_404(people.visible_staff(request.user), pk=person_id)
    initial = {"role": found.role, "sites": list(found.sites.all()), "active": found.is_active}
    form = StaffForm(request.POST or None, initial=initial, user=request.user, person=found)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        people.save_person(
            request.user,
            found,
            role=data.get("role", found.role),
            sites=list(data["sites"]),
            active=data.get("active", found.is_active),
        )
        messages.success(request, _("The changes are saved."))
        return redirect("staff")
    return render(request, "teaching/person.html", {"form": form, "person": found})
