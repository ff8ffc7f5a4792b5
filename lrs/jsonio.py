"""JSON on the ingestion path: orjson where it can, the standard library where orjson refuses.

orjson parses and writes a statement several times faster than the `json` module, which made JSON
about a third of the workers' time in `bench/lrs_ingest.py`. It refuses some valid JSON the
standard library reads (lone surrogates in strings), and reads an integer beyond 64 bits as the
nearest double: a body with twenty digits in a row, and one orjson refuses, goes through `json`, so
nothing a client sends is refused or changed that was accepted before. `NaN` and `Infinity` are not
JSON (RFC 8259), and neither path accepts them.
"""

import json
import re

import orjson

# An integer of 20 digits or more may not fit in 64 bits (orjson would make it a float). The
# digits may also be inside a string: then the standard library parses a body orjson could have.
LONG_NUMBER = re.compile(rb"\d{20}")


def _not_json(constant):
    raise ValueError(f"{constant} is not JSON")


def loads(data):
    """Parse a request body (bytes or str); ValueError when it is not JSON."""
    raw = data.encode() if isinstance(data, str) else data
    if LONG_NUMBER.search(raw):
        return json.loads(data, parse_constant=_not_json)
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return json.loads(data, parse_constant=_not_json)


def dumps(value):
    """UTF-8 JSON bytes of a parsed statement (for a JSONB column)."""
    try:
        return orjson.dumps(value)
    except orjson.JSONEncodeError:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
