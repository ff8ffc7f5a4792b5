from pathlib import Path

import polib
import pytest
from django.conf import settings

from courses.management.commands.compile_catalogues import catalogue_problems

CONFIGURED = [code for code, _name in settings.LANGUAGES]


@pytest.mark.parametrize("language", CONFIGURED)
def test_the_catalogue_is_complete(language):
    path = Path(settings.LOCALE_PATHS[0]) / language / "LC_MESSAGES" / "django.po"
    po = polib.pofile(str(path))

    assert catalogue_problems(po) == []
    assert po.percent_translated() == 100


@pytest.mark.parametrize("language", [code for code in CONFIGURED if code != "en"])
def test_the_catalogue_is_really_translated(language):
    po = polib.pofile(str(Path(settings.LOCALE_PATHS[0]) / language / "LC_MESSAGES" / "django.po"))
    singular = [entry for entry in po if not entry.msgid_plural and not entry.obsolete]
    same_as_english = [entry.msgid for entry in singular if entry.msgstr == entry.msgid]

    # Names and true cognates may stay as they are ("Samfund", "IT", Danish "Video").
    assert len(same_as_english) <= len(singular) // 20, same_as_english


def test_an_untranslated_or_fuzzy_entry_is_reported():
    po = polib.POFile()
    po.append(polib.POEntry(msgid="Hello", msgstr=""))
    po.append(polib.POEntry(msgid="Bye", msgstr="Farvel", flags=["fuzzy"]))

    problems = catalogue_problems(po)

    assert any("untranslated" in problem for problem in problems)
    assert any("fuzzy" in problem for problem in problems)


def test_a_lost_placeholder_is_reported():
    po = polib.POFile()
    po.append(polib.POEntry(msgid="%(hours)s hours", msgstr="timer"))

    assert any("placeholders" in problem for problem in catalogue_problems(po))
