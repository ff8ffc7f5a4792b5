from django.core.management.base import BaseCommand, CommandError

from lrs.auth import create_credential
from lrs.models import Credential


class Command(BaseCommand):
    help = "Issue xAPI credentials (HTTP Basic: key as user name, secret as password) and print them."

    def add_arguments(self, parser):
        parser.add_argument("name", help="Who the credentials are for, e.g. 'Vejle Kommune LRS'.")
        parser.add_argument("--key", help="Use this key (default: a random one).")
        parser.add_argument("--secret", help="Use this secret (default: a random one).")
        parser.add_argument(
            "--scopes",
            nargs="+",
            default=["all"],
            choices=Credential.SCOPES,
            help="xAPI scopes (default: all).",
        )
        whose = parser.add_mutually_exclusive_group(required=True)
        whose.add_argument(
            "--organisation",
            default="",
            help="The organisation the credentials belong to: they read its statements and documents.",
        )
        whose.add_argument(
            "--all-organisations",
            action="store_true",
            help="Read every organisation's statements, the platform's own included (the operator's).",
        )
        parser.add_argument(
            "--trusted",
            action="store_true",
            help="Trust its statements for progress: hours and completions (e.g. an attendance system).",
        )

    def handle(self, *args, **options):
        key = options["key"]
        if key and Credential.objects.filter(key=key).exists():
            raise CommandError(f"a credential with key {key!r} exists already")
        try:
            credential, secret = create_credential(
                options["name"],
                **{name: options[name] for name in ("key", "secret", "scopes", "organisation", "trusted")},
                all_organisations=options["all_organisations"],
            )
        except ValueError as refused:
            raise CommandError(str(refused)) from None
        reads = (
            "every organisation"
            if credential.all_organisations
            else f"organisation {credential.organisation}"
        )
        self.stdout.write(
            f"key:    {credential.key}\nsecret: {secret}\nscopes: {' '.join(credential.scopes)}\n"
            f"reads:  {reads}" + ("\ntrusted for progress: yes" if credential.trusted else "")
        )
