"""What a client sends is stored exactly, whatever its characters: the ingestion path parses with
orjson (falling back to the standard library) and writes PostgreSQL COPY text by hand, so the
characters COPY and JSON escape are tried here, on SQLite and (in CI) on PostgreSQL.
"""

import json
import uuid

import pytest
from django.db import connection

from lrs import jsonio, storage
from tests.lrs.builders import valid_statement

AWKWARD = 'tab\there, newline\nthere, carriage\rreturn, back\\slash, quote", \\N, æøå, عربي, 🇩🇰'


def stored(xapi, statement_id):
    response = xapi.get("/xapi/statements", {"statementId": statement_id})
    assert response.status_code == 200, response.content
    return json.loads(response.content)


def test_awkward_characters_in_a_statement_are_stored_exactly(xapi):
    statement = valid_statement(
        id=str(uuid.uuid4()),
        result={"response": AWKWARD, "extensions": {"https://example.org/x/note": AWKWARD}},
    )
    response = xapi.post("/xapi/statements", statement)
    assert response.status_code == 200, response.content
    found = stored(xapi, statement["id"])
    assert found["result"]["response"] == AWKWARD
    assert found["result"]["extensions"]["https://example.org/x/note"] == AWKWARD


def test_integers_beyond_64_bits_are_accepted(xapi):
    """orjson refuses them; the standard library's parser takes over, and nothing valid is refused.

    PostgreSQL's JSONB keeps it exactly; SQLite's JSON gives back the nearest double (JSON parsers
    may limit a number's precision, RFC 8259 section 6), as before orjson."""
    huge = 2**70 + 1
    statement = valid_statement(
        id=str(uuid.uuid4()), result={"extensions": {"https://example.org/x/huge": huge}}
    )
    response = xapi.post("/xapi/statements", json.dumps(statement))
    assert response.status_code == 200, response.content
    kept = stored(xapi, statement["id"])["result"]["extensions"]["https://example.org/x/huge"]
    if connection.vendor == "postgresql":
        assert kept == huge
    else:
        assert kept in (huge, float(huge)), kept


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_not_json_and_are_refused(xapi, constant):
    body = json.dumps(valid_statement(result={"extensions": {"https://example.org/x/n": 1}}))
    response = xapi.post("/xapi/statements", body.replace(": 1}", f": {constant}}}"))
    assert response.status_code == 400
    assert "JSON" in json.loads(response.content)["error"]["message"]


def test_long_integers_are_parsed_exactly():
    body = b'{"a": 1180591620717411303425, "b": "12345678901234567890123", "c": 1.5}'
    assert jsonio.loads(body) == {"a": 2**70 + 1, "b": "12345678901234567890123", "c": 1.5}
    assert isinstance(jsonio.loads(body)["a"], int)


def test_json_bodies_parse_alike_with_both_parsers():
    text = json.dumps({"a": [1, 2.5, "x\u00e6", None, True], "b": {"c": "\\"}})
    assert jsonio.loads(text.encode()) == json.loads(text)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, "\\N"),
        (True, "t"),
        (False, "f"),
        (42, "42"),
        ("plain", "plain"),
        ("a\tb\nc\rd\\e", "a\\tb\\nc\\rd\\\\e"),
        (uuid.UUID(int=1), "00000000-0000-0000-0000-000000000001"),
    ],
)
def test_copy_text_escapes_what_copy_would_misread(value, text):
    assert storage.copy_text(value) == text


def test_json_columns_escape_only_backslashes_which_is_all_json_leaves_raw():
    assert storage.json_text({"a": 'x\ty"\\'}) == '{"a":"x\\\\ty\\\\"\\\\\\\\"}'
