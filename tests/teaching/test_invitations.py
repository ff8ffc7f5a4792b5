"""Teachers and coordinators are invited, never given a password by someone else: the coordinator
chooses the role and the sites, the invited person their user name and password, through a link
that works once and for a while."""

import datetime
import hashlib
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from accounts import invitations
from accounts.models import Invitation, Municipality, User
from tests.factories import LearningSiteFactory

pytestmark = pytest.mark.django_db

PASSWORD = "Skolegården-ved-fjorden-7"


def invite_fields(site, **extra):
    return {
        "role": "teacher",
        "municipality": site.municipality_id,
        "sites": [site.pk],
        "first_name": "Mette",
        "last_name": "Holm",
        "email": "mette@skole.example",
        "language": "da",
        **extra,
    }


def accept_fields(**extra):
    return {
        "first_name": "Mette",
        "last_name": "Holm",
        "username": "mette.holm",
        "password1": PASSWORD,
        "password2": PASSWORD,
        **extra,
    }


def link_path(text):
    return re.search(r"http://[^/\s]+(/\w\w/invitation/[\w-]+/)", text).group(1)


def test_a_coordinator_invites_a_teacher_who_sets_their_own_password(client, coordinator, site_a):
    client.force_login(coordinator)

    made = client.post("/en/teach/people/invite/", invite_fields(site_a))

    invitation = Invitation.objects.get()
    assert made.status_code == 302 and made["Location"] == f"/en/teach/invitations/{invitation.pk}/"
    assert (invitation.role, invitation.municipality, list(invitation.sites.all())) == (
        "teacher",
        site_a.municipality,
        [site_a],
    )
    assert invitation.invited_by == coordinator and invitation.accepted_at is None
    # The e-mail is in the invited person's language, with a link in it.
    (message,) = mail.outbox
    assert message.to == ["mette@skole.example"] and "/da/invitation/" in message.body
    path = link_path(message.body)
    # The coordinator sees the same link on the invitation's page, to print.
    page = client.get(made["Location"])
    assert path in page.content.decode() and 'class="qr-code"' in page.content.decode()
    # Only a hash of the link's token is kept: the database alone holds no working link.
    token = path.split("/")[-2]
    assert invitation.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in str(Invitation.objects.values().get())

    client.logout()
    form = client.get(path)
    accepted = client.post(path, accept_fields())

    person = User.objects.get(username="mette.holm")
    assert form.status_code == 200 and "Mette" in form.content.decode()
    assert accepted.status_code == 302 and accepted["Location"] == "/da/teach/"
    assert (person.role, person.municipality, list(person.sites.all())) == (
        "teacher",
        site_a.municipality,
        [site_a],
    )
    assert person.check_password(PASSWORD) and person.email == "mette@skole.example"
    assert client.get("/da/teach/").status_code == 200  # logged in as the new teacher
    invitation.refresh_from_db()
    assert invitation.accepted_by == person and invitation.state() == Invitation.State.ACCEPTED


def test_an_invitation_link_works_once(client, coordinator, site_a):
    invitation, token = invitations.invite(
        coordinator, role="teacher", municipality=site_a.municipality, sites=[site_a]
    )
    path = f"/en/invitation/{token}/"
    client.post(path, accept_fields())
    client.logout()

    again = client.get(path)
    second = client.post(path, accept_fields(username="someone.else"))

    assert again.status_code == 410 and "accepted already" in again.content.decode()
    assert second.status_code == 410
    assert not User.objects.filter(username="someone.else").exists()
    assert User.objects.filter(role="teacher", username="mette.holm").count() == 1


def test_an_expired_or_withdrawn_invitation_makes_no_account(client, coordinator, site_a):
    expired, old_token = invitations.invite(
        coordinator, role="teacher", municipality=site_a.municipality, sites=[site_a]
    )
    Invitation.objects.filter(pk=expired.pk).update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    withdrawn, withdrawn_token = invitations.invite(
        coordinator, role="teacher", municipality=site_a.municipality, sites=[site_a]
    )
    invitations.withdraw(withdrawn)

    late = client.post(f"/en/invitation/{old_token}/", accept_fields())
    taken_back = client.post(f"/en/invitation/{withdrawn_token}/", accept_fields(username="x.y"))
    unknown = client.get("/en/invitation/" + "A" * 43 + "/")

    assert late.status_code == 410 and "expired" in late.content.decode()
    assert taken_back.status_code == 410 and "withdrawn" in taken_back.content.decode()
    assert unknown.status_code == 404 and "do not know this link" in unknown.content.decode()
    assert not User.objects.filter(username__in=["mette.holm", "x.y"]).exists()


def test_a_new_link_replaces_the_old_one(client, coordinator, site_a):
    invitation, first_token = invitations.invite(
        coordinator, role="teacher", municipality=site_a.municipality, sites=[site_a]
    )
    client.force_login(coordinator)

    renewed = client.post(f"/en/teach/invitations/{invitation.pk}/change/")
    client.logout()

    assert renewed.status_code == 302
    assert client.get(f"/en/invitation/{first_token}/").status_code == 404
    page = client.get(f"/en/invitation/{first_token}/")
    assert "do not know this link" in page.content.decode()


def test_the_invited_person_chooses_a_free_user_name_and_a_good_password(client, coordinator, site_a):
    invitation, token = invitations.invite(
        coordinator, role="teacher", municipality=site_a.municipality, sites=[site_a]
    )
    User.objects.create_user("taken.name", password="x")
    path = f"/en/invitation/{token}/"

    taken = client.post(path, accept_fields(username="Taken.Name"))
    weak = client.post(path, accept_fields(password1="12345678", password2="12345678"))
    differ = client.post(path, accept_fields(password2=PASSWORD + "x"))
    spaces = client.post(path, accept_fields(username="mette holm"))

    for response, field in (
        (taken, "username"),
        (weak, "password1"),
        (differ, "password2"),
        (spaces, "username"),
    ):
        assert response.status_code == 200
        assert field in response.context["form"].errors, (field, response.context["form"].errors)
    invitation.refresh_from_db()
    assert invitation.accepted_at is None and not User.objects.filter(role="teacher").exists()


def test_an_invitation_cannot_give_sites_of_another_municipality(client, coordinator, site_a):
    elsewhere = LearningSiteFactory(name="Fremmed Skole")
    client.force_login(coordinator)

    response = client.post("/en/teach/people/invite/", invite_fields(site_a, sites=[elsewhere.pk]))
    no_site = client.post("/en/teach/people/invite/", invite_fields(site_a, sites=[]))
    other_municipality = client.post(
        "/en/teach/people/invite/", invite_fields(site_a, municipality=elsewhere.municipality_id)
    )

    assert response.status_code == 200 and "sites" in response.context["form"].errors
    assert no_site.status_code == 200 and "sites" in no_site.context["form"].errors
    assert (
        other_municipality.status_code == 200 and "municipality" in other_municipality.context["form"].errors
    )
    assert not Invitation.objects.exists()


def test_inviting_the_same_address_twice_points_to_the_waiting_invitation(client, coordinator, site_a):
    client.force_login(coordinator)
    client.post("/en/teach/people/invite/", invite_fields(site_a))

    again = client.post("/en/teach/people/invite/", invite_fields(site_a))

    assert again.status_code == 200 and "email" in again.context["form"].errors
    assert Invitation.objects.count() == 1 and len(mail.outbox) == 1


def test_a_mail_server_down_still_gives_the_coordinator_the_link(client, coordinator, site_a, settings):
    settings.EMAIL_BACKEND = "tests.teaching.test_invitations.BrokenBackend"
    client.force_login(coordinator)

    made = client.post("/en/teach/people/invite/", invite_fields(site_a), follow=True)

    body = made.content.decode()
    assert made.status_code == 200 and "could not be sent" in body and "/da/invitation/" in body
    assert Invitation.objects.count() == 1


class BrokenBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("smtp down")


def test_teachers_cannot_invite_or_keep_staff(client, teacher, site_a):
    client.force_login(teacher)

    response = client.post("/en/teach/people/invite/", invite_fields(site_a, role="coordinator"))
    listing = client.get("/en/teach/people/")
    person = client.get(f"/en/teach/people/{teacher.pk}/")

    assert response.status_code == 302 and listing.status_code == 302 and person.status_code == 404
    assert not Invitation.objects.exists()


def test_a_coordinator_changes_a_teachers_sites_and_access_but_not_their_own(
    client, coordinator, teacher, site_a
):
    second = LearningSiteFactory(municipality=site_a.municipality, name="Bibliotek Nord")
    elsewhere = LearningSiteFactory(name="Anden kommunes skole")
    teacher.sites.add(elsewhere)
    client.force_login(coordinator)

    changed = client.post(f"/en/teach/people/{teacher.pk}/", {"role": "teacher", "sites": [second.pk]})
    own = client.post(f"/en/teach/people/{coordinator.pk}/", {"role": "teacher", "sites": [], "active": ""})
    leaves = client.post(
        f"/en/teach/people/{teacher.pk}/", {"role": "teacher", "sites": [second.pk], "active": ""}
    )

    teacher.refresh_from_db()
    coordinator.refresh_from_db()
    assert changed.status_code == own.status_code == leaves.status_code == 302
    # The site of another municipality, which this coordinator does not keep, stays.
    assert set(teacher.sites.all()) == {second, elsewhere}
    assert not teacher.is_active
    assert coordinator.role == "coordinator" and coordinator.is_active


def test_the_operator_invites_a_new_municipalitys_first_coordinator(capsys):
    call_command(
        "invite", "--municipality", "Vejle Kommune", "--create-municipality", "--role", "coordinator",
        "--email", "anna@vejle.example", "--first-name", "Anna",
    )  # fmt: skip

    output = capsys.readouterr().out
    invitation = Invitation.objects.get()
    assert Municipality.objects.filter(name="Vejle Kommune").exists()
    assert invitation.role == "coordinator" and invitation.municipality.name == "Vejle Kommune"
    assert "/da/invitation/" in output
    assert "E-mailed to anna@vejle.example." in output and mail.outbox[0].to == ["anna@vejle.example"]


def test_the_first_coordinator_builds_the_municipality_from_the_link(client):
    municipality = Municipality.objects.create(name="Tomkommune")
    _invitation, token = invitations.invite(None, role="coordinator", municipality=municipality)
    client.post(f"/en/invitation/{token}/", accept_fields(username="anna"))

    site = client.post("/en/teach/sites/new/", {"name": "Sprogskolen", "kind": "language_school"})
    made = municipality.sites.get()
    invited = client.post("/en/teach/people/invite/", invite_fields(made, email="t@tomkommune.example"))

    assert site.status_code == 302 and invited.status_code == 302
    assert Invitation.objects.filter(municipality=municipality, role="teacher", sites=made).exists()
