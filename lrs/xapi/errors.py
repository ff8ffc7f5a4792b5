"""The one error the validator raises, and the mapping from pydantic's first error to it.

The LRS answers a rejected statement with 400 and one readable sentence (xAPI-Communication 3.2: "The
LRS SHOULD return a message in the response explaining the cause of the error"). pydantic collects every
error; we keep the first, turn its location into a JSON path such as
``context.contextActivities.parent[0].id`` and its type into a sentence naming the rule broken.
"""

import json

from pydantic import ValidationError
from pydantic_core import PydanticCustomError

# Custom error types raised by the xAPI types and models (see field_error / object_error below).
FIELD_ERROR = "xapi_field"
OBJECT_ERROR = "xapi_object"

# Discriminated unions add the chosen tag to an error's location; tags are bracketed so that they never
# collide with a property name and are dropped when the path is rendered.
UNION_TAGS: set[str] = set()

# Properties whose children are map keys (language tags or extension IRIs), not property names.
MAP_PROPERTIES = frozenset({"display", "name", "description", "extensions"})

# Filled by common.py: the regex of each string format and the rule a value breaking it breaks.
PATTERN_RULES: dict[str, str] = {}

_TYPE_NAMES = {
    "string_type": "a string",
    "int_type": "an integer",
    "int_from_float": "an integer",
    "float_type": "a number",
    "bool_type": "a boolean (true or false)",
    "list_type": "an array",
    "dict_type": "a JSON object",
    "model_type": "a JSON object",
    "model_attributes_type": "a JSON object",
}

# Properties the xAPI 2.0 data model added; named in the error when a 1.0.3 statement uses them.
_ADDED_IN_2_0 = frozenset({"contextAgents", "contextGroups"})


class XAPIValidationError(ValueError):
    """A statement broke a rule of the xAPI specification.

    ``location`` is a JSON path into the statement (``actor.mbox``,
    ``context.contextActivities.parent[0].id``; ``$`` for the statement itself) and ``message`` an
    English sentence naming the rule.
    """

    def __init__(self, message: str, location: str):
        super().__init__(message, location)
        self.message = message
        self.location = location

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


def union_tag(name: str) -> str:
    """Register and return the tag of one branch of a discriminated union."""
    tag = f"<{name}>"
    UNION_TAGS.add(tag)
    return tag


def field_error(rule: str) -> PydanticCustomError:
    """An error for a value of a custom type; the message becomes "<property> <rule>"."""
    return PydanticCustomError(FIELD_ERROR, "{rule}", {"rule": rule})


def object_error(message: str, at: tuple = ()) -> PydanticCustomError:
    """An error found by an object-level check; ``at`` locates it below the object being validated."""
    return PydanticCustomError(OBJECT_ERROR, "{message}", {"message": message, "at": at})


def from_pydantic(exc: ValidationError) -> XAPIValidationError:
    """The first error of a pydantic ValidationError, as a located xAPI error."""
    error = exc.errors(include_url=False)[0]
    context = error.get("ctx") or {}
    parts = [part for part in error["loc"] if part not in UNION_TAGS]
    if error["type"] == OBJECT_ERROR:
        parts.extend(context["at"])
        return XAPIValidationError(context["message"], render_path(parts))
    if parts and parts[-1] == "[key]":
        # A map key broke its format: report it at the map, naming the key.
        key, map_parts = parts[-2], parts[:-2]
        subject = f"key {json.dumps(key, ensure_ascii=False)} of {_subject(map_parts)}"
        return XAPIValidationError(_sentence(subject, error, context, map_parts), render_path(map_parts))
    return XAPIValidationError(_sentence(_subject(parts), error, context, parts), render_path(parts))


def render_path(parts: list) -> str:
    """Render a location as ``context.contextActivities.parent[0].id`` or ``verb.display["en-US"]``."""
    path = ""
    for index, part in enumerate(parts):
        if isinstance(part, int):
            path += f"[{part}]"
        elif index and parts[index - 1] in MAP_PROPERTIES:
            path += f"[{json.dumps(part, ensure_ascii=False)}]"
        else:
            path += f".{part}" if path else part
    return path or "$"


def _subject(parts: list) -> str:
    """How a message names the value at ``parts``: its property, or the element of an array or map."""
    if not parts:
        return "the statement"
    tail = render_path(parts[-2:]) if len(parts) > 1 else render_path(parts)
    if isinstance(parts[-1], int) or (len(parts) > 1 and parts[-2] in MAP_PROPERTIES):
        return tail
    return str(parts[-1])


def _sentence(subject: str, error: dict, context: dict, parts: list) -> str:
    kind = error["type"]
    if kind == FIELD_ERROR:
        return f"{subject} {context['rule']}"
    if kind == "missing":
        return f"{subject} is required"
    if kind == "extra_forbidden":
        if subject in _ADDED_IN_2_0:
            return f"{subject} is only defined from xAPI 2.0.0 and is not allowed in a 1.0.x statement"
        return (
            f"{subject} is not a property the xAPI specification defines for this object "
            "(property names are case-sensitive)"
        )
    if kind in _TYPE_NAMES:
        if error.get("input", ...) is None:
            return f"{subject} must not be null (null is only allowed inside extensions)"
        return f"{subject} must be {_TYPE_NAMES[kind]}"
    if kind == "string_pattern_mismatch":
        return f"{subject} {PATTERN_RULES.get(context['pattern'], 'is not in the required format')}"
    if kind == "literal_error":
        return f"{subject} must be exactly {context['expected']} (values are case-sensitive)"
    if kind == "too_short":
        what = "entry" if context.get("field_type") == "Dictionary" else "item"
        return f"{subject} must contain at least one {what}"
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        return _range_sentence(subject, parts, context)
    if kind == "finite_number":
        return f"{subject} must be a finite number"
    return f"{subject}: {error['msg']}"


def _range_sentence(subject: str, parts: list, context: dict) -> str:
    if parts and parts[-1] == "scaled":
        return "scaled must be a decimal number between -1 and 1 inclusive"
    if "ge" in context:
        return f"{subject} must be greater than or equal to {context['ge']}"
    if "le" in context:
        return f"{subject} must be less than or equal to {context['le']}"
    bound = context.get("gt", context.get("lt"))
    return f"{subject} is out of range ({bound})"
