"""validate_statement: the entry point the Statement Resource calls for each statement it receives."""

from pydantic import ValidationError

from lrs.xapi.errors import XAPIValidationError, from_pydantic
from lrs.xapi.statements import STATEMENT_MODELS

SUPPORTED_VERSIONS = ("1.0.3", "2.0.0")

# X-Experience-API-Version values and the rules that apply to them. xAPI-Communication 3.3 (1.0.3): the
# LRS "MUST accept requests with a version header of 1.0 as if the version header was 1.0.0" and all 1.0.x
# share one data model; 2.0.0 4.1.7: "accept requests with a version header of 2.0 as if ... 2.0.0".
_RULES_BY_HEADER = {
    "1.0": "1.0.3",
    "1.0.0": "1.0.3",
    "1.0.1": "1.0.3",
    "1.0.2": "1.0.3",
    "1.0.3": "1.0.3",
    "2.0": "2.0.0",
    "2.0.0": "2.0.0",
}


def negotiate_version(header: str) -> str | None:
    """The supported version whose rules apply to a request's X-Experience-API-Version, or None."""
    return _RULES_BY_HEADER.get(header.strip())


def validate_statement(data: object, version: str) -> dict:
    """Validate one statement, as parsed from the request's JSON, against the rules of ``version``.

    Returns a copy of the statement's top level, unchanged, for the LRS to add the properties it sets
    (id, stored, authority ...) without touching the caller's object; the objects inside are shared
    and must not be changed: the LRS stores what it received. Raises
    XAPIValidationError naming the first rule broken and where. ``version`` is one of SUPPORTED_VERSIONS
    (or a header value negotiate_version maps to one); anything else is a programming error.
    """
    rules = _RULES_BY_HEADER.get(version)
    if rules is None:
        raise ValueError(f"unsupported xAPI version {version!r}; expected one of {SUPPORTED_VERSIONS}")
    if not isinstance(data, dict):
        raise XAPIValidationError("a statement must be a JSON object", "$")
    try:
        STATEMENT_MODELS[rules].model_validate(data)
    except ValidationError as exc:
        raise from_pydantic(exc) from None
    return dict(data)
