"""Only editors reach the Wagtail admin; everyone else is refused."""

import pytest

pytestmark = pytest.mark.django_db

PROTECTED = ["/admin/", "/admin/pages/", "/admin/snippets/lessons/glossaryterm/", "/django-admin/"]


@pytest.mark.parametrize("url", PROTECTED)
def test_an_anonymous_visitor_is_sent_to_log_in(client, url):
    response = client.get(url)

    assert response.status_code == 302
    assert "login" in response["Location"]


@pytest.mark.parametrize("persona", ["learner", "teacher", "other_site_teacher", "coordinator"])
@pytest.mark.parametrize("url", PROTECTED)
def test_people_who_are_not_editors_are_refused(client, request, persona, url):
    client.force_login(request.getfixturevalue(persona))

    response = client.get(url)

    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "login" in response["Location"]


def test_an_editor_reaches_the_page_explorer(client, editor):
    client.force_login(editor)

    response = client.get("/admin/pages/")

    assert response.status_code == 200


def test_a_learner_has_a_pseudonymous_xapi_actor(learner, settings):
    actor = learner.xapi_actor()

    assert actor == {
        "objectType": "Agent",
        "account": {"homePage": settings.XAPI_ACCOUNT_HOMEPAGE, "name": str(learner.pseudonym)},
    }
    assert learner.username not in str(actor)
