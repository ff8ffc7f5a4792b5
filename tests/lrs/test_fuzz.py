"""Property-based fuzzing of the LRS: whatever a client sends, the answer is never a 5xx, and what
the LRS acknowledges is exactly what it stored (issue: the LRS holds under hostile input).

A valid statement has one field replaced by hostile JSON (deep nesting, huge numbers, NUL, lone
surrogates, long strings, wrong types); queries and documents get hostile parameters and bodies.
Bounded to run in seconds: a few hundred requests per run (derandomized, so CI is repeatable).
"""

import json
import uuid
from urllib.parse import quote

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lrs.models import Document, Statement
from tests.lrs.builders import valid_statement

FUZZ = settings(
    max_examples=120,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
HOSTILE_TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["\x00", "a\x00b", "\ud800", "x\udfff", "a" * 600, "mailto:" + "x" * 600, "", " "]),
)
NUMBERS = st.one_of(
    st.integers(min_value=-(2**80), max_value=2**80), st.floats(allow_nan=False, allow_infinity=False)
)
JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), NUMBERS, HOSTILE_TEXT),
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(HOSTILE_TEXT, children, max_size=4)
    ),
    max_leaves=12,
)
PATHS = [
    ("actor",),
    ("actor", "mbox"),
    ("actor", "account", "name"),
    ("verb",),
    ("verb", "id"),
    ("object", "id"),
    ("object", "definition"),
    ("object", "definition", "name"),
    ("result",),
    ("result", "score", "raw"),
    ("result", "duration"),
    ("result", "extensions"),
    ("context", "registration"),
    ("context", "contextActivities"),
    ("context", "extensions"),
    ("timestamp",),
    ("id",),
]


def replaced(statement, path, value):
    target = statement
    for key in path[:-1]:
        if not isinstance(target.get(key), dict):
            target[key] = {}
        target = target[key]
    target[path[-1]] = value
    return statement


def query(params):
    """A query string as a client that sends any bytes would write it (lone surrogates included)."""
    return "&".join(
        f"{quote(name)}={quote(value.encode('utf-8', 'surrogatepass'))}" for name, value in params.items()
    )


def deep(depth):
    return '{"a":' * depth + "1" + "}" * depth


@FUZZ
@given(path=st.sampled_from(PATHS), value=JSON_VALUES)
def test_a_mutated_statement_never_gets_a_5xx_and_what_is_acknowledged_is_stored(xapi, path, value):
    statement = replaced(valid_statement(id=str(uuid.uuid4())), path, value)
    before = Statement.objects.count()

    response = xapi.post("/xapi/statements", json.dumps(statement))

    assert response.status_code < 500, response.content
    if response.status_code == 200:
        assert Statement.objects.filter(id__in=response.json()).count() == len(response.json())
    else:
        assert Statement.objects.count() == before


@FUZZ
@given(depth=st.integers(min_value=1, max_value=3000))
def test_nesting_of_any_depth_never_gets_a_5xx(xapi, depth):
    body = json.dumps(valid_statement(id=str(uuid.uuid4()), result={"extensions": {"https://e.x/d": "@"}}))

    response = xapi.post("/xapi/statements", body.replace('"@"', deep(depth)))

    assert response.status_code < 500


@FUZZ
@given(
    params=st.dictionaries(
        st.sampled_from(
            [
                "agent",
                "verb",
                "activity",
                "registration",
                "since",
                "until",
                "limit",
                "format",
                "ascending",
                "related_activities",
                "related_agents",
                "statementId",
                "voidedStatementId",
                "attachments",
            ]
        ),
        HOSTILE_TEXT,
        max_size=4,
    )
)
def test_a_hostile_query_never_gets_a_5xx(xapi, params):
    response = xapi.client.get("/xapi/statements?" + query(params), **xapi.headers())

    assert response.status_code < 500


@FUZZ
@given(
    state_id=HOSTILE_TEXT,
    activity=st.one_of(HOSTILE_TEXT, st.just("https://samfund.example.dk/xapi/a")),
    body=st.one_of(JSON_VALUES.map(json.dumps), HOSTILE_TEXT),
    method=st.sampled_from(["put", "post"]),
)
def test_a_hostile_document_never_gets_a_5xx(xapi, state_id, activity, body, method):
    params = {
        "activityId": activity,
        "agent": json.dumps({"mbox": "mailto:a@example.com"}),
        "stateId": state_id,
    }
    before = Document.objects.count()

    send = getattr(xapi.client, method)
    response = send(
        "/xapi/activities/state?" + query(params),
        body.encode("utf-8", "surrogatepass"),
        content_type="application/json",
        **xapi.headers(),
    )

    assert response.status_code < 500, response.content
    if response.status_code >= 400:
        assert Document.objects.count() == before
