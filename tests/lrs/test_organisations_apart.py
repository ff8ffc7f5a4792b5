"""Organisations apart: two organisations share the LRS, and neither can read, change, delete or
even learn of the other's statements, documents, attachments and agents' names.

The matrix has a probe for every method of every resource under /xapi/: a test reads the resources
from the URL configuration and their methods from the LRS's own 405 answers, so a new resource or
method fails until it has a probe here.
"""

import json
import uuid

import pytest
from django.urls import get_resolver, reverse

from lrs.auth import create_credential
from lrs.models import Activity, Document, Statement
from tests.lrs.builders import activity, mbox_agent, statement_ref, valid_statement, verb
from tests.lrs.conftest import XAPIClient
from tests.lrs.test_attachments import TEXT, declared, multipart, part, sha256

ACTIVITY = "https://kurser.aarhus.dk/xapi/lesson/1"
LEARNER = mbox_agent("hemmelig@aarhus.dk", name="Hemmeligt Navn")
AGENT = json.dumps({"mbox": LEARNER["mbox"]})
STATE = {"activityId": ACTIVITY, "agent": AGENT, "stateId": "progress"}
ACTIVITY_PROFILE = {"activityId": ACTIVITY, "profileId": "settings"}
AGENT_PROFILE = {"agent": AGENT, "profileId": "preferences"}
CREATE = {"If-None-Match": "*"}


@pytest.fixture
def aarhus(client, db):
    create_credential("Aarhus", key="aarhus", secret="aarhus-secret", organisation="Aarhus Kommune")
    return XAPIClient(client, "aarhus", "aarhus-secret")


@pytest.fixture
def vejle(client, db):
    create_credential("Vejle", key="vejle", secret="vejle-secret", organisation="Vejle Kommune")
    return XAPIClient(client, "vejle", "vejle-secret")


@pytest.fixture
def seeded(aarhus):
    """Aarhus's statement (with an attachment), its three documents, and a defined activity."""
    statement = valid_statement(
        id=str(uuid.uuid4()),
        actor=LEARNER,
        object=activity(id=ACTIVITY),
        attachments=[declared(TEXT)],
    )
    body = multipart(statement, [part(TEXT)])
    boundary = "multipart/mixed; boundary=-------314159265358979323846"
    assert aarhus.post("/xapi/statements", body, content_type=boundary).status_code == 200
    assert aarhus.put("/xapi/activities/state", {"step": 3}, STATE).status_code == 204
    assert (
        aarhus.put("/xapi/activities/profile", {"a": 1}, ACTIVITY_PROFILE, headers=CREATE).status_code == 204
    )
    assert aarhus.put("/xapi/agents/profile", {"b": 2}, AGENT_PROFILE, headers=CREATE).status_code == 204
    return statement


def aarhus_documents():
    return sorted(
        (document.kind, bytes(document.content))
        for document in Document.objects.filter(organisation="Aarhus Kommune")
    )


AARHUS_DOCUMENTS = [
    ("activity_profile", b'{"a": 1}'),
    ("agent_profile", b'{"b": 2}'),
    ("state", b'{"step": 3}'),
]


# --- The probes: what Vejle tries against Aarhus's data, and what must hold --------------------


def statements_get(vejle, seeded):
    by_id = vejle.get("/xapi/statements", {"statementId": seeded["id"]})
    listed = vejle.get("/xapi/statements", {"agent": AGENT})
    assert by_id.status_code == 404
    assert listed.status_code == 200 and listed.json()["statements"] == []


def statements_head(vejle, seeded):
    assert vejle.head("/xapi/statements", {"statementId": seeded["id"]}).status_code == 404


def statements_put(vejle, seeded):
    """A different statement under Aarhus's id: Vejle's own, as for any unused id (no 409 telling
    that the id exists elsewhere), and Aarhus's is untouched."""
    other = valid_statement(actor=mbox_agent("vejle@vejle.dk"), id=seeded["id"])
    response = vejle.put("/xapi/statements", other, {"statementId": seeded["id"]})
    assert response.status_code == 204
    kept = Statement.objects.get(id=seeded["id"], organisation="Aarhus Kommune")
    assert kept.data["actor"]["mbox"] == LEARNER["mbox"]


def statements_post(vejle, seeded):
    other = valid_statement(actor=mbox_agent("vejle@vejle.dk"), id=seeded["id"])
    voiding = valid_statement(id=str(uuid.uuid4()), verb=verb("voided"), object=statement_ref(seeded["id"]))
    voiding["verb"]["id"] = "http://adlnet.gov/expapi/verbs/voided"
    for extra in ("result", "context"):
        voiding.pop(extra)
    assert vejle.post("/xapi/statements", other).status_code == 200
    assert vejle.post("/xapi/statements", voiding).status_code == 200
    kept = Statement.objects.get(id=seeded["id"], organisation="Aarhus Kommune")
    assert not kept.voided and kept.data["actor"]["mbox"] == LEARNER["mbox"]


def attachments_by_hash(vejle, seeded):
    """Vejle declares Aarhus's attachment by its hash (with a fileUrl, so it needs no part) and asks
    for its statements with attachments: Aarhus's content is not in the answer."""
    statement = valid_statement(
        id=str(uuid.uuid4()),
        actor=mbox_agent("vejle@vejle.dk"),
        attachments=[declared(TEXT, fileUrl="https://vejle.dk/x.txt")],
    )
    assert vejle.post("/xapi/statements", statement).status_code == 200
    response = vejle.get("/xapi/statements", {"statementId": statement["id"], "attachments": "true"})
    assert response.status_code == 200
    assert TEXT not in response.content and sha256(TEXT).encode() in response.content


def document_probes(path, params):
    """The five methods on one document resource."""
    without_id = {key: value for key, value in params.items() if key not in ("stateId", "profileId")}

    def get(vejle, seeded):
        assert vejle.get(path, params).status_code == 404
        assert vejle.get(path, without_id).json() == []

    def head(vejle, seeded):
        assert vejle.head(path, params).status_code == 404

    def put(vejle, seeded):
        # No 409/412 telling that a document exists here: Vejle creates its own.
        assert vejle.put(path, {"vejle": True}, params, headers=CREATE).status_code == 204
        assert aarhus_documents() == AARHUS_DOCUMENTS

    def post(vejle, seeded):
        assert vejle.post(path, {"merged": True}, params).status_code == 204
        assert aarhus_documents() == AARHUS_DOCUMENTS
        assert json.loads(vejle.get(path, params).content) == {"merged": True}

    def delete(vejle, seeded):
        assert vejle.delete(path, params).status_code == 204
        if "stateId" in params:
            assert vejle.delete(path, without_id).status_code == 204
        assert aarhus_documents() == AARHUS_DOCUMENTS

    return {"GET": get, "HEAD": head, "PUT": put, "POST": post, "DELETE": delete}


def agents_get(vejle, seeded):
    """The names Aarhus's statements carry are not told to Vejle."""
    response = vejle.get("/xapi/agents", {"agent": AGENT})
    assert response.status_code == 200
    assert "Hemmeligt Navn" not in response.content.decode()


def agents_head(vejle, seeded):
    assert vejle.head("/xapi/agents", {"agent": AGENT}).status_code == 200


def activities_get(vejle, seeded):
    """Reading a canonical definition is open (activities are public metadata); changing one needs
    the define scope, tested below."""
    response = vejle.get("/xapi/activities", {"activityId": ACTIVITY})
    assert response.status_code == 200 and response.json()["id"] == ACTIVITY


def activities_head(vejle, seeded):
    assert vejle.head("/xapi/activities", {"activityId": ACTIVITY}).status_code == 200


MATRIX = {
    ("lrs:statements", "GET"): statements_get,
    ("lrs:statements", "HEAD"): statements_head,
    ("lrs:statements", "PUT"): statements_put,
    ("lrs:statements", "POST"): statements_post,
    ("lrs:agents", "GET"): agents_get,
    ("lrs:agents", "HEAD"): agents_head,
    ("lrs:activities", "GET"): activities_get,
    ("lrs:activities", "HEAD"): activities_head,
    **{
        (name, method): probe
        for name, path, params in (
            ("lrs:state", "/xapi/activities/state", STATE),
            ("lrs:activity-profile", "/xapi/activities/profile", ACTIVITY_PROFILE),
            ("lrs:agent-profile", "/xapi/agents/profile", AGENT_PROFILE),
        )
        for method, probe in document_probes(path, params).items()
    },
}
# Open to everyone, holding nothing of anyone's.
PUBLIC = {"lrs:about"}


@pytest.mark.parametrize("resource, method", sorted(MATRIX), ids=lambda value: str(value))
def test_another_organisation_cannot_reach_aarhus_data(vejle, seeded, resource, method):
    MATRIX[resource, method](vejle, seeded)

    # Whatever Vejle did, Aarhus still has all of it.
    aarhus_view = Statement.objects.filter(organisation="Aarhus Kommune", id=seeded["id"])
    assert aarhus_view.get().voided is False
    assert aarhus_documents() == AARHUS_DOCUMENTS


def test_every_resource_and_method_is_probed(xapi):
    """Every /xapi/ resource in the URL configuration, with every method it allows (its 405 answer
    lists them), has a probe in the matrix."""
    [lrs_urls] = [
        pattern for pattern in get_resolver().url_patterns if getattr(pattern, "namespace", None) == "lrs"
    ]
    names = {f"lrs:{pattern.name}" for pattern in lrs_urls.url_patterns}
    assert names >= {"lrs:statements", "lrs:state", "lrs:agents"}
    for name in sorted(names - PUBLIC):
        response = xapi.client.generic("PATCH", reverse(name), **xapi.headers())
        assert response.status_code == 405, name
        methods = {method.strip() for method in response["Allow"].split(",")} - {"OPTIONS"}
        assert methods, name
        for method in methods:
            assert (name, method) in MATRIX, f"no isolation probe for {method} {name}"


def test_each_organisation_sees_its_own_and_the_operator_sees_both(client, aarhus, vejle, seeded):
    mine = valid_statement(id=str(uuid.uuid4()), actor=mbox_agent("vejle@vejle.dk"))
    vejle.post("/xapi/statements", mine)
    create_credential(
        "Drift", key="drift", secret="drift-secret", scopes=["all/read"], all_organisations=True
    )
    operator = XAPIClient(client, "drift", "drift-secret")

    def ids(reader):
        return {statement["id"] for statement in reader.get("/xapi/statements").json()["statements"]}

    assert ids(aarhus) == {seeded["id"]}
    assert ids(vejle) == {mine["id"]}
    assert ids(operator) == {seeded["id"], mine["id"]}


def test_the_same_id_in_two_organisations_is_two_statements(aarhus, vejle, seeded):
    twin = valid_statement(id=seeded["id"], actor=mbox_agent("vejle@vejle.dk"))

    assert vejle.post("/xapi/statements", twin).status_code == 200

    assert Statement.objects.filter(id=seeded["id"]).count() == 2
    assert vejle.get("/xapi/statements", {"statementId": seeded["id"]}).json()["actor"]["mbox"] == (
        "mailto:vejle@vejle.dk"
    )
    assert aarhus.get("/xapi/statements", {"statementId": seeded["id"]}).json()["actor"] == LEARNER


def test_a_client_without_the_define_scope_does_not_change_a_canonical_definition(client, aarhus, seeded):
    create_credential(
        "Vejle app", key="app", secret="app-secret", scopes=["statements/write"], organisation="Vejle Kommune"
    )
    app = XAPIClient(client, "app", "app-secret")
    before = Activity.objects.get(activity_id=ACTIVITY).definition
    renamed = activity(id=ACTIVITY)
    renamed["definition"]["name"] = {"da": "Overtaget", "en-US": "Taken over"}

    response = app.post("/xapi/statements", valid_statement(id=str(uuid.uuid4()), object=renamed))

    # The statement is stored (xAPI: accept it, do not update the definition).
    assert response.status_code == 200
    assert Activity.objects.get(activity_id=ACTIVITY).definition == before


def test_only_the_platform_defines_the_platforms_own_activities(aarhus, settings):
    """Even with the define scope, a client cannot rename the course's own lessons."""
    settings.XAPI_ACTIVITY_BASE = "https://samfund.example.dk/xapi"
    course_lesson = activity()  # https://samfund.example.dk/xapi/lesson/ab12
    assert course_lesson["id"].startswith(settings.XAPI_ACTIVITY_BASE + "/")
    renamed = activity()
    renamed["definition"]["name"] = {"da": "Falsk", "en-US": "Fake"}

    aarhus.post("/xapi/statements", valid_statement(id=str(uuid.uuid4()), object=renamed))

    assert not Activity.objects.filter(activity_id=course_lesson["id"]).exists()


def test_a_learner_session_may_look_up_only_themselves_at_agents(client, learner, seeded):
    client.force_login(learner)
    headers = {"HTTP_X_EXPERIENCE_API_VERSION": "1.0.3"}

    other = client.get("/xapi/agents", {"agent": AGENT}, **headers)
    own = client.get("/xapi/agents", {"agent": json.dumps(learner.xapi_actor())}, **headers)

    assert other.status_code == 403
    assert "Hemmeligt Navn" not in other.content.decode()
    assert own.status_code == 200 and own.json()["objectType"] == "Person"


def test_an_attachment_is_not_fetched_by_its_hash_from_another_organisation(vejle, seeded):
    attachments_by_hash(vejle, seeded)
