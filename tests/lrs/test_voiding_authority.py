"""Only the authority that made a statement (or the platform, as administrator) may void it."""

import uuid

import pytest

from lrs.auth import create_credential
from lrs.models import Statement
from lrs.services import record_platform_statements
from tests.lrs.builders import statement_ref, valid_statement
from tests.lrs.conftest import XAPIClient

VOIDED = "http://adlnet.gov/expapi/verbs/voided"


def fresh(**overrides):
    return valid_statement(id=str(uuid.uuid4()), **overrides)


def void(statement_id):
    body = fresh(verb={"id": VOIDED, "display": {"en-US": "voided"}}, object=statement_ref(statement_id))
    body.pop("result", None)
    body.pop("context", None)
    return body


@pytest.fixture
def other(client, db):
    create_credential(
        "Another organisation", key="other-key", secret="other-secret", scopes=["all"], organisation="other"
    )
    return XAPIClient(client, "other-key", "other-secret")


def test_a_client_voids_its_own_statement(xapi):
    target = fresh()
    xapi.post("/xapi/statements", target)

    response = xapi.post("/xapi/statements", void(target["id"]))

    assert response.status_code == 200
    assert Statement.objects.get(id=target["id"]).voided


@pytest.fixture
def colleague(client, db):
    """Another client of the same organisation as `xapi`'s."""
    create_credential("Colleague", key="colleague-key", secret="colleague-secret", all_organisations=True)
    return XAPIClient(client, "colleague-key", "colleague-secret")


def test_a_client_cannot_void_another_clients_statement(xapi, colleague):
    """Attack: voiding another learner's statement by its id once removed their lesson progress."""
    target = fresh()
    xapi.post("/xapi/statements", target)

    response = colleague.post("/xapi/statements", void(target["id"]))

    assert response.status_code == 403
    assert "only the client that stored" in response.json()["error"]["message"]
    assert not Statement.objects.get(id=target["id"]).voided
    assert Statement.objects.count() == 1


def test_voiding_another_organisations_statement_voids_nothing_and_reveals_nothing(xapi, other):
    target = fresh()
    xapi.post("/xapi/statements", target)
    unknown = str(uuid.uuid4())

    response = other.post("/xapi/statements", void(target["id"]))
    never_stored = other.post("/xapi/statements", void(unknown))

    # The same answer as for an id nobody stored: the other organisation's statement is not there.
    assert (response.status_code, never_stored.status_code) == (200, 200)
    assert not Statement.objects.get(id=target["id"]).voided
    assert xapi.get("/xapi/statements", {"statementId": target["id"]}).status_code == 200


def test_a_client_cannot_void_the_platforms_statement(xapi, learner):
    [target_id], _rows = record_platform_statements([fresh(actor=learner.xapi_actor())])

    response = xapi.post("/xapi/statements", void(target_id))

    assert response.status_code == 403
    assert not Statement.objects.get(id=target_id).voided


def test_the_platform_may_void_any_statement(xapi):
    target = fresh()
    xapi.post("/xapi/statements", target)

    record_platform_statements([void(target["id"])])

    assert Statement.objects.get(id=target["id"]).voided


def test_a_statement_voided_in_advance_by_another_client_arrives_not_voided(xapi, other):
    target = fresh()
    assert other.post("/xapi/statements", void(target["id"])).status_code == 200

    assert xapi.post("/xapi/statements", target).status_code == 200

    assert not Statement.objects.get(id=target["id"]).voided


def test_a_statement_voided_in_advance_by_its_own_client_arrives_voided(xapi):
    target = fresh()
    xapi.post("/xapi/statements", void(target["id"]))

    xapi.post("/xapi/statements", target)

    assert Statement.objects.get(id=target["id"]).voided
