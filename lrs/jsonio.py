"""JSON on the ingestion path: orjson where it can, the standard library where orjson refuses.

orjson parses and writes a statement several times faster than the `json` module, which made JSON
about a third of the workers' time in `bench/lrs_ingest.py`. It refuses some valid JSON the
standard library reads (integers beyond 64 bits, lone surrogates in strings): those go through
`json`, so nothing a client sends is refused that was accepted before. `NaN` and `Infinity` are not
JSON (RFC 8259), and neither path accepts them.
"""

import json

import orjson


def _not_json(constant):
    raise ValueError(f"{constant} is not JSON")


def loads(data):
    """Parse a request body (bytes or str); ValueError when it is not JSON."""
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
