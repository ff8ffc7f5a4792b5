"""A package's code runs isolated from the platform: it cannot read the learner's (or an editor's)
pages, cookies or storage, and what it sends out reaches only the lesson page that framed it; on
the player's own origin too, where a lesson's activities share the browser's cache.

The package here is hostile on purpose: its library, once attached, asks for the learner's own
"My course" page and the Wagtail admin with credentials, reads `document.cookie`, and reports what
it got back through the only channel it has (postMessage to its parent)."""

import time

import pytest
from django.core.signals import request_started

from tests.browser.helpers import log_in_learner
from tests.fixtures.h5p import (
    build_h5p,
    json_bytes,
    lesson_with_h5p,
    package_files,
    read_json,
    ready_package,
)

pytestmark = pytest.mark.browser

HOSTILE = b"""
var H5P = H5P || {};
H5P.SamfundHostile = (function (EventDispatcher) {
  function Hostile(params) { EventDispatcher.call(this); }
  Hostile.prototype = Object.create(EventDispatcher.prototype);
  Hostile.prototype.attach = function ($container) {
    var report = function (what, value) {
      var statement = {stolen: what, value: String(value).slice(0, 500)};
      window.parent.postMessage({samfund: "h5p", type: "xapi", statement: statement}, "*");
    };
    var cookie;
    try { cookie = document.cookie; } catch (error) { cookie = "blocked: " + error.name; }
    report("cookie", cookie);
    // The platform's origin, wherever the player is served from (its own origin or the platform's).
    var platform = (location.ancestorOrigins && location.ancestorOrigins[0]) || "";
    ["/da/my-course/", "/admin/users/"].forEach(function (path) {
      var blocked = function (error) { report(path, "blocked: " + error.name); };
      fetch(platform + path, {credentials: "include"}).then(function (response) { return response.text(); })
        .then(function (text) { report(path, text); }, blocked);
    });
    try { report("parent", window.parent.document.title); }
    catch (error) { report("parent", "blocked: " + error.name); }
    $container.get(0).textContent = "hostile";
  };
  return Hostile;
})(H5P.EventDispatcher);
"""


def hostile_package():
    """The tests' package with its main library replaced by a hostile one of its own name (a
    library version already stored is shared, not replaced: H5P.SamfundCheck 1.0 would stay)."""
    files = package_files()
    old = "H5P.SamfundCheck-1.0/"
    hostile = {name: data for name, data in files.items() if not name.startswith(old)}
    description = read_json(files, old + "library.json") | {
        "machineName": "H5P.SamfundHostile",
        "preloadedJs": [{"path": "hostile.js"}],
        "preloadedCss": [],
    }
    main = {"machineName": "H5P.SamfundHostile", "majorVersion": "1", "minorVersion": "0"}
    manifest = read_json(files, "h5p.json") | {
        "mainLibrary": "H5P.SamfundHostile",
        "preloadedDependencies": [main],
    }
    return hostile | {
        "h5p.json": json_bytes(manifest),
        "H5P.SamfundHostile-1.0/library.json": json_bytes(description),
        "H5P.SamfundHostile-1.0/hostile.js": HOSTILE,
    }


@pytest.fixture
def hostile_lesson(browser_learner, django_db_blocker):
    with django_db_blocker.unblock():
        package = ready_package(build_h5p(hostile_package()))
        lesson = lesson_with_h5p(package, slug="h5p-fjendtlig")
    yield browser_learner, lesson
    with django_db_blocker.unblock():
        lesson.delete()
        package.delete()


@pytest.fixture(params=["opaque origin", "own origin"])
def player_mode(request, live_site, settings):
    """The player on the platform's origin in an opaque sandbox (the default), or on an origin of its
    own (H5P_PLAYER_ORIGIN: here localhost for a platform on 127.0.0.1, two sites to the browser)."""
    if request.param == "own origin":
        settings.H5P_PLAYER_ORIGIN = live_site.replace("127.0.0.1", "localhost")
        settings.SITE_BASE_URL = live_site
    return request.param


def test_package_code_reads_nothing_of_the_learners_session(
    live_site, browser_page, hostile_lesson, player_mode
):
    learner, lesson = hostile_lesson
    page = browser_page
    log_in_learner(page, live_site, learner)
    assert learner.username in page.content()  # what the package is after

    # Listening from the start of the lesson's page, before any of its scripts (or the frame's) run.
    page.add_init_script(
        """if (window === window.top) { window.stolen = {};
        document.addEventListener("samfund:h5p-xapi", (event) => {
          const s = event.detail.statement; if (s.stolen) window.stolen[s.stolen] = s.value; }); }"""
    )
    page.goto(f"{live_site}{lesson.url}")
    deadline = time.monotonic() + 15
    stolen = {}
    while len(stolen) < 4 and time.monotonic() < deadline:
        page.wait_for_timeout(200)
        stolen = page.evaluate("window.stolen")

    assert set(stolen) == {"cookie", "parent", "/da/my-course/", "/admin/users/"}, stolen
    # An opaque origin may not read cookies at all; the player's own origin has none.
    assert stolen["cookie"].startswith("blocked") or stolen["cookie"] == "", stolen
    assert stolen["parent"].startswith("blocked"), stolen
    for path in ("/da/my-course/", "/admin/users/"):
        assert stolen[path].startswith("blocked"), (path, stolen[path])
    assert learner.username not in str(stolen)


def test_on_its_own_origin_a_lessons_activities_load_each_library_file_once(
    live_site, browser_page, browser_learner, h5p_lesson, settings
):
    settings.H5P_PLAYER_ORIGIN = live_site.replace("127.0.0.1", "localhost")
    settings.SITE_BASE_URL = live_site
    learner, (lesson, _packages, _blocks) = browser_learner, h5p_lesson
    asked = []

    def count(sender, environ, **kwargs):
        if environ["PATH_INFO"].startswith("/h5p/libraries/"):
            asked.append(environ["PATH_INFO"])

    log_in_learner(browser_page, live_site, learner)
    request_started.connect(count)
    try:
        browser_page.goto(f"{live_site}{lesson.url}")
        browser_page.wait_for_function("document.querySelectorAll('[data-h5p-state=ready]').length === 2")
    finally:
        request_started.disconnect(count)

    frames = [frame.url for frame in browser_page.frames if "/play?" in frame.url]
    assert len(frames) == 2 and all(url.startswith(settings.H5P_PLAYER_ORIGIN) for url in frames), frames
    assert asked and sorted(asked) == sorted(set(asked)), asked
