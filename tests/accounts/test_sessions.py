"""Shared computers: sessions end on idleness and on logging out, and leave nothing behind."""

import re
import runpy
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import time_machine
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

import config
from accounts.sessions import LAST_ACTIVITY_KEY

pytestmark = pytest.mark.django_db

START = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
CLEAR_SITE_DATA = '"cache", "cookies", "storage"'


@pytest.fixture
def traveller():
    with time_machine.travel(START, tick=False) as traveller:
        yield traveller


@pytest.fixture
def logged_in(client, learner):
    response = client.post("/da/login/", {"username": learner.username, "password": "password"})
    assert response.status_code == 302
    return client


# --- Logging out --------------------------------------------------------------------------


def test_logging_out_ends_the_session_and_clears_the_browser(logged_in):
    response = logged_in.post("/da/logout/")

    assert response.status_code == 302
    assert response["Location"] == "/da/login/?ended=logout"
    assert response["Clear-Site-Data"] == CLEAR_SITE_DATA
    assert "no-store" in response["Cache-Control"]
    assert "_auth_user_id" not in logged_in.session
    # Nothing but the session cookie's deletion: the browser is told to drop cookies anyway.
    assert [cookie.value for cookie in response.cookies.values()] == [""]
    assert logged_in.get("/da/my-course/").status_code == 302


def test_the_login_page_says_you_are_logged_out(client):
    response = client.get("/en/login/?ended=logout")

    assert 'role="status"' in response.content.decode()
    assert "You are logged out." in response.content.decode()


def test_logging_out_needs_a_post(logged_in):
    response = logged_in.get("/da/logout/")

    assert response.status_code == 405
    assert "_auth_user_id" in logged_in.session


def test_the_header_always_shows_who_is_logged_in_and_a_log_out_button(logged_in, learner):
    for url in ("/en/", "/en/my-course/", "/ar/login/"):
        html = logged_in.get(url).content.decode()
        header = html.split('<header class="site-header">', 1)[1].split("</header>", 1)[0]
        form = re.search(
            r'<form class="account-menu" method="post" action="([^"]+)">.*?</form>', header, re.S
        )
        assert form, url
        assert form.group(1) == url[:4] + "logout/"
        assert 'name="csrfmiddlewaretoken"' in form.group(0)
        assert learner.username in form.group(0)
        assert '<button type="submit" class="button-logout">' in form.group(0)
    assert f"Logged in as {learner.username}" in logged_in.get("/en/").content.decode()


def test_visitors_see_a_log_in_link_instead(client):
    html = client.get("/uk/").content.decode()

    assert '<a class="account-login" href="/uk/login/">' in html
    assert "account-menu" not in html
    assert "session-idle.js" not in html


# --- Caching ------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/da/", "/da/my-course/", "/ar/login/"])
def test_pages_for_a_logged_in_person_are_never_stored(logged_in, url):
    response = logged_in.get(url)

    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store, private"


def test_public_pages_for_visitors_are_left_alone(client):
    response = client.get("/da/")

    assert "no-store" not in response.get("Cache-Control", "")


def test_the_session_cookie_ends_with_the_browser(client, learner):
    response = client.post("/da/login/", {"username": learner.username, "password": "password"})

    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["max-age"] == ""
    assert cookie["expires"] == ""
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE is True


# --- Idle sessions -------------------------------------------------------------------------


def test_an_idle_session_ends_and_the_page_goes_to_the_login_screen(client, learner, traveller):
    client.post("/en/login/", {"username": learner.username, "password": "password"})
    traveller.shift(timedelta(minutes=30))

    response = client.get("/en/my-course/")

    assert response.status_code == 302
    assert response["Location"] == "/en/login/?ended=idle&next=%2Fen%2Fmy-course%2F"
    assert response["Clear-Site-Data"] == CLEAR_SITE_DATA
    assert "_auth_user_id" not in client.session
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "You were logged out because nobody used the page for 30 minutes." in page.content.decode()


def test_using_the_site_keeps_the_session(client, learner, traveller):
    client.post("/da/login/", {"username": learner.username, "password": "password"})
    for _step in range(4):
        traveller.shift(timedelta(minutes=20))
        assert client.get("/da/my-course/").status_code == 200

    assert "_auth_user_id" in client.session


def test_an_abandoned_stored_session_expires_an_hour_after_the_idle_limit(logged_in):
    assert logged_in.session.get_expiry_age() == (30 + 60) * 60


def test_the_idle_limit_is_a_setting(client, learner, traveller, settings):
    settings.SESSION_IDLE_MINUTES = 5
    client.post("/da/login/", {"username": learner.username, "password": "password"})
    traveller.shift(timedelta(minutes=4))
    assert client.get("/da/my-course/").status_code == 200
    traveller.shift(timedelta(minutes=5))

    assert client.get("/da/my-course/").status_code == 302


def test_the_lrs_answering_a_page_does_not_keep_the_session_alive(client, learner, traveller):
    client.post("/da/login/", {"username": learner.username, "password": "password"})
    traveller.shift(timedelta(minutes=20))
    client.get("/xapi/about")
    traveller.shift(timedelta(minutes=11))

    assert client.get("/da/my-course/").status_code == 302


def test_an_idle_session_is_not_written_on_every_request(logged_in, traveller):
    logged_in.get("/da/my-course/")
    first = logged_in.session[LAST_ACTIVITY_KEY]
    traveller.shift(timedelta(seconds=30))
    logged_in.get("/da/my-course/")

    assert logged_in.session[LAST_ACTIVITY_KEY] == first


def test_a_form_sent_after_the_idle_limit_goes_on_without_the_login(client, learner, traveller):
    client.post("/da/login/", {"username": learner.username, "password": "password"})
    traveller.shift(timedelta(minutes=31))

    response = client.post("/da/session/")

    assert response.status_code == 401
    assert "_auth_user_id" not in client.session


def test_the_idle_login_page_ends_a_session_the_server_has_not_ended_yet(logged_in):
    response = logged_in.get("/da/login/?ended=idle")

    assert response.status_code == 302
    assert response["Location"] == "/da/login/?ended=idle"
    assert response["Clear-Site-Data"] == CLEAR_SITE_DATA
    assert "_auth_user_id" not in logged_in.session


def test_a_logged_in_page_knows_when_it_will_be_sent_to_the_login_screen(client, learner, traveller):
    client.post("/en/login/", {"username": learner.username, "password": "password"})
    traveller.shift(timedelta(minutes=10))

    html = client.get("/en/my-course/").content.decode()

    # The page was a use of the session: 30 minutes from now (the refresh 2 seconds later, to be
    # sure the session is over).
    assert 'data-seconds-left="1800"' in html
    assert 'data-session-url="/en/session/"' in html
    assert 'data-login-url="/en/login/?ended=idle"' in html
    assert '<noscript><meta http-equiv="refresh" content="1802;url=/en/login/?ended=idle"></noscript>' in html
    assert "js/session-idle.js" in html
    assert 'class="idle-warning" role="alert" hidden' in html
    assert ">Stay logged in</button>" in html


# --- The idle script's questions ---------------------------------------------------------


def test_reporting_use_keeps_a_session_alive(client, learner, traveller):
    client.post("/da/login/", {"username": learner.username, "password": "password"})
    traveller.shift(timedelta(minutes=25))

    response = client.post("/da/session/")
    traveller.shift(timedelta(minutes=25))

    assert response.status_code == 200
    assert response.json() == {"remaining_seconds": 30 * 60}
    assert response["Cache-Control"] == "no-store, private"
    assert client.get("/da/my-course/").status_code == 200


def test_asking_how_long_is_left_is_not_use(client, learner, traveller):
    client.post("/da/login/", {"username": learner.username, "password": "password"})
    traveller.shift(timedelta(minutes=25))

    response = client.get("/da/session/")
    traveller.shift(timedelta(minutes=5))
    after = client.get("/da/session/")

    assert response.json() == {"remaining_seconds": 5 * 60}
    # Over: the answer is a plain 401 for the script (no redirect to a page), and the session is gone.
    assert after.status_code == 401
    assert "_auth_user_id" not in client.session


def test_the_session_questions_are_refused_to_visitors(client):
    assert client.get("/da/session/").status_code == 401
    assert client.post("/da/session/").status_code == 401
    assert client.put("/da/session/").status_code == 405


def test_reporting_use_is_csrf_protected(learner):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    browser.force_login(learner)

    assert browser.post("/da/session/").status_code == 403


# --- Settings --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("SESSION_IDLE_MINUTES", "0"),
        ("LOGIN_FAILURES_PER_ACCOUNT", "0"),
        ("LOGIN_THROTTLE_PROXY_COUNT", "-1"),
    ],
)
def test_impossible_limits_stop_the_start(monkeypatch, variable, value):
    monkeypatch.setenv("DEBUG", "true")
    monkeypatch.setenv(variable, value)

    with pytest.raises(ImproperlyConfigured, match=variable):
        runpy.run_path(str(Path(config.__file__).with_name("settings.py")))


def test_the_learners_login_is_the_login_url(client):
    assert settings.LOGIN_URL == "login"
    assert client.get("/en/my-course/")["Location"] == "/en/login/?next=/en/my-course/"
