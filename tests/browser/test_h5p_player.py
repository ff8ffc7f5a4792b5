"""The H5P player in a real browser: our test content type plays in a lesson, and answering it
dispatches `samfund:h5p-xapi` on the block's container with H5P's xAPI statement."""

import pytest

pytestmark = pytest.mark.browser

COLLECT_EVENTS = """() => {
  window.h5pEvents = [];
  document.addEventListener("samfund:h5p-xapi", (event) => {
    window.h5pEvents.push({detail: event.detail, target: event.target.dataset.h5pBlock});
  });
}"""


def open_lesson(page, live_site, lesson):
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{live_site}{lesson.url}")
    page.evaluate(COLLECT_EVENTS)
    return errors


def answer(page, block_id, question, label):
    frame = page.frame_locator(f'[data-h5p-block="{block_id}"] iframe')
    frame.get_by_text(question).wait_for()
    frame.get_by_role("button", name=label).click()


def answered_events(page):
    page.wait_for_function("window.h5pEvents.length > 0")
    events = page.evaluate("window.h5pEvents")
    return [event for event in events if event["detail"]["statement"]["verb"]["id"].endswith("/answered")]


def test_answering_an_activity_dispatches_its_xapi_statement_on_the_block(
    live_site, browser_page, h5p_lesson, screenshot
):
    lesson, packages, block_ids = h5p_lesson
    errors = open_lesson(browser_page, live_site, lesson)

    answer(browser_page, block_ids[0], "Hvor mange medlemmer har Folketinget?", "179")
    events = answered_events(browser_page)
    screenshot(browser_page, "answered")

    assert len(events) == 1, events
    detail = events[0]["detail"]
    assert detail["blockId"] == block_ids[0] == events[0]["target"]
    assert detail["statement"]["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered"
    assert detail["statement"]["result"]["score"] == {"min": 0, "max": 1, "raw": 1, "scaled": 1}
    assert detail["statement"]["object"]["id"].startswith(f"{live_site}{packages[0].content_url()}")
    assert errors == []


def test_each_activity_on_a_page_reports_on_its_own_block(live_site, browser_page, h5p_lesson):
    lesson, packages, block_ids = h5p_lesson
    open_lesson(browser_page, live_site, lesson)

    answer(browser_page, block_ids[1], "Hvor tit er der valg?", "Hvert 4. år")
    events = answered_events(browser_page)

    assert [event["target"] for event in events] == [block_ids[1]]
    assert events[0]["detail"]["blockId"] == block_ids[1]
    assert events[0]["detail"]["statement"]["object"]["id"].startswith(
        f"{live_site}{packages[1].content_url()}"
    )


def test_the_player_frames_carry_the_package_title_for_screen_readers(live_site, browser_page, h5p_lesson):
    lesson, packages, block_ids = h5p_lesson
    browser_page.goto(f"{live_site}{lesson.url}")

    for block_id in block_ids:
        browser_page.wait_for_selector(f'[data-h5p-block="{block_id}"][data-h5p-state="ready"]')
        frame = browser_page.locator(f'[data-h5p-block="{block_id}"] iframe')
        assert frame.get_attribute("title") == "Samfund check"
