"""The learners' login page: language first, user name and PIN, throttled, never telling who exists."""

import re
from datetime import UTC, datetime, timedelta
from unittest import mock

import pytest
import time_machine
from django.conf import settings
from django.test import Client, RequestFactory
from django.utils import translation
from django.utils.translation import get_language_info

from accounts import throttle
from accounts.links import login_link
from accounts.models import User
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

WRONG = "The user name or the PIN is wrong."
TOO_MANY = "Too many wrong tries."


def log_in(client, username, password, language="en", **extra):
    return client.post(f"/{language}/login/", {"username": username, "password": password}, **extra)


def without_csrf(html):
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


# --- The page -------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["da", "ar"])
def test_it_offers_every_language_in_its_own_name_first(client, language):
    response = client.get(f"/{language}/login/")

    html = response.content.decode()
    assert response.status_code == 200
    chooser = html.split('id="login-step-language"', 1)[1].split("</section>", 1)[0]
    for code, _name in settings.LANGUAGES:
        name = get_language_info(code)["name_local"]
        assert f'href="/{code}/login/" lang="{code}" hreflang="{code}"' in chooser
        assert f">{name}</a>" in chooser
    assert html.index('id="login-step-language"') < html.index('class="login-form"')
    assert f'href="/{language}/login/" lang="{language}" hreflang="{language}"' in chooser
    assert chooser.count("aria-current") == 1


def test_the_arabic_login_page_is_right_to_left(client):
    response = client.get("/ar/login/")

    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert 'lang="da" hreflang="da" dir="ltr"' in html


def test_the_header_has_no_second_language_menu_on_the_login_page(client):
    response = client.get("/da/login/")

    assert 'class="language-switcher"' not in response.content.decode()


def test_the_fields_are_labelled_and_say_what_they_are_for(client):
    html = client.get("/en/login/").content.decode()

    assert '<label for="id_username">User name</label>' in html
    assert '<label for="id_password">PIN or password</label>' in html
    username = re.search(r"<input[^>]*name=\"username\"[^>]*>", html).group(0)
    password = re.search(r"<input[^>]*name=\"password\"[^>]*>", html).group(0)
    assert 'autocomplete="username"' in username
    assert 'autocapitalize="none"' in username
    assert 'aria-describedby="id_username_helptext"' in username
    assert 'autocomplete="current-password"' in password
    assert 'type="password"' in password
    # Passwords may have letters: a number keyboard would lock teachers and editors out.
    assert "inputmode" not in password
    assert 'id="id_password_helptext"' in html
    assert "email" not in html.lower()


def test_the_login_page_is_never_stored(client):
    response = client.get("/da/login/")

    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


# --- Logging in -----------------------------------------------------------------------------


def test_a_learner_logs_in_with_user_name_and_pin(client, learner):
    learner.set_password("2468")
    learner.save()

    response = log_in(client, learner.username, "2468")

    assert response.status_code == 302
    assert response["Location"] == "/en/my-course/"
    assert client.session["_auth_user_id"] == str(learner.pk)


def test_a_learner_lands_in_the_language_chosen_on_the_login_page(client, learner):
    response = log_in(client, learner.username, "password", language="ar")

    assert response["Location"] == "/ar/my-course/"
    learner.refresh_from_db()
    assert learner.preferred_language == "da"


@pytest.mark.parametrize("persona", ["editor", "superuser"])
def test_editors_go_to_the_admin(client, request, persona):
    user = request.getfixturevalue(persona)

    response = log_in(client, user.username, "password")

    assert response["Location"] == "/admin/"


@pytest.mark.parametrize("persona", ["teacher", "coordinator"])
def test_teachers_and_coordinators_go_to_their_classes(client, request, persona):
    user = request.getfixturevalue(persona)

    response = log_in(client, user.username, "password", language="uk")

    assert response["Location"] == "/uk/teach/"


def test_a_wrong_pin_is_refused_with_a_clear_message(client, learner):
    response = log_in(client, learner.username, "1111")

    html = response.content.decode()
    assert response.status_code == 200
    assert WRONG in html
    assert '<div class="form-error" id="login-error" role="alert">' in html
    password = re.search(r"<input[^>]*name=\"password\"[^>]*>", html).group(0)
    assert 'aria-describedby="login-error id_password_helptext"' in password
    assert 'aria-invalid="true"' in password
    assert "autofocus" in password
    assert "1111" not in html
    assert f'value="{learner.username}"' in html
    assert "_auth_user_id" not in client.session


def test_the_message_is_in_the_language_of_the_page(client, learner):
    response = log_in(client, learner.username, "1111", language="ar")

    html = response.content.decode()
    with translation.override("ar"):
        expected = translation.gettext(
            "The user name or the PIN is wrong. Try again, or ask your teacher for help."
        )
    assert '<html lang="ar" dir="rtl">' in html
    assert expected in html


def test_empty_fields_each_say_what_is_missing(client):
    response = log_in(client, "", "")

    html = response.content.decode()
    assert response.status_code == 200
    assert '<ul class="errorlist" id="id_username_error"><li>Write your user name.</li></ul>' in html
    assert '<ul class="errorlist" id="id_password_error"><li>Write your PIN or password.</li></ul>' in html
    username = re.search(r"<input[^>]*name=\"username\"[^>]*>", html).group(0)
    assert 'aria-describedby="id_username_helptext id_username_error"' in username
    assert "autofocus" in username


def test_an_inactive_learner_gets_the_same_answer_as_a_wrong_pin(client, learner):
    learner.is_active = False
    learner.save()

    response = log_in(client, learner.username, "password")

    assert response.status_code == 200
    assert WRONG in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_it_never_tells_whether_a_user_name_exists(client, learner):
    known = log_in(client, learner.username, "1111")
    unknown = log_in(client, "nobody-by-this-name", "1111")

    assert known.status_code == unknown.status_code == 200
    known_html = without_csrf(known.content.decode()).replace(learner.username, "NAME")
    unknown_html = without_csrf(unknown.content.decode()).replace("nobody-by-this-name", "NAME")
    assert known_html == unknown_html


# --- The login link -------------------------------------------------------------------------


def test_the_login_link_fills_in_the_user_name_and_waits_for_the_pin(client, learner):
    response = client.get(login_link(learner, "ar"))

    html = response.content.decode()
    assert response.status_code == 200
    username = re.search(r"<input[^>]*name=\"username\"[^>]*>", html).group(0)
    password = re.search(r"<input[^>]*name=\"password\"[^>]*>", html).group(0)
    assert f'value="{learner.username}"' in username
    assert "autofocus" in password
    assert "autofocus" not in username
    # Choosing another language keeps the user name.
    assert f'href="/da/login/{learner.username}/"' in html


def test_login_link_is_a_path_in_the_given_language(learner):
    assert login_link(learner, "ar") == f"/ar/login/{learner.username}/"


def test_login_link_uses_the_preferred_language_then_the_default(learner):
    learner.preferred_language = "uk"
    assert login_link(learner) == f"/uk/login/{learner.username}/"

    learner.preferred_language = "xx"
    assert login_link(learner, "yy") == f"/da/login/{learner.username}/"


def test_logging_in_from_the_login_link_works(client, learner):
    response = client.post(login_link(learner, "en"), {"username": learner.username, "password": "password"})

    assert response["Location"] == "/en/my-course/"


# --- Where to after logging in ------------------------------------------------------------


def test_a_protected_page_sends_to_the_learners_login(client):
    response = client.get("/ar/my-course/")

    assert response.status_code == 302
    assert response["Location"] == "/ar/login/?next=/ar/my-course/"


def test_a_safe_next_is_followed(client, learner):
    response = client.post(
        "/da/login/", {"username": learner.username, "password": "password", "next": "/da/my-course/?x=1"}
    )

    assert response["Location"] == "/da/my-course/?x=1"


def test_next_follows_the_language_chosen_on_the_login_page(client, learner):
    page = client.get("/ar/login/?next=/da/my-course/")
    assert '<input type="hidden" name="next" value="/da/my-course/">' in page.content.decode()

    response = client.post(
        "/ar/login/", {"username": learner.username, "password": "password", "next": "/da/my-course/"}
    )

    assert response["Location"] == "/ar/my-course/"


def test_the_language_choices_keep_next(client):
    html = client.get("/da/login/?next=/da/my-course/").content.decode()

    assert 'href="/uk/login/?next=%2Fda%2Fmy-course%2F"' in html


@pytest.mark.parametrize(
    "unsafe",
    ["https://evil.example/", "//evil.example/da/", "javascript:alert(1)", "http://testserver.evil/"],
)
def test_an_unsafe_next_is_refused(client, learner, unsafe):
    response = client.post(
        "/da/login/", {"username": learner.username, "password": "password", "next": unsafe}
    )

    assert response.status_code == 302
    assert response["Location"] == "/da/my-course/"


# --- Throttling -----------------------------------------------------------------------------


@pytest.fixture
def limits(settings):
    settings.LOGIN_FAILURES_PER_ACCOUNT = 3
    settings.LOGIN_FAILURES_PER_ADDRESS = 5
    settings.LOGIN_THROTTLE_MINUTES = 15
    return settings


def test_an_account_is_throttled_after_too_many_failures_from_anywhere(client, learner, limits):
    for number in range(3):
        log_in(client, learner.username, "0000", REMOTE_ADDR=f"10.0.0.{number}")

    response = log_in(client, learner.username, "password", REMOTE_ADDR="10.0.0.99")

    html = response.content.decode()
    assert response.status_code == 429
    assert "Too many wrong tries. Wait 15 minutes, then try again." in html
    assert int(response["Retry-After"]) == 15 * 60
    assert "_auth_user_id" not in client.session


def test_the_failure_that_reaches_the_limit_already_says_to_wait(client, learner, limits):
    responses = [log_in(client, learner.username, "0000") for _attempt in range(3)]

    assert [r.status_code for r in responses] == [200, 200, 429]
    assert TOO_MANY in responses[-1].content.decode()


def test_an_address_is_throttled_across_user_names(client, learner, limits):
    for number in range(5):
        log_in(client, f"guess{number}", "0000", REMOTE_ADDR="192.0.2.7")

    throttled = log_in(client, learner.username, "password", REMOTE_ADDR="192.0.2.7")
    elsewhere = log_in(client, learner.username, "password", REMOTE_ADDR="192.0.2.8")

    assert throttled.status_code == 429
    assert elsewhere.status_code == 302


def test_a_throttled_attempt_does_not_check_the_password(client, learner, limits):
    for _attempt in range(3):
        log_in(client, learner.username, "0000")

    with mock.patch("accounts.services.authenticate") as authenticate:
        response = log_in(client, learner.username, "password")

    assert response.status_code == 429
    authenticate.assert_not_called()


def test_the_throttle_ends_when_the_window_has_passed(client, learner, limits):
    with time_machine.travel(datetime(2025, 3, 3, 9, 0, tzinfo=UTC), tick=False) as traveller:
        for _attempt in range(3):
            log_in(client, learner.username, "0000")
        traveller.shift(timedelta(minutes=10))
        still = log_in(client, learner.username, "password")
        traveller.shift(timedelta(minutes=5, seconds=1))
        later = log_in(client, learner.username, "password")

    assert still.status_code == 429
    assert "Wait 5 minutes" in still.content.decode()
    assert later.status_code == 302


def test_unknown_user_names_are_throttled_like_real_ones(client, learner, limits):
    answers = {}
    for name in (learner.username, "nobody-by-this-name"):
        for _attempt in range(3):
            log_in(client, name, "0000", REMOTE_ADDR="198.51.100.1")
        answers[name] = log_in(client, name, "0000", REMOTE_ADDR="198.51.100.2")

    assert {response.status_code for response in answers.values()} == {429}


def test_the_account_count_ignores_case_and_spaces(client, learner, limits):
    for variant in (learner.username.upper(), f" {learner.username}", learner.username):
        log_in(client, variant, "0000")

    assert log_in(client, learner.username, "password").status_code == 429


def test_logging_in_clears_the_accounts_failures(client, learner, limits):
    for _attempt in range(2):
        log_in(client, learner.username, "0000")
    assert log_in(client, learner.username, "password").status_code == 302
    client.logout()

    for _attempt in range(2):
        log_in(client, learner.username, "0000")

    assert log_in(client, learner.username, "password").status_code == 302


def test_behind_a_proxy_the_client_is_the_address_the_proxy_added(settings):
    settings.LOGIN_THROTTLE_PROXY_COUNT = 1
    request = RequestFactory().get("/", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9", REMOTE_ADDR="10.0.0.1")

    assert throttle.client_address(request) == "203.0.113.9"


def test_without_a_proxy_the_client_is_the_remote_address(settings):
    settings.LOGIN_THROTTLE_PROXY_COUNT = 0
    request = RequestFactory().get("/", HTTP_X_FORWARDED_FOR="6.6.6.6", REMOTE_ADDR="10.0.0.1")

    assert throttle.client_address(request) == "10.0.0.1"


def test_an_ipv6_client_is_counted_by_its_64_network(settings):
    settings.LOGIN_THROTTLE_PROXY_COUNT = 0
    request = RequestFactory().get("/", REMOTE_ADDR="2001:db8:1:2:aaaa::1")

    assert throttle.client_address(request) == "2001:db8:1:2::/64"


# --- The Wagtail admin keeps its own login -----------------------------------------------


def test_the_wagtail_admin_still_has_its_own_login(client, editor):
    assert client.get("/admin/")["Location"].startswith("/admin/login/")

    response = client.post("/admin/login/", {"username": editor.username, "password": "password"})

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.get("/admin/pages/").status_code == 200


def test_an_editor_can_also_use_the_learners_login_to_reach_the_admin(client):
    editor = UserFactory(role=User.Role.EDITOR)

    response = client.post(
        "/da/login/", {"username": editor.username, "password": "password", "next": "/admin/pages/"}
    )

    assert response["Location"] == "/admin/pages/"


@pytest.fixture
def shared_cache_down(monkeypatch):
    """Redis is down: every call to the shared cache fails as redis-py fails."""
    from django.core.cache import cache

    def refuse(*args, **kwargs):
        raise ConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    for method in ("get", "get_many", "set", "add", "incr", "delete_many"):
        monkeypatch.setattr(cache, method, refuse)


def test_with_the_shared_cache_down_logging_in_works_and_guessing_is_still_limited(
    client, learner, limits, shared_cache_down
):
    """Logging in once answered 500 for everyone while Redis was down (the throttle reads the cache)."""
    elsewhere = Client()
    right = log_in(elsewhere, learner.username, "password", REMOTE_ADDR="10.1.0.9")
    wrong = [log_in(client, learner.username, "0000", REMOTE_ADDR="10.1.0.1") for _attempt in range(3)]

    assert right.status_code == 302 and "_auth_user_id" in elsewhere.session
    assert [response.status_code for response in wrong] == [200, 200, 429]
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize(
    "persona, label",
    [("learner", "My course"), ("teacher", "My classes")],
)
def test_the_header_leads_back_to_ones_own_start_page(client, request, persona, label):
    """A learner on a lesson or the home page had no way back to "My course"."""
    from accounts.links import home_after_login

    user = request.getfixturevalue(persona)
    client.force_login(user)

    html = client.get("/da/").content.decode()

    with translation.override("da"):
        expected = f'<a class="account-home" href="{home_after_login(user)}">{translation.gettext(label)}</a>'
    assert expected in html


def test_the_pin_opens_the_number_pad_from_a_login_card_only(client, learner):
    """A PIN opened a letter keyboard on phones; teachers' passwords have letters, so only the
    login link printed on learners' cards asks for the number pad."""
    from_card = client.get(f"/da/login/{learner.username}/").content.decode()
    plain = client.get("/da/login/").content.decode()

    assert re.search(r'<input type="password" name="password"[^>]*inputmode="numeric"', from_card)
    assert 'inputmode="numeric"' not in plain
