"""Check and compile the interface catalogues in `locale/` without GNU gettext.

`make run` must work on a machine with only Python and a C compiler, and Django's own
`compilemessages` needs `msgfmt`. This does the same with polib (pure Python), and first checks
what CI requires of the catalogues: every entry translated, nothing fuzzy, and the same
placeholders in each translation as in its source.
"""

import re
from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

PLACEHOLDER = re.compile(r"%(?:\([^)]+\))?[sd]")


def catalogue_problems(po):
    """Plain-language problems of one catalogue: untranslated, fuzzy, placeholder mismatch."""
    problems = []
    if po.metadata_is_fuzzy:
        problems.append("the header is marked fuzzy")
    for entry in po:
        if entry.obsolete:
            continue
        where = f"line {entry.linenum}: {entry.msgid[:60]!r}"
        if "fuzzy" in entry.flags:
            problems.append(f"{where} is fuzzy")
        if not entry.translated():
            problems.append(f"{where} is untranslated")
            continue
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        expected = set(PLACEHOLDER.findall(entry.msgid))
        for translation in translations:
            found = set(PLACEHOLDER.findall(translation))
            # A plural form may leave out the count (Arabic "one hour"), but never invent one.
            if not found <= expected | set(PLACEHOLDER.findall(entry.msgid_plural or "")) or (
                not entry.msgid_plural and found != expected
            ):
                problems.append(f"{where} has placeholders {sorted(found)}, expected {sorted(expected)}")
    return problems


class Command(BaseCommand):
    help = "Check that every configured language's catalogue is complete and compile every catalogue."
    # The system checks ask for compiled catalogues (samfund.E004): this command makes them.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--check-only", action="store_true", help="Check, but write no .mo files.")

    def handle(self, *args, check_only=False, **options):
        locale_dir = Path(settings.LOCALE_PATHS[0])
        failures = []
        required = [code for code, _name in settings.LANGUAGES]
        for language in required:
            path = locale_dir / language / "LC_MESSAGES" / "django.po"
            if not path.exists():
                failures.append(f"{language}: {path} is missing")
                continue
            failures += [f"{language}: {problem}" for problem in catalogue_problems(polib.pofile(str(path)))]
        if failures:
            raise CommandError("Catalogues are incomplete:\n  " + "\n  ".join(failures))
        compiled = 0
        if not check_only:
            for path in sorted(locale_dir.glob("*/LC_MESSAGES/django.po")):
                polib.pofile(str(path)).save_as_mofile(str(path.with_suffix(".mo")))
                compiled += 1
        self.stdout.write(f"Catalogues complete ({', '.join(required)}); {compiled} compiled.")
