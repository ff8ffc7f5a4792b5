"""What an attacker or a careless client sends gets a 4xx with the spec's JSON body, never a 500,
and nothing of it is stored (issue: the LRS holds under hostile input). Each cause found by fuzzing
the LRS is a test here."""

import io
import json
import uuid
from unittest import mock
from urllib.parse import urlencode

import pytest
from django.core.handlers.wsgi import WSGIRequest
from django.test import RequestFactory

from lrs import views
from lrs.models import Document, Statement
from tests.lrs.builders import valid_statement

ACTIVITY = "https://samfund.example.dk/xapi/activity/1"
AGENT = json.dumps({"mbox": "mailto:learner@example.com"})


def fresh(**overrides):
    return valid_statement(id=str(uuid.uuid4()), **overrides)


def nested(depth):
    """JSON text nested `depth` objects deep (Python's own encoder stops at about a thousand)."""
    return '{"a":' * depth + '"deep"' + "}" * depth


def with_extension(depth):
    placeholder = "@@deep@@"
    body = json.dumps(fresh(result={"extensions": {"https://example.com/deep": placeholder}}))
    return body.replace(f'"{placeholder}"', nested(depth))


def refused(response, status=400):
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    error = json.loads(response.content)["error"]
    assert error["status"] == status
    return error["message"]


@pytest.mark.parametrize("depth", [65, 600, 5000])
def test_json_nested_too_deeply_is_refused(xapi, depth):
    message = refused(xapi.post("/xapi/statements", with_extension(depth)))

    assert "nested more than 64 levels" in message
    assert not Statement.objects.exists()


@pytest.mark.parametrize("fmt", ["exact", "ids", "canonical"])
def test_a_deep_statement_stored_before_the_limit_is_served_in_every_format(xapi, fmt):
    """Statements stored before the LRS refused deep JSON stay readable: a page with one of them
    answered 500 in the ids and canonical formats, and paging stopped there."""
    xapi.post("/xapi/statements", fresh())
    deep = json.loads(with_extension(600))
    deep["stored"] = deep["timestamp"] = "2026-01-01T00:00:00.000Z"
    deep["authority"] = {"objectType": "Agent", "mbox": "mailto:old@example.com"}
    Statement.objects.create(
        id=deep["id"],
        stored="2026-01-01T00:00:00Z",
        data=deep,
        version="1.0.0",
        verb_id=deep["verb"]["id"],
        object_activity_id=deep["object"]["id"],
    )

    response = xapi.get("/xapi/statements", {"format": fmt, "limit": 5})

    assert response.status_code == 200
    assert len(response.json()["statements"]) == 2
    assert "deep" in response.content.decode()


def test_json_nested_deeply_in_the_alternate_syntax_is_refused(xapi, client):
    body = with_extension(3000)
    response = client.post(
        "/xapi/statements?method=POST",
        urlencode({"content": body, "X-Experience-API-Version": "1.0.3", "Authorization": xapi.auth}),
        content_type="application/x-www-form-urlencoded",
    )

    refused(response)
    assert not Statement.objects.exists()


def test_a_document_nested_too_deeply_is_not_merged(xapi):
    params = {"activityId": ACTIVITY, "agent": AGENT, "stateId": "s"}
    xapi.post("/xapi/activities/state", {"a": 1}, params=params)

    response = xapi.post("/xapi/activities/state", nested(3000), params=params)

    refused(response)
    assert json.loads(bytes(Document.objects.get().content)) == {"a": 1}


@pytest.mark.parametrize(
    "change",
    [
        {"verb": {"id": "https://example.com/verbs/" + "v" * 600}},
        {"object": {"objectType": "Activity", "id": "https://example.com/" + "a" * 600}},
        {"actor": {"mbox": "mailto:" + "x" * 600 + "@example.com"}},
    ],
)
def test_identifiers_longer_than_the_lrs_keeps_are_refused(xapi, change):
    refused(xapi.post("/xapi/statements", fresh(**change)))

    assert not Statement.objects.exists()


@pytest.mark.parametrize(
    ("parameter", "value"),
    [("stateId", "s" * 600), ("activityId", "https://example.com/" + "a" * 600)],
)
def test_document_parameters_longer_than_the_lrs_keeps_are_refused(xapi, parameter, value):
    params = {"activityId": ACTIVITY, "agent": AGENT, "stateId": "s", parameter: value}

    refused(xapi.put("/xapi/activities/state", {"a": 1}, params=params))

    assert not Document.objects.exists()


def test_a_document_content_type_longer_than_the_lrs_keeps_is_refused(xapi):
    params = {"activityId": ACTIVITY, "agent": AGENT, "stateId": "s"}

    refused(xapi.put("/xapi/activities/state", "x", params=params, content_type="text/plain; x=" + "y" * 300))

    assert not Document.objects.exists()


def test_nul_in_a_statement_string_is_refused(xapi):
    refused(xapi.post("/xapi/statements", fresh(result={"response": "a\u0000b"})))

    assert not Statement.objects.exists()


def test_nul_in_a_query_parameter_is_refused(xapi):
    message = refused(xapi.get("/xapi/statements", {"verb": "https://example.com/v\u0000"}))

    assert "NUL" in message


def test_a_lone_surrogate_in_a_statement_is_refused(xapi):
    body = json.dumps(fresh(result={"response": "x"})).replace('"x"', '"\\ud800"')

    message = refused(xapi.post("/xapi/statements", body))

    assert "surrogate" in message
    assert not Statement.objects.exists()


def test_a_stored_document_with_a_lone_surrogate_does_not_break_later_merges(xapi):
    params = {"activityId": ACTIVITY, "agent": AGENT, "stateId": "s"}
    xapi.put("/xapi/activities/state", '{"a": "\\ud800"}', params=params)

    response = xapi.post("/xapi/activities/state", {"b": 1}, params=params)

    refused(response)


@pytest.mark.parametrize("parameter", ["since", "until"])
def test_since_and_until_without_an_offset_are_taken_as_utc(xapi, parameter):
    xapi.post("/xapi/statements", fresh())

    response = xapi.get("/xapi/statements", {parameter: "2020-01-01T00:00:00"})

    assert response.status_code == 200


@pytest.mark.parametrize("timestamp", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"])
def test_a_timestamp_that_leaves_the_representable_range_is_refused(xapi, timestamp):
    refused(xapi.post("/xapi/statements", fresh(timestamp=timestamp)))

    assert not Statement.objects.exists()


@pytest.mark.parametrize("parameter", ["since", "until"])
def test_a_query_timestamp_that_leaves_the_representable_range_is_refused(xapi, parameter):
    refused(xapi.get("/xapi/statements", {parameter: "0001-01-01T00:00:00+01:00"}))


def test_a_number_too_large_for_a_double_is_refused_not_stored_as_null(xapi):
    body = json.dumps(fresh(result={"score": {"raw": 1}})).replace('"raw": 1', '"raw": 1e400')

    message = refused(xapi.post("/xapi/statements", body))

    assert "too large" in message
    assert not Statement.objects.exists()


def test_a_body_shorter_than_its_content_length_is_not_stored(xapi):
    """The client went away mid-body: the server reads fewer bytes than Content-Length announced."""
    body = json.dumps(fresh()).encode()
    environ = RequestFactory().post("/xapi/statements", body, content_type="application/json").environ
    environ.update(xapi.headers(), CONTENT_LENGTH=str(len(body) + 100))
    environ["wsgi.input"] = io.BytesIO(body)

    response = views.statements(WSGIRequest(environ))

    refused(response)
    assert not Statement.objects.exists()


def test_an_unexpected_failure_answers_the_documented_json_error(xapi):
    with mock.patch("lrs.views.record_statements", side_effect=RuntimeError("a bug")):
        response = xapi.post("/xapi/statements", fresh())

    assert refused(response, 500) == "the LRS failed to complete this request; try again later"


def test_a_database_busy_past_its_timeout_answers_503_to_send_again(xapi):
    """The embedded SQLite waits 30 s for a writer's lock; past that, the client is told that
    nothing was stored and to send the request again, not that the LRS failed."""
    from django.db import OperationalError

    with mock.patch("lrs.views.record_statements", side_effect=OperationalError("database is locked")):
        response = xapi.post("/xapi/statements", fresh())

    assert refused(response, 503) == "the LRS is busy: nothing was stored; send the request again"
    assert response["Retry-After"] == "1"
    assert not Statement.objects.exists()
