"""Invite a municipality's first coordinator (or any teacher) from the command line.

A new installation has no coordinator to invite anyone: the operator runs, for example,

    manage.py invite --municipality "Vejle Kommune" --create-municipality --role coordinator \
        --email anna@vejle.dk --first-name Anna

and passes on the printed link (it is also e-mailed when --email is given and e-mail is set up).
The coordinator then adds the sites, classes and teachers in the teachers' pages.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from accounts import invitations
from accounts.models import LearningSite, Municipality, User


class Command(BaseCommand):
    help = "Invite a coordinator or a teacher; prints the link that lets them set their own password."

    def add_arguments(self, parser):
        parser.add_argument("--municipality", required=True, help="The municipality's name.")
        parser.add_argument(
            "--create-municipality", action="store_true", help="Make the municipality if it does not exist."
        )
        parser.add_argument("--role", choices=["coordinator", "teacher"], default="coordinator")
        parser.add_argument(
            "--site", action="append", default=[], help="A site of the municipality (repeat)."
        )
        parser.add_argument("--email", default="")
        parser.add_argument("--first-name", default="")
        parser.add_argument("--last-name", default="")
        parser.add_argument(
            "--language", default=settings.LANGUAGE_CODE, choices=[code for code, _ in settings.LANGUAGES]
        )

    def handle(self, *args, **options):
        with transaction.atomic():
            invitation, token = self._invite(options)
        self.stdout.write(invitations.link(invitation, token))
        if invitation.email:
            sent = invitations.send(invitation, token)
            self.stdout.write(
                f"E-mailed to {invitation.email}."
                if sent
                else f"Could not e-mail {invitation.email}: pass the link on yourself."
            )

    def _invite(self, options):
        name = options["municipality"].strip()
        municipality = Municipality.objects.filter(name__iexact=name).first()
        if municipality is None:
            if not options["create_municipality"]:
                known = ", ".join(Municipality.objects.values_list("name", flat=True)) or "none"
                raise CommandError(f"No municipality {name!r} (known: {known}); add --create-municipality.")
            municipality = Municipality.objects.create(name=name)
            self.stdout.write(f"Made the municipality {municipality.name}.")
        sites = []
        for site_name in options["site"]:
            site = LearningSite.objects.filter(
                municipality=municipality, name__iexact=site_name.strip()
            ).first()
            if site is None:
                raise CommandError(f"{municipality.name} has no site {site_name!r}.")
            sites.append(site)
        if options["role"] == User.Role.TEACHER and not sites:
            raise CommandError("A teacher needs at least one --site.")
        invitation, token = invitations.invite(
            None,
            role=options["role"],
            municipality=municipality,
            sites=sites,
            first_name=options["first_name"],
            last_name=options["last_name"],
            email=options["email"],
            language=options["language"],
        )
        until = f"{invitation.expires_at:%Y-%m-%d %H:%M %Z}"
        who = f"{invitation.role}, {municipality.name}"
        self.stdout.write(f"Invitation {invitation.pk} ({who}), valid until {until}:")
        return invitation, token
