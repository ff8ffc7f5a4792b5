"""State, Activity Profile, Agent Profile, Activities and Agents resources (xAPI-Communication 2.3-2.6)."""

import json
import uuid
from urllib.parse import urlencode

import pytest

from lrs.models import Document
from tests.lrs.builders import account_agent, mbox_agent, valid_statement

pytestmark = pytest.mark.django_db

ACTIVITY = "https://samfund.example.dk/xapi/lesson/1"
AGENT = json.dumps(mbox_agent("learner@example.com"))


def state(**extra):
    return {"activityId": ACTIVITY, "agent": AGENT, "stateId": "progress", **extra}


def test_a_state_document_is_stored_and_read_back_with_its_etag(xapi):
    """xAPI-Communication 2.3: PUT stores a state document; GET returns it with ETag and Content-Type."""
    put = xapi.put("/xapi/activities/state", {"page": 3}, params=state())

    got = xapi.get("/xapi/activities/state", state())

    assert put.status_code == 204
    assert got.status_code == 200
    assert got.json() == {"page": 3}
    assert got["Content-Type"] == "application/json"
    assert got["ETag"] == f'"{Document.objects.get().etag}"'
    assert "Last-Modified" in got


def test_any_content_type_is_kept(xapi):
    xapi.put("/xapi/activities/state", "plain words", params=state(), content_type="text/plain")

    got = xapi.get("/xapi/activities/state", state())

    assert got.content == b"plain words"
    assert got["Content-Type"] == "text/plain"


def test_a_registration_keeps_documents_apart(xapi):
    registration = str(uuid.uuid4())
    xapi.put("/xapi/activities/state", {"try": 1}, params=state())
    xapi.put("/xapi/activities/state", {"try": 2}, params=state(registration=registration))

    assert xapi.get("/xapi/activities/state", state()).json() == {"try": 1}
    assert xapi.get("/xapi/activities/state", state(registration=registration)).json() == {"try": 2}


def test_post_merges_json_objects(xapi):
    """xAPI-Communication 2.3: POST of a JSON object merges it into the stored JSON object."""
    xapi.put("/xapi/activities/state", {"page": 3, "score": 1}, params=state())

    response = xapi.post("/xapi/activities/state", {"score": 2, "done": True}, params=state())

    assert response.status_code == 204
    assert xapi.get("/xapi/activities/state", state()).json() == {"page": 3, "score": 2, "done": True}


def test_post_cannot_merge_into_a_document_that_is_not_json(xapi):
    xapi.put("/xapi/activities/state", "plain", params=state(), content_type="text/plain")

    response = xapi.post("/xapi/activities/state", {"score": 2}, params=state())

    assert response.status_code == 400
    assert bytes(Document.objects.get().content) == b"plain"


def test_listing_returns_the_ids_and_since_narrows_it(xapi):
    xapi.put("/xapi/activities/state", {}, params=state(stateId="a"))
    middle = Document.objects.get().updated.isoformat()
    xapi.put("/xapi/activities/state", {}, params=state(stateId="b"))
    listing = {"activityId": ACTIVITY, "agent": AGENT}

    assert xapi.get("/xapi/activities/state", listing).json() == ["a", "b"]
    assert xapi.get("/xapi/activities/state", {**listing, "since": middle}).json() == ["b"]


def test_delete_without_state_id_deletes_every_state_of_the_agent_and_activity(xapi):
    xapi.put("/xapi/activities/state", {}, params=state(stateId="a"))
    xapi.put("/xapi/activities/state", {}, params=state(stateId="b"))
    xapi.put("/xapi/activities/state", {}, params={**state(stateId="c"), "activityId": ACTIVITY + "/other"})

    response = xapi.delete("/xapi/activities/state", {"activityId": ACTIVITY, "agent": AGENT})

    assert response.status_code == 204
    assert list(Document.objects.values_list("document_id", flat=True)) == ["c"]


def test_a_missing_document_is_404(xapi):
    assert xapi.get("/xapi/activities/state", state()).status_code == 404


@pytest.mark.parametrize(
    "params",
    [
        {"agent": AGENT, "stateId": "x"},
        {"activityId": ACTIVITY, "stateId": "x"},
        {"activityId": "not an iri", "agent": AGENT, "stateId": "x"},
        {"activityId": ACTIVITY, "agent": "{bad", "stateId": "x"},
        {"activityId": ACTIVITY, "agent": AGENT, "stateId": "x", "registration": "nope"},
        {"activityId": ACTIVITY, "agent": AGENT, "stateId": "x", "color": "blue"},
    ],
)
def test_bad_parameters_are_400(xapi, params):
    response = xapi.put("/xapi/activities/state", {}, params=params)

    assert response.status_code == 400
    assert not Document.objects.exists()


CREATE = {"If-None-Match": "*"}


def profile(**extra):
    return {"activityId": ACTIVITY, "profileId": "settings", **extra}


def test_replacing_an_existing_profile_needs_a_precondition(xapi):
    """xAPI-Communication 3.1: PUT without If-Match/If-None-Match on an existing document: 409."""
    xapi.put("/xapi/activities/profile", {"v": 1}, params=profile(), headers=CREATE)

    refused = xapi.put("/xapi/activities/profile", {"v": 2}, params=profile())
    etag = xapi.get("/xapi/activities/profile", profile())["ETag"]
    accepted = xapi.put("/xapi/activities/profile", {"v": 2}, params=profile(), headers={"If-Match": etag})

    assert refused.status_code == 409
    assert accepted.status_code == 204
    assert xapi.get("/xapi/activities/profile", profile()).json() == {"v": 2}


def test_a_stale_etag_is_412_and_changes_nothing(xapi):
    xapi.put("/xapi/activities/profile", {"v": 1}, params=profile(), headers=CREATE)

    response = xapi.put(
        "/xapi/activities/profile", {"v": 2}, params=profile(), headers={"If-Match": '"stale"'}
    )

    assert response.status_code == 412
    assert xapi.get("/xapi/activities/profile", profile()).json() == {"v": 1}


def test_if_none_match_star_refuses_to_overwrite(xapi):
    xapi.put("/xapi/activities/profile", {"v": 1}, params=profile(), headers=CREATE)

    response = xapi.put(
        "/xapi/activities/profile", {"v": 2}, params=profile(), headers={"If-None-Match": "*"}
    )

    assert response.status_code == 412


def test_if_none_match_star_creates_a_new_profile(xapi):
    response = xapi.put(
        "/xapi/activities/profile", {"v": 1}, params=profile(), headers={"If-None-Match": "*"}
    )

    assert response.status_code == 204


def test_state_in_1_0_3_may_be_replaced_without_a_precondition(xapi):
    xapi.put("/xapi/activities/state", {"v": 1}, params=state())

    assert xapi.put("/xapi/activities/state", {"v": 2}, params=state()).status_code == 204


def test_state_in_2_0_may_be_created_without_a_precondition_but_not_replaced(xapi2):
    """xAPI 2.0 Communication 3.1 (conformance 7.4): PUT over an existing State needs If-Match."""
    assert xapi2.put("/xapi/activities/state", {"v": 1}, params=state()).status_code == 204

    assert xapi2.put("/xapi/activities/state", {"v": 2}, params=state()).status_code == 409
    assert xapi2.get("/xapi/activities/state", state()).json() == {"v": 1}


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/xapi/agents/profile", {"agent": AGENT, "profileId": "prefs"}),
        ("/xapi/activities/profile", {"activityId": ACTIVITY, "profileId": "settings"}),
    ],
)
def test_a_profile_put_with_neither_header_is_refused_even_when_it_would_create(xapi, path, params):
    """ADL conformance suite, XAPI-00273 ("a PUT request without an ETag header returns an error code
    and message") and 2.7 "fails without ETag header": profiles are created with If-None-Match: *."""
    refused = xapi.put(path, {"lang": "ar"}, params=params)
    created = xapi.put(path, {"lang": "ar"}, params=params, headers=CREATE)

    assert refused.status_code == 400
    assert "If-None-Match" in refused.json()["error"]["message"]
    assert created.status_code == 204
    assert Document.objects.count() == 1


def test_a_document_posted_as_json_that_is_not_json_is_refused(xapi):
    """XAPI-00314: a POST whose Content-Type is application/json but whose body is not JSON: 400, even
    when there is nothing to merge with."""
    response = xapi.post(
        "/xapi/activities/profile", '{"v": 1}[', params=profile(), content_type="application/json"
    )

    assert response.status_code == 400
    assert not Document.objects.exists()


def test_a_weak_etag_matches_too(xapi):
    xapi.put("/xapi/activities/profile", {"v": 1}, params=profile(), headers=CREATE)
    etag = xapi.get("/xapi/activities/profile", profile())["ETag"]

    response = xapi.put(
        "/xapi/activities/profile", {"v": 2}, params=profile(), headers={"If-Match": f"W/{etag}"}
    )

    assert response.status_code == 204


def test_post_and_delete_honour_if_match(xapi2):
    xapi2.put("/xapi/activities/state", {"v": 1}, params=state())

    post = xapi2.post("/xapi/activities/state", {"w": 2}, params=state(), headers={"If-Match": '"stale"'})
    delete = xapi2.delete("/xapi/activities/state", state(), headers={"If-Match": '"stale"'})

    assert post.status_code == 412
    assert delete.status_code == 412
    assert xapi2.get("/xapi/activities/state", state()).json() == {"v": 1}


def test_an_agent_profile_is_kept_per_agent(xapi):
    other = json.dumps(account_agent("someone"))
    create = {"If-None-Match": "*"}
    xapi.put(
        "/xapi/agents/profile", {"lang": "ar"}, params={"agent": AGENT, "profileId": "prefs"}, headers=create
    )
    xapi.put(
        "/xapi/agents/profile", {"lang": "uk"}, params={"agent": other, "profileId": "prefs"}, headers=create
    )

    assert xapi.get("/xapi/agents/profile", {"agent": AGENT, "profileId": "prefs"}).json() == {"lang": "ar"}
    assert xapi.get("/xapi/agents/profile", {"agent": AGENT}).json() == ["prefs"]


def test_the_activities_resource_returns_an_activity_object(xapi):
    response = xapi.get("/xapi/activities", {"activityId": ACTIVITY})

    assert response.status_code == 200
    assert response.json() == {"objectType": "Activity", "id": ACTIVITY}


def test_the_agents_resource_returns_a_person(xapi):
    response = xapi.get("/xapi/agents", {"agent": json.dumps(mbox_agent("learner@example.com", name="Ali"))})

    assert response.status_code == 200
    assert response.json() == {
        "objectType": "Person",
        "name": ["Ali"],
        "mbox": ["mailto:learner@example.com"],
    }


def test_a_learners_session_reads_only_their_own_state_and_writes_none(client, learner, xapi):
    own = {"activityId": ACTIVITY, "agent": json.dumps(learner.xapi_actor()), "stateId": "h5p"}
    other = {**own, "agent": AGENT}
    xapi.put("/xapi/activities/state", {"step": 3}, params=own)
    client.force_login(learner)
    headers = {"HTTP_X_EXPERIENCE_API_VERSION": "1.0.3"}

    read = client.get("/xapi/activities/state", own, **headers)
    refused = client.get("/xapi/activities/state", other, **headers)
    written = client.put(
        f"/xapi/activities/state?{urlencode(own)}", "{}", content_type="application/json", **headers
    )

    assert read.status_code == 200
    assert read.json() == {"step": 3}
    assert refused.status_code == 403
    assert written.status_code == 403
    assert Document.objects.count() == 1


def test_the_document_resources_refuse_strangers(client, db):
    for path in (
        "/xapi/activities/state",
        "/xapi/activities/profile",
        "/xapi/agents/profile",
        "/xapi/activities",
    ):
        response = client.get(
            path, {"activityId": ACTIVITY, "agent": AGENT}, HTTP_X_EXPERIENCE_API_VERSION="1.0.3"
        )
        assert response.status_code == 401, path


def test_the_activities_resource_returns_the_definition_merged_from_statements(xapi):
    """xAPI-Communication 2.5 (XAPI-00250..00254): the canonical definition, language maps merged."""
    english = {
        "name": {"en-GB": "example meeting", "en-US": "example meeting"},
        "type": "http://adlnet.gov/expapi/activities/meeting",
    }
    french = {"name": {"en-GB": "example meeting", "fr-FR": "réunion"}}
    first = valid_statement(
        id=str(uuid.uuid4()), object={"objectType": "Activity", "id": ACTIVITY, "definition": english}
    )
    second = valid_statement(
        id=str(uuid.uuid4()), object={"objectType": "Activity", "id": ACTIVITY, "definition": french}
    )
    xapi.post("/xapi/statements", [first, second])

    response = xapi.get("/xapi/activities", {"activityId": ACTIVITY})

    assert response.status_code == 200
    assert response.json() == {
        "objectType": "Activity",
        "id": ACTIVITY,
        "definition": {
            "name": {"en-GB": "example meeting", "en-US": "example meeting", "fr-FR": "réunion"},
            "type": "http://adlnet.gov/expapi/activities/meeting",
        },
    }


def test_the_agents_resource_names_the_agent_as_its_statements_did(xapi):
    xapi.post(
        "/xapi/statements",
        valid_statement(id=str(uuid.uuid4()), actor=mbox_agent("xapi@adlnet.gov", name="xAPI mbox")),
    )

    response = xapi.get("/xapi/agents", {"agent": json.dumps({"mbox": "mailto:xapi@adlnet.gov"})})

    assert response.json() == {
        "objectType": "Person",
        "name": ["xAPI mbox"],
        "mbox": ["mailto:xapi@adlnet.gov"],
    }
