"""Inviting teachers and coordinators: whoever invites sets the role and the sites; the invited
person sets their own user name and password through a link that works once, for a while.

Only a SHA-256 hash of the link's token is stored (`Invitation.token_hash`): the link is shown to
whoever made it, sent by e-mail when there is an address, and can be printed; a lost link is
replaced by a new one (`renew`), which stops the old one working.
"""

import datetime
import hashlib
import logging
import secrets

from django.conf import settings
from django.contrib.auth import password_validation
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from accounts.models import Invitation, User

log = logging.getLogger(__name__)


class InvitationUnusable(Exception):
    """The link is unknown, used, withdrawn or expired; `state` says which (None: unknown)."""

    def __init__(self, state):
        super().__init__(f"invitation unusable: {state}")
        self.state = state


class UsernameTaken(Exception):
    """The user name chosen on the invitation page was taken meanwhile."""


def valid_for():
    return datetime.timedelta(days=settings.INVITATION_VALID_DAYS)


def _hash(token):
    return hashlib.sha256(token.encode()).hexdigest()


def _new_token(invitation):
    token = secrets.token_urlsafe(32)
    invitation.token_hash = _hash(token)
    invitation.expires_at = timezone.now() + valid_for()
    return token


@transaction.atomic
def invite(by, *, role, municipality, sites=(), first_name="", last_name="", email="", language=None):
    """Make an invitation; returns it and its token (the only time the token is known)."""
    invitation = Invitation(
        role=role,
        municipality=municipality,
        first_name=first_name.strip(),
        last_name=last_name.strip(),
        email=email.strip(),
        language=language or settings.LANGUAGE_CODE,
        invited_by=by,
    )
    token = _new_token(invitation)
    invitation.save()
    invitation.sites.set([site for site in sites if site.municipality_id == municipality.pk])
    return invitation, token


@transaction.atomic
def renew(invitation):
    """A new link for an invitation not yet accepted: the old link stops working, the time starts again."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.accepted_at:
        raise InvitationUnusable(Invitation.State.ACCEPTED)
    token = _new_token(invitation)
    invitation.withdrawn_at = None
    invitation.save(update_fields=["token_hash", "expires_at", "withdrawn_at"])
    return invitation, token


def withdraw(invitation):
    """The link stops working; an accepted invitation stays as it is (the account is kept apart)."""
    Invitation.objects.filter(pk=invitation.pk, accepted_at__isnull=True, withdrawn_at__isnull=True).update(
        withdrawn_at=timezone.now()
    )


def find(token):
    """The invitation a link's token opens, if it can still be used; else `InvitationUnusable`."""
    if not isinstance(token, str) or not 20 <= len(token) <= 100:
        raise InvitationUnusable(None)
    invitation = Invitation.objects.select_related("municipality").filter(token_hash=_hash(token)).first()
    if invitation is None:
        raise InvitationUnusable(None)
    state = invitation.state()
    if state != Invitation.State.WAITING:
        raise InvitationUnusable(state)
    return invitation


def accept(token, *, username, password, first_name, last_name):
    """Make the invited person's account, with the role and sites of the invitation; once only.

    Two submissions of the same link at once: the row lock lets one through, the other finds the
    invitation accepted. A user name taken meanwhile is reported as `UsernameTaken`.
    """
    with transaction.atomic():
        invitation = find(token)
        invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if invitation.state() != Invitation.State.WAITING:
            raise InvitationUnusable(invitation.state())
        user = User(
            username=username,
            first_name=first_name,
            last_name=last_name,
            email=invitation.email,
            role=invitation.role,
            municipality=invitation.municipality,
            preferred_language=invitation.language,
        )
        password_validation.validate_password(password, user)
        user.set_password(password)
        try:
            with transaction.atomic():
                user.save()
        except IntegrityError as error:
            raise UsernameTaken(username) from error
        user.sites.set(invitation.sites.all())
        invitation.accepted_at = timezone.now()
        invitation.accepted_by = user
        invitation.save(update_fields=["accepted_at", "accepted_by"])
    return user


def link(invitation, token):
    """The invitation's full address, in the invited person's language."""
    language = (
        invitation.language if invitation.language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
    )
    with translation.override(language):
        return settings.SITE_BASE_URL + reverse("accept_invitation", kwargs={"token": token})


def send(invitation, token):
    """E-mail the link to the invited person, in their language. Returns False if sending failed
    (the person who invited is told, and can print or pass on the link instead)."""
    if not invitation.email:
        return False
    language = (
        invitation.language if invitation.language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
    )
    with translation.override(language):
        context = {"invitation": invitation, "link": link(invitation, token)}
        subject = render_to_string("accounts/invitation_subject.txt", context).strip()
        body = render_to_string("accounts/invitation_email.txt", context)
    try:
        EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [invitation.email]).send()
    except Exception:  # an SMTP server down or refusing: the link is still shown to print
        log.exception("could not e-mail invitation %s", invitation.pk)
        return False
    return True
