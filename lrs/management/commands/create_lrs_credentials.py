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
        parser.add_argument("--organisation", default="", help="The organisation the credentials belong to.")
        parser.add_argument(
            "--trusted",
            action="store_true",
            help="Trust its statements for progress: hours and completions (e.g. an attendance system).",
        )

    def handle(
        self, *args, name, key=None, secret=None, scopes=("all",), organisation="", trusted=False, **options
    ):
        if key and Credential.objects.filter(key=key).exists():
            raise CommandError(f"a credential with key {key!r} exists already")
        credential, secret = create_credential(
            name, key=key, secret=secret, scopes=scopes, organisation=organisation, trusted=trusted
        )
        self.stdout.write(
            f"key:    {credential.key}\nsecret: {secret}\nscopes: {' '.join(credential.scopes)}"
            + ("\ntrusted for progress: yes" if trusted else "")
        )
