"""A municipality's staff, kept by its coordinator: who works where, in which role, and the
invitations that bring new teachers and coordinators in (`accounts.invitations` makes and accepts
them; who may see and change what is decided here, for the pages and the forms alike)."""

from django.db import transaction
from django.db.models import Q

from accounts.models import Invitation, Municipality, User
from teaching.access import visible_sites
from teaching.organisation import may_manage_sites

STAFF_ROLES = (User.Role.TEACHER, User.Role.COORDINATOR)


def may_manage_people(user):
    """Coordinators keep their municipality's staff (superusers everyone's)."""
    return may_manage_sites(user)


def municipalities_for(user):
    """The municipalities `user` may invite into: a coordinator's own, every one for a superuser."""
    if user.is_superuser:
        return Municipality.objects.order_by("name")
    return Municipality.objects.filter(pk=user.municipality_id)


def visible_staff(user):
    """Teachers and coordinators of the municipality `user` keeps (active or not)."""
    staff = User.objects.filter(role__in=STAFF_ROLES)
    if user.is_superuser:
        return staff.order_by("first_name", "last_name", "username")
    if not may_manage_people(user):
        return staff.none()
    sites = visible_sites(user)
    return (
        staff.filter(Q(municipality_id=user.municipality_id) | Q(sites__in=sites))
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


def visible_invitations(user):
    invitations = Invitation.objects.select_related("municipality", "invited_by", "accepted_by")
    if user.is_superuser:
        return invitations
    if not may_manage_people(user):
        return invitations.none()
    return invitations.filter(municipality_id=user.municipality_id)


@transaction.atomic
def save_person(by, person, *, role, sites, active):
    """Change a staff member's role, sites and access. Sites outside what `by` keeps are left as
    they are; nobody changes their own role or access (a coordinator cannot lock themselves out)."""
    if person.pk != by.pk:
        person.role = role
        person.is_active = active
        if role == User.Role.COORDINATOR and not person.municipality_id:
            person.municipality_id = by.municipality_id or (sites[0].municipality_id if sites else None)
    kept = visible_sites(by)
    others = person.sites.exclude(pk__in=kept.values("pk"))
    person.save()
    person.sites.set([*others, *sites])
    return person
