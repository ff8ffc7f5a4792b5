"""Danish side by side in a real browser: columns in reading order, stacked on a 360 px phone."""

import pytest

pytestmark = pytest.mark.browser

LESSON = "/ar/understanding-danish-society/democracy-and-welfare/how-denmark-is-governed/"


def first_row_boxes(page):
    row = page.locator(".side-by-side-body .side-by-side-row").first
    return row.locator(".block").bounding_box(), row.locator(".side-by-side-danish").bounding_box()


def test_danish_is_the_second_column_in_arabic_reading_order(live_site, browser_page, screenshot):
    browser_page.goto(f"{live_site}{LESSON}?danish=1")
    screenshot(browser_page, "wide")
    arabic, danish = first_row_boxes(browser_page)

    assert danish["x"] + danish["width"] <= arabic["x"]  # right to left: Danish on the left
    assert abs(danish["y"] - arabic["y"]) < 2  # the paragraphs start level
    assert browser_page.locator(".side-by-side-body .side-by-side-label").first.is_hidden()
    quiz = browser_page.locator(".side-by-side-activity .quiz").bounding_box()
    assert quiz["width"] > arabic["width"] + danish["width"]  # the quiz spans both columns


def test_on_a_360_pixel_phone_danish_stacks_below_without_sideways_scrolling(live_site, chromium, screenshot):
    context = chromium.new_context(
        bypass_csp=True, viewport={"width": 360, "height": 740}, device_scale_factor=2
    )
    page = context.new_page()
    page.goto(f"{live_site}{LESSON}?danish=1")
    page.locator(".side-by-side-body .side-by-side-row").nth(1).scroll_into_view_if_needed()
    screenshot(page, "phone")
    arabic, danish = first_row_boxes(page)

    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert danish["y"] >= arabic["y"] + arabic["height"]
    assert page.locator(".side-by-side-body .side-by-side-label").first.is_visible()
    assert (
        page.evaluate("getComputedStyle(document.querySelector('.side-by-side-danish')).direction") == "ltr"
    )
    context.close()


def test_the_toggle_works_without_javascript_and_is_remembered(live_site, chromium):
    context = chromium.new_context(bypass_csp=True, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_site}{LESSON}")
    page.locator(".side-by-side-toggle a").click()
    assert page.locator(".side-by-side-danish").count() > 0

    page.locator("a[rel=next]").click()
    assert page.locator(".side-by-side-danish").count() > 0

    page.locator(".side-by-side-toggle a").click()
    assert page.locator(".side-by-side-danish").count() == 0
    context.close()
