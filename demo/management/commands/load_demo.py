from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.content import schema
from demo.services import load_demo
from demo.users import DEMO_USERS


class Command(BaseCommand):
    help = (
        "Build the demo course, role-model stories, glossary, community resources and demo users. "
        "Idempotent: a second run changes nothing. Demo users are refused when DEBUG is off."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--content-only", action="store_true", help="Build the content but create no demo users."
        )

    def handle(self, *args, content_only=False, **options):
        if not settings.DEBUG and not content_only:
            raise CommandError(
                "Refusing to create demo users (with known passwords) while DEBUG is off. "
                "Use --content-only to load only the demo content."
            )
        try:
            load_demo(with_people=not content_only)
        except schema.ContentError as error:
            raise CommandError(f"The demo content is malformed: {error}") from error
        totals = schema.totals(schema.load_all())
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: {totals['modules']} modules, {totals['lessons']} lessons "
                f"({totals['minutes'] / 60:.1f} hours), {totals['stories']} role-model stories, "
                f"{totals['glossary terms']} glossary terms, {totals['resources']} community resources."
            )
        )
        if not content_only:
            self.stdout.write("Demo logins (user name / password):")
            for username, password, _role, description in DEMO_USERS:
                self.stdout.write(f"  {username:<12} {password:<22} {description}")
