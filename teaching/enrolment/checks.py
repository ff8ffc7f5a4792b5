"""What a teacher types or a file says about a learner, checked; errors in plain words.

Each `clean_<field>` takes text and returns the value or raises `ValidationError` with a message
in the active language. The add and edit forms and the CSV import use the same ones.
"""

import datetime
import re
import unicodedata

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import get_language_info, gettext

from progress import standing

NAME_MAX_LENGTH = 150
# A start date further away than this is almost certainly a typing mistake in the year.
START_DATE_YEARS_BACK = 5
START_DATE_DAYS_AHEAD = 366


def clean_name(text):
    name = " ".join(text.split())
    if not name:
        raise ValidationError(gettext("The name is missing."))
    if len(name) > NAME_MAX_LENGTH:
        raise ValidationError(
            gettext("The name is longer than %(limit)d characters.") % {"limit": NAME_MAX_LENGTH}
        )
    return name


DATE_TIME_SUFFIX = re.compile(r"(?:[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)$")
YEAR_FIRST = re.compile(r"^(?P<year>\d{4})(?P<sep>[-./])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})$")
DAY_FIRST = re.compile(
    r"^(?P<day>\d{1,2})(?P<sep>[-./])\s*(?P<month>\d{1,2})(?P=sep)\s*(?P<year>\d{4}|\d{2})$"
)


def clean_start_date(text):
    """A programme start date written as 2026-03-01, 1-3-2026, 01.03.2026 or 1/3/2026 (day first)."""
    value = text.strip()
    if not value:
        raise ValidationError(gettext("The start date is missing."))
    # Excel may add a time of day to a date: "01.03.2026 00:00".
    bare = DATE_TIME_SUFFIX.sub("", value)
    match = YEAR_FIRST.match(bare) or DAY_FIRST.match(bare)
    if match is None:
        raise ValidationError(
            gettext("“%(value)s” is not a date. Write day, month and year, for example 01.03.2026.")
            % {"value": value}
        )
    year = int(match["year"])
    try:
        date = datetime.date(year + 2000 if year < 100 else year, int(match["month"]), int(match["day"]))
    except ValueError:
        raise ValidationError(
            gettext("“%(value)s” is not a date: that day does not exist. Dates are day, month, year.")
            % {"value": value}
        ) from None
    return _plausible_start(date)


def _plausible_start(date):
    today = timezone.localdate()
    shown = date_format(date, "DATE_FORMAT")
    if date > today + datetime.timedelta(days=START_DATE_DAYS_AHEAD):
        raise ValidationError(
            gettext("%(date)s is more than a year from now. Check the year.") % {"date": shown}
        )
    if date.year < today.year - START_DATE_YEARS_BACK:
        raise ValidationError(
            gettext("%(date)s is more than %(years)d years ago. Check the year.")
            % {"date": shown, "years": START_DATE_YEARS_BACK}
        )
    return date


def clean_language(text):
    """A language code (ar), its English (Arabic) or Danish (arabisk) name or its own (العربية)."""
    value = text.strip()
    if not value:
        raise ValidationError(gettext("The language is missing."))
    names = language_names()
    key = name_key(value)
    # "ar-SY", "da_DK", "Arabic (Syria)": the first word names the language when the whole does not.
    code = names.get(key) or names.get(key.partition(" ")[0])
    if code is None:
        raise ValidationError(
            gettext("“%(value)s” is not one of the platform's languages: %(choices)s.")
            % {"value": value, "choices": ", ".join(name for _code, name in language_choices())}
        )
    return code


def language_names():
    """Every way a file may name an offered language, normalised, mapped to its code."""
    names = {}
    interface_languages = {code for code, _name in settings.LANGUAGES} | {"da", "en"}
    for code, english_name in settings.LANGUAGES:
        info = get_language_info(code)
        spellings = {code, english_name, info["name"], info["name_local"]}
        for interface_language in interface_languages:
            with translation.override(interface_language):
                spellings.add(gettext(english_name))
        names.update({name_key(spelling): code for spelling in spellings})
    return names


def language_choices():
    """The offered languages, named in the active language and in their own: "Arabic (العربية)"."""
    choices = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        own = info["name_local"]
        translated = str(info["name_translated"])
        choices.append((code, translated if own == translated else f"{translated} ({own})"))
    return choices


def clean_email(text):
    value = text.strip()
    if value:
        try:
            validate_email(value)
        except ValidationError:
            raise ValidationError(
                gettext("“%(value)s” is not an e-mail address.") % {"value": value}
            ) from None
    return value


PHONE = re.compile(r"^\+?[0-9][0-9 ().-]{5,30}$")


def clean_phone(text):
    value = " ".join(text.split())
    if value and not PHONE.match(value):
        raise ValidationError(
            gettext("“%(value)s” is not a phone number. Write digits, with + before a country code.")
            % {"value": value}
        )
    return value


def clean_reference(text):
    value = text.strip()
    if len(value) > 64:
        raise ValidationError(gettext("The reference is longer than 64 characters."))
    return value


CLEANERS = {
    "name": clean_name,
    "start_date": clean_start_date,
    "language": clean_language,
    "email": clean_email,
    "phone": clean_phone,
    "reference": clean_reference,
}


def name_key(text):
    """Text to compare without case, marks, punctuation or extra spaces: "E-Mail:" is "e mail".

    Without marks, "العربية" is the name Django spells "العربيّة", and "Français" is "francais".
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(character for character in decomposed if unicodedata.category(character) != "Mn")
    return " ".join(re.sub(r"[\W_]+", " ", bare).split())


def person_key(name):
    """A person's name to compare without case or extra spaces."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def already_in_class(learner_class, name, start_date, reference, exclude=None):
    """Why `learner_class` already has this learner (same reference, or same name and start), or ""."""
    index = class_index(learner_class, exclude)
    return index.get(("reference", reference.casefold())) or index.get(
        ("person", (person_key(name), start_date)), ""
    )


def class_index(learner_class, exclude=None):
    """The class's learners by reference and by (name, start date), each with the message to show."""
    index = {}
    course = standing.danish_course()
    for learner in learner_class.learners.exclude(pk=getattr(exclude, "pk", None)):
        if learner.external_reference:
            index[("reference", learner.external_reference.casefold())] = gettext(
                "Already in the class as %(username)s (same reference)."
            ) % {"username": learner.username}
        index[("person", (person_key(learner.get_full_name()), standing.start_date(learner, course)))] = (
            gettext("Already in the class as %(username)s (same name and start date).")
            % {"username": learner.username}
        )
    return index
