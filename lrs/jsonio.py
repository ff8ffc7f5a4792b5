"""JSON on the ingestion path: orjson where it can, the standard library where orjson refuses.

orjson parses and writes a statement several times faster than the `json` module, which made JSON
about a third of the workers' time in `bench/lrs_ingest.py`. It refuses some valid JSON the
standard library reads (lone surrogates in strings), and reads an integer beyond 64 bits as the
nearest double: a body with twenty digits in a row, and one orjson refuses, goes through `json`, so
no valid JSON is changed on its way in. `NaN` and `Infinity` are not
JSON (RFC 8259), and neither path accepts them.

What a client sends is also checked for what the LRS cannot keep or serve (`read`): nesting deeper
than `MAX_DEPTH` (a 600-deep extension once stored fine and then broke every page that included
it), a number too large for a double (`1e400`, which would be stored as null), NUL characters (which
PostgreSQL refuses) and lone surrogates (which are not Unicode text). Each is refused with a reason.
"""

import json
import math
import re

import orjson

# An integer of 20 digits or more may not fit in 64 bits (orjson would make it a float). The
# digits may also be inside a string: then the standard library parses a body orjson could have.
LONG_NUMBER = re.compile(rb"\d{20}")


# JSON nested deeper than this is refused: no statement or document needs more, and deeper values
# would reach Python's recursion limit where they are formatted, compared or merged.
MAX_DEPTH = 64
NUL_ESCAPE = b"\\u0000"


class Refused(ValueError):
    """JSON that parses but that the LRS does not take; the message says why."""


def _not_json(constant):
    raise ValueError(f"{constant} is not JSON")


def _finite(text):
    number = float(text)
    if not math.isfinite(number):
        raise Refused(f"the number {text[:40]} is too large")
    return number


def loads(data):
    """Parse stored or trusted JSON (bytes or str); ValueError when it is not JSON."""
    value, _by_standard_library = _parse(data)
    return value


def read(data):
    """Parse JSON a client sent and check it (see the module docstring); ValueError, with a reason
    for the client in a `Refused`, when it is not JSON or not JSON the LRS takes."""
    value, by_standard_library = _parse(data)
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    if raw.count(b"{") + raw.count(b"[") > MAX_DEPTH:
        _check_depth(value)
    if by_standard_library or NUL_ESCAPE in raw:
        _check_text(value)
    return value


def check(value):
    """`read`'s checks for JSON that arrived another way (parsed by someone else): Refused if the
    LRS could not keep or serve it."""
    if isinstance(value, dict | list):
        _check_depth(value)
    _check_text(value)


def _parse(data):
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    try:
        if LONG_NUMBER.search(raw):
            return json.loads(data, parse_constant=_not_json, parse_float=_finite), True
        try:
            return orjson.loads(data), False
        except orjson.JSONDecodeError:
            return json.loads(data, parse_constant=_not_json, parse_float=_finite), True
    except RecursionError:
        raise Refused(f"the JSON is nested more than {MAX_DEPTH} levels deep") from None


def _check_depth(value):
    """Level by level (no recursion, no tuple per node): the containers of each depth."""
    level, depth = [value], 1
    while level:
        if depth > MAX_DEPTH:
            raise Refused(f"the JSON is nested more than {MAX_DEPTH} levels deep")
        below = []
        for item in level:
            for child in item.values() if type(item) is dict else item:
                if type(child) is dict or type(child) is list:
                    below.append(child)
        level, depth = below, depth + 1


def _check_text(value):
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            _check_string(item)
        elif isinstance(item, dict):
            for key, child in item.items():
                _check_string(key)
                stack.append(child)
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, float) and not math.isfinite(item):
            raise Refused("a number is too large")


def _check_string(text):
    if "\x00" in text:
        raise Refused("a string contains a NUL character (\\u0000)")
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise Refused("a string contains a lone surrogate: it is not Unicode text") from None


def dumps(value):
    """UTF-8 JSON bytes of a parsed statement (for a JSONB column)."""
    try:
        return orjson.dumps(value)
    except orjson.JSONEncodeError:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
