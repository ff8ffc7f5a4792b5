"""The H5P player on an origin of its own (H5P_PLAYER_ORIGIN, lessons.player_origin): lesson pages
frame it from there, it serves nothing but the player and its files, and only the platform's pages
may frame it and hear from it."""

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from lessons.checks import separate_player_origin
from tests.fixtures.h5p import lesson_with_h5p, ready_package

pytestmark = pytest.mark.django_db

PLAYER = "http://h5p.usercontent.test"
SITE = "http://testserver"


@pytest.fixture
def separate(settings):
    settings.H5P_PLAYER_ORIGIN = PLAYER
    settings.SITE_BASE_URL = SITE
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "h5p.usercontent.test"]
    return settings


@pytest.fixture
def package():
    return ready_package()


def on_player(client, path):
    return client.get(path, HTTP_HOST="h5p.usercontent.test")


def test_by_default_lessons_frame_the_player_from_the_platform_in_an_opaque_sandbox(client, package):
    html = client.get(lesson_with_h5p(package).url).content.decode()
    policy = client.get(f"/h5p/{package.uuid}/play")["Content-Security-Policy"]

    assert f'data-h5p-player-url="/h5p/{package.uuid}/play?lang=da"' in html
    assert (
        'data-h5p-sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox allow-downloads"' in html
    )
    assert "allow-same-origin" not in html and "allow-same-origin" not in policy


def test_lessons_frame_the_player_from_its_own_origin_and_name_their_own(client, package, separate):
    response = client.get(lesson_with_h5p(package).url)

    html = response.content.decode()
    url = f"{PLAYER}/h5p/{package.uuid}/play?lang=da&amp;parent=http%3A%2F%2Ftestserver"
    assert f'data-h5p-player-url="{url}"' in html
    assert (
        'data-h5p-sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox allow-downloads '
        'allow-same-origin"' in html
    )
    assert f"frame-src 'self' {PLAYER} " in response["Content-Security-Policy"]


def test_the_player_on_its_own_origin_is_framed_only_by_the_page_it_names(client, package, separate):
    response = on_player(client, f"/h5p/{package.uuid}/play?lang=ar&parent={SITE}")

    policy = response["Content-Security-Policy"]
    assert response.status_code == 200
    assert policy.startswith("sandbox allow-scripts ") and "allow-same-origin" in policy
    assert policy.endswith(f"frame-ancestors {SITE}")
    assert "X-Frame-Options" not in response
    assert f'data-parent-origin="{SITE}"' in response.content.decode()


@pytest.mark.parametrize("parent", ["", "https://evil.example", PLAYER, "null"])
def test_the_player_on_its_own_origin_refuses_a_page_that_is_not_the_platforms(
    client, package, separate, parent
):
    response = on_player(client, f"/h5p/{package.uuid}/play?parent={parent}")

    assert response.status_code == 404


def test_the_player_on_the_platforms_origin_never_allows_its_own_origin(client, package, separate):
    """allow-same-origin there would let a package's code lift its sandbox and act as the learner."""
    response = client.get(f"/h5p/{package.uuid}/play?parent={SITE}")

    policy = response["Content-Security-Policy"]
    assert response.status_code == 200
    assert "allow-same-origin" not in policy and "frame-ancestors 'self'" in policy
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert "data-parent-origin" not in response.content.decode()


@pytest.mark.parametrize(
    "path", ["/da/login/", "/da/my-course/", "/admin/", "/django-admin/", "/xapi/about", "/"]
)
def test_the_players_origin_serves_no_page_of_the_platform(client, separate, path):
    response = on_player(client, path)

    assert response.status_code == 404
    assert "Set-Cookie" not in response and not response.cookies


def test_the_players_origin_serves_the_packages_files(client, package, separate):
    """(And static files, which the test client does not serve: tests/browser/test_h5p_isolation.py.)"""
    assert on_player(client, f"/h5p/{package.uuid}/h5p.json").status_code == 200
    assert (
        on_player(client, f"{package.libraries_url()}/H5P.SamfundCheck-1.0/library.json").status_code == 200
    )


def test_a_missing_player_on_its_own_origin_is_not_found_not_redirected(client, separate):
    response = on_player(client, f"/h5p/00000000-0000-0000-0000-000000000000/play?parent={SITE}")

    assert response.status_code == 404 and "Location" not in response


# --- System checks --------------------------------------------------------------------------------


def check_ids(settings):
    return sorted(message.id for message in separate_player_origin(None))


def test_no_player_origin_needs_no_check(settings):
    settings.H5P_PLAYER_ORIGIN = ""

    assert check_ids(settings) == []


def test_a_good_player_origin_passes_the_checks(separate):
    assert check_ids(separate) == []


@pytest.mark.parametrize("value", ["h5p.usercontent.test", "ftp://h5p.usercontent.test", f"{PLAYER}/play"])
def test_a_player_origin_that_is_not_an_origin_is_an_error(separate, value):
    separate.H5P_PLAYER_ORIGIN = value

    assert check_ids(separate) == ["lessons.E001"]


def test_the_platforms_own_origin_as_the_players_is_an_error(separate):
    separate.H5P_PLAYER_ORIGIN = SITE

    assert "lessons.E002" in check_ids(separate)
    with pytest.raises(SystemCheckError):
        call_command("check")


def test_a_cookie_domain_that_covers_the_player_is_an_error(separate):
    separate.SESSION_COOKIE_DOMAIN = ".usercontent.test"

    assert check_ids(separate) == ["lessons.E003"]


def test_a_player_host_the_server_does_not_answer_is_a_warning(separate):
    separate.ALLOWED_HOSTS = ["testserver"]

    assert check_ids(separate) == ["lessons.W001"]
