"""An H5P answer is never lost between the learner's browser and the platform: a relay that fails
(the network drops it, or the answer to it is lost after the server stored it, or the server answers
503) waits in the page and is sent again, and the platform stores it once."""

import time

import pytest

from lrs.agents import agent_key
from lrs.models import Statement
from tests.browser.helpers import log_in_learner
from tests.fixtures.h5p import lesson_with_h5p, ready_package

pytestmark = pytest.mark.browser


@pytest.fixture
def learner_and_lesson(browser_learner, django_db_blocker):
    with django_db_blocker.unblock():
        package = ready_package()
        lesson = lesson_with_h5p(package, slug="h5p-igen")
    yield browser_learner, lesson, lesson.body[1].id
    with django_db_blocker.unblock():
        lesson.delete()
        package.delete()


def answered(learner):
    key = agent_key(learner.xapi_actor())
    return [
        statement.data
        for statement in Statement.objects.filter(agents__agent_key=key)
        if statement.data["verb"]["id"].endswith("/answered")
    ]


@pytest.mark.parametrize("failure", ["network", "answer_lost", "server_error"])
def test_a_relay_that_fails_is_sent_again_and_stored_once(
    live_site, browser_page, learner_and_lesson, django_db_blocker, failure
):
    learner, lesson, block_id = learner_and_lesson
    page = browser_page
    log_in_learner(page, live_site, learner)

    relays = []

    def fail_the_first_h5p_relay(route):
        body = route.request.post_data or ""
        if '"type":"h5p"' not in body.replace(" ", ""):
            return route.continue_()
        relays.append(body)
        if len(relays) > 1:
            return route.continue_()
        if failure == "network":
            return route.abort("internetdisconnected")
        if failure == "answer_lost":
            route.fetch()  # the server gets it and stores it; the page never hears back
            return route.abort("connectionreset")
        return route.fulfill(status=503, content_type="application/json", body='{"error": "busy"}')

    page.route("**/events", fail_the_first_h5p_relay)
    # Everything the lesson's status line says, in order.
    page.add_init_script(
        """document.addEventListener("DOMContentLoaded", () => {
          window.said = [];
          const status = document.querySelector("[data-lesson-status]");
          if (status) new MutationObserver(() => window.said.push(status.textContent))
            .observe(status, {childList: true, characterData: true, subtree: true});
        });"""
    )
    page.goto(f"{live_site}{lesson.url}")
    frame = page.frame_locator(f'[data-h5p-block="{block_id}"] iframe')
    frame.get_by_role("button", name="179").click()

    deadline = time.monotonic() + 15
    while len(relays) < 2 and time.monotonic() < deadline:
        page.wait_for_timeout(200)
    assert len(relays) >= 2, relays
    # The same statement, with the same relay id, both times.
    assert relays[0] == relays[1]

    with django_db_blocker.unblock():
        deadline = time.monotonic() + 10
        while not answered(learner) and time.monotonic() < deadline:
            time.sleep(0.2)
        stored = answered(learner)
    assert len(stored) == 1, stored
    assert stored[0]["result"]["score"]["raw"] == 1
    # The page said it would try again, and then that the answer is saved (or the lesson done).
    page.wait_for_function("window.said.length > 1")
    said = page.evaluate("window.said")
    assert "kunne ikke gemmes" in said[0], said
    assert "kunne ikke gemmes" not in said[-1], said
