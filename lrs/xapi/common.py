"""Custom xAPI data types and the base model every statement object derives from.

xAPI-Data 4.0 "Special Data Types and Rules" (1.0.3) and 4.2.7 "Additional Requirements for Data Types"
(2.0.0). Formats a regular expression can decide (IRIs, mbox, UUIDs, durations, the shape of timestamps)
are pydantic string patterns, compiled once and checked in Rust; what needs code (RFC 5646 language tags,
whether a month has a 31st day) is a small Python check.
"""

import calendar
import re
from typing import Annotated, Any, ClassVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator

from lrs.xapi.errors import PATTERN_RULES, field_error, object_error


class XAPIModel(BaseModel):
    """Base of every statement object.

    xAPI-Data 2.2.s4.b1: the LRS MUST reject statements with strings where numbers or booleans are
    required, with keys whose case does not match the specification and with keys it does not allow; so
    validation is strict (no coercion) and unknown properties are forbidden. Optional properties default
    to None but are typed without None: an explicit JSON null is then a type error, as 2.2.s4.b1.b1
    requires ("The LRS MUST reject Statements with any null values (except inside extensions)").
    """

    model_config = ConfigDict(strict=True, extra="forbid", allow_inf_nan=False)


class Rejected(XAPIModel):
    """A union branch for JSON recognisably meant as one kind of object that breaks a rule about that
    kind as a whole (a Group without its objectType, a nested SubStatement): validating it always fails
    with the branch's message, located at ``at`` below the object."""

    message: ClassVar[str] = ""
    at: ClassVar[tuple] = ()

    @model_validator(mode="before")
    @classmethod
    def _reject(cls, data):
        raise object_error(cls.message, cls.at)


def string_format(pattern: str, rule: str) -> StringConstraints:
    PATTERN_RULES[pattern] = rule
    return StringConstraints(pattern=pattern)


# RFC 3987 characters an IRI can never contain unescaped: whitespace, controls, <>"{}|\^` and a "%"
# not starting a percent-encoding. xAPI-Data 2.2.s4.b6: "The LRS MAY use best-effort validation for IRL
# and IRI formats", but MUST reject values "without a scheme" (2.2.s4.b1.b8).
_SCHEME = r"[A-Za-z][A-Za-z0-9+.\-]*"
_IRI_CHARACTER = r"(?:[^\s%<>\"{}|\\^`\x00-\x1F\x7F]|%[0-9A-Fa-f]{2})"
IRI_PATTERN = rf"^{_SCHEME}:{_IRI_CHARACTER}+$"
# An IRL locates a resource: a scheme followed by "//" and an authority or path (http://, https://, file:///).
IRL_PATTERN = rf"^{_SCHEME}://{_IRI_CHARACTER}+$"
# A URI is the ASCII subset of an IRI (RFC 3986 unreserved and reserved characters).
URI_PATTERN = rf"^{_SCHEME}:(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{{2}})+$"
MAILTO_PATTERN = r"^mailto:[^@\s<>\"?]+@[^@\s<>\"?]+$"
SHA1_PATTERN = r"^[0-9A-Fa-f]{40}$"
SHA2_PATTERN = r"^(?:[0-9A-Fa-f]{56}|[0-9A-Fa-f]{64}|[0-9A-Fa-f]{96}|[0-9A-Fa-f]{128})$"
UUID_PATTERN = r"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
_MEDIA_TOKEN = r"[A-Za-z0-9][A-Za-z0-9!#$&^_.+\-]*"
MEDIA_TYPE_PATTERN = rf"^{_MEDIA_TOKEN}/{_MEDIA_TOKEN}(?:\s*;.*)?$"

IRI = Annotated[
    str,
    string_format(
        IRI_PATTERN, "must be an absolute IRI with a scheme, such as http://example.com/xapi/thing"
    ),
]
IRL = Annotated[str, string_format(IRL_PATTERN, "must be an absolute IRL, such as https://example.com/page")]
URI = Annotated[str, string_format(URI_PATTERN, "must be an absolute URI with a scheme")]
MailtoIRI = Annotated[
    str, string_format(MAILTO_PATTERN, "must be a mailto IRI of the form mailto:name@example.com")
]
MboxSha1Sum = Annotated[
    str, string_format(SHA1_PATTERN, "must be the hex-encoded SHA1 hash of a mailto IRI (40 hex digits)")
]
Sha2 = Annotated[
    str, string_format(SHA2_PATTERN, "must be the hex-encoded SHA-2 hash of the attachment data")
]
UUID = Annotated[
    str, string_format(UUID_PATTERN, "must be a UUID in standard string form (8-4-4-4-12 hex digits)")
]
MediaType = Annotated[
    str, string_format(MEDIA_TYPE_PATTERN, "must be an Internet Media Type such as text/plain (RFC 2046)")
]


# RFC 5646 section 2.1 "Syntax", letter for letter (matched case-insensitively), except the 4-letter
# primary language subtag: 2.2.1 rule 4 reserves those "for possible future standardization", so no
# valid tag has one today (the conformance suite rejects a language map keyed "test").
_LANGUAGE = r"(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{5,8})"
_LANGTAG = (
    rf"{_LANGUAGE}"
    r"(?:-[a-z]{4})?"  # script
    r"(?:-(?:[a-z]{2}|[0-9]{3}))?"  # region
    r"(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*"  # variants
    r"(?:-[0-9a-wy-z](?:-[a-z0-9]{2,8})+)*"  # extensions
    r"(?:-x(?:-[a-z0-9]{1,8})+)?"  # private use
)
_GRANDFATHERED = (
    "en-GB-oed|i-ami|i-bnn|i-default|i-enochian|i-hak|i-klingon|i-lux|i-mingo|i-navajo|i-pwn|i-tao|"
    "i-tay|i-tsu|sgn-BE-FR|sgn-BE-NL|sgn-CH-DE|art-lojban|cel-gaulish|no-bok|no-nyn|zh-guoyu|zh-hakka|"
    "zh-min|zh-min-nan|zh-xiang"
)
_LANGUAGE_TAG = re.compile(rf"(?:{_LANGTAG}|x(?:-[a-z0-9]{{1,8}})+|{_GRANDFATHERED})", re.IGNORECASE)
# Tags seen valid; statements repeat a handful of tags, so most checks end here. Bounded against abuse.
_VALID_LANGUAGE_TAGS: set[str] = set()
_LANGUAGE_TAG_CACHE_SIZE = 4096


def check_language_tag(value: str) -> str:
    """xAPI-Data 2.2.s4.b2: "The LRS MUST at least validate that the sequence of token lengths for
    language map keys matches the RFC 5646 standard"; 2.0.0 4.2.7 "An LRS shall reject a Statement with
    invalid RFC 5646 language tags". Beyond the syntax, RFC 5646 2.2.9 makes a tag with a repeated
    variant or extension singleton invalid (the conformance suite rejects "zh-z-aaa-z-bbb-c-ccc")."""
    if value in _VALID_LANGUAGE_TAGS:
        return value
    if not _LANGUAGE_TAG.fullmatch(value) or _has_repeated_subtag(value):
        raise field_error("must be an RFC 5646 language tag, such as en, en-US or zh-Hant-TW")
    if len(_VALID_LANGUAGE_TAGS) < _LANGUAGE_TAG_CACHE_SIZE:
        _VALID_LANGUAGE_TAGS.add(value)
    return value


def _has_repeated_subtag(tag: str) -> bool:
    variants: set[str] = set()
    singletons: set[str] = set()
    for subtag in tag.lower().split("-")[1:]:
        if subtag == "x":
            break
        if len(subtag) == 1:
            if subtag in singletons:
                return True
            singletons.add(subtag)
        elif not singletons and (len(subtag) >= 5 or len(subtag) == 4 and subtag[0].isdigit()):
            if subtag in variants:
                return True
            variants.add(subtag)
    return False


LanguageTag = Annotated[str, AfterValidator(check_language_tag)]

# xAPI-Data 4.2: a language map is a dictionary of RFC 5646 tags to strings. The conformance suite
# rejects an empty map ("A Language Map ... has at least 1 entry").
LanguageMap = Annotated[dict[LanguageTag, str], Field(min_length=1)]

# xAPI-Data 4.1.s3: "The keys of an extensions map MUST be IRIs" and "An LRS MUST NOT reject a Statement
# based on the values of the extensions map": any JSON value, null included.
Extensions = dict[IRI, Any]


_YEAR = "[0-9]{4}"
_MONTH = "(?:0[1-9]|1[0-2])"
_DAY = "(?:0[1-9]|[12][0-9]|3[01])"
_HOUR = "(?:[01][0-9]|2[0-3])"
_MINUTE = "[0-5][0-9]"
_SECOND = "(?:[0-5][0-9]|60)"  # RFC 3339 5.6 allows a leap second
# RFC 3339 4.3 reserves the offset "-00:00" for "unknown local offset"; the conformance suite rejects
# -00, -0000 and -00:00 in both versions, so a negative offset must be non-zero.
_NEGATIVE_HOUR = "(?:0[1-9]|1[0-9]|2[0-3])"
_NONZERO_MINUTE = "(?:0[1-9]|[1-5][0-9])"
_EXTENDED_ZONE = (
    rf"(?:[Zz]|\+{_HOUR}(?::{_MINUTE})?|-(?:{_NEGATIVE_HOUR}(?::{_MINUTE})?|00:{_NONZERO_MINUTE}))"
)
_BASIC_ZONE = rf"(?:Z|\+{_HOUR}(?:{_MINUTE})?|-(?:{_NEGATIVE_HOUR}(?:{_MINUTE})?|00{_NONZERO_MINUTE}))"
# ISO 8601 date and time of day, extended or basic format, the UTC offset optional.
ISO_8601_TIMESTAMP_PATTERN = (
    rf"^(?:{_YEAR}-{_MONTH}-{_DAY}[Tt ]{_HOUR}:{_MINUTE}(?::{_SECOND}(?:[.,][0-9]+)?)?{_EXTENDED_ZONE}?"
    rf"|{_YEAR}{_MONTH}{_DAY}T{_HOUR}{_MINUTE}(?:{_SECOND}(?:[.,][0-9]+)?)?{_BASIC_ZONE}?)$"
)
# RFC 3339 5.6 date-time: seconds and the UTC offset are mandatory; "T" may be a space (5.6 note).
RFC_3339_TIMESTAMP_PATTERN = (
    rf"^{_YEAR}-{_MONTH}-{_DAY}[Tt ]{_HOUR}:{_MINUTE}:{_SECOND}(?:\.[0-9]+)?"
    rf"(?:[Zz]|\+{_HOUR}:{_MINUTE}|-(?:{_NEGATIVE_HOUR}:{_MINUTE}|00:{_NONZERO_MINUTE}))$"
)
_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_ISO_8601_RULE = "must be an ISO 8601 timestamp such as 2024-05-01T12:30:00.000Z"
_RFC_3339_RULE = "must be an RFC 3339 timestamp with a time zone, such as 2024-05-01T12:30:00.000Z"


def _day_exists(value: str) -> bool:
    """The pattern allows days 01-31 in every month; check the month really has the day."""
    if value[4] == "-":  # extended format, YYYY-MM-DD
        year, month, day = value[0:4], value[5:7], value[8:10]
    else:  # basic format, YYYYMMDD
        year, month, day = value[0:4], value[4:6], value[6:8]
    if day <= "28":
        return True
    days = 29 if month == "02" and calendar.isleap(int(year)) else _DAYS_IN_MONTH[int(month) - 1]
    return int(day) <= days


def check_iso8601_day(value: str) -> str:
    if not _day_exists(value):
        raise field_error(_ISO_8601_RULE)
    return value


def check_rfc3339_day(value: str) -> str:
    if not _day_exists(value):
        raise field_error(_RFC_3339_RULE)
    return value


# xAPI 1.0.3, xAPI-Data 4.5.s1.b1: "A Timestamp MUST be formatted according to ISO 8601"; the time zone
# is a SHOULD (4.5.s1.b4), so a timestamp without one is accepted.
TimestampV103 = Annotated[
    str, string_format(ISO_8601_TIMESTAMP_PATTERN, _ISO_8601_RULE), AfterValidator(check_iso8601_day)
]
# xAPI 2.0.0: timestamps are RFC 3339 date-times, which always carry a UTC offset (the LRS "shall convert
# Timestamps to UTC", 4.2.7, which needs one).
TimestampV200 = Annotated[
    str, string_format(RFC_3339_TIMESTAMP_PATTERN, _RFC_3339_RULE), AfterValidator(check_rfc3339_day)
]


def _duration_pattern() -> str:
    """xAPI-Data 4.6.s1.b1: "A Duration MUST be expressed using the format for Duration in ISO
    8601:2004(E) section 4.4.3.2. The alternative format ... MUST NOT be used." That is PnW, or
    PnYnMnDTnHnMnS with at least one component, "T" only before time components and a decimal fraction
    only on the lowest-order component present. One alternative per lowest-order component keeps this a
    plain regular expression (no lookahead), so it runs in pydantic's Rust regex engine."""
    whole = "[0-9]+"
    last = "[0-9]+(?:[.,][0-9]+)?"
    date = ("Y", "M", "D")
    time = ("H", "M", "S")
    alternatives = [f"{last}W"]
    for index, designator in enumerate(date):
        alternatives.append("".join(f"(?:{whole}{d})?" for d in date[:index]) + f"{last}{designator}")
    date_prefix = "".join(f"(?:{whole}{d})?" for d in date)
    for index, designator in enumerate(time):
        alternatives.append(
            f"{date_prefix}T" + "".join(f"(?:{whole}{d})?" for d in time[:index]) + f"{last}{designator}"
        )
    return rf"^P(?:{'|'.join(alternatives)})$"


DURATION_PATTERN = _duration_pattern()


Duration = Annotated[
    str, string_format(DURATION_PATTERN, "must be an ISO 8601 duration such as PT1H30M or PT4.5S")
]
