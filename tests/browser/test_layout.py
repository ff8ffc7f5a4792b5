"""The layout in a real browser: mirrored for Arabic, usable at 360 px and by keyboard."""

import pytest

from tests.course import UNTRANSLATED

pytestmark = pytest.mark.browser


def box(page, selector):
    return page.locator(selector).first.bounding_box()


def test_the_header_mirrors_for_arabic(live_site, browser_page, screenshot):
    browser_page.goto(f"{live_site}/da/")
    danish_brand, danish_switcher = box(browser_page, ".brand"), box(browser_page, ".language-switcher")
    screenshot(browser_page, "da")

    browser_page.goto(f"{live_site}/ar/")
    arabic_brand, arabic_switcher = box(browser_page, ".brand"), box(browser_page, ".language-switcher")
    screenshot(browser_page, "ar")

    assert danish_brand["x"] < danish_switcher["x"]
    assert arabic_brand["x"] > arabic_switcher["x"]
    assert browser_page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert browser_page.evaluate("document.documentElement.lang") == "ar"


def test_arabic_text_starts_at_the_right_edge(live_site, browser_page):
    browser_page.goto(f"{live_site}/ar/understanding-danish-society/")
    # The text's own extent (the h1 box is as wide as its container).
    heading = browser_page.evaluate(
        """() => { const range = document.createRange();
                   range.selectNodeContents(document.querySelector('main h1'));
                   const r = range.getBoundingClientRect(); return {x: r.x, width: r.width}; }"""
    )
    main = box(browser_page, "main")

    right_gap = main["x"] + main["width"] - (heading["x"] + heading["width"])
    left_gap = heading["x"] - main["x"]
    assert right_gap < left_gap


def test_a_danish_fallback_page_keeps_danish_text_left_to_right_inside_the_arabic_layout(
    live_site, browser_page, screenshot
):
    browser_page.goto(f"{live_site}/ar/understanding-danish-society/{UNTRANSLATED}/")
    lessons = browser_page.locator(".lesson-list a")
    href = lessons.first.get_attribute("href")
    browser_page.goto(f"{live_site}{href}")
    screenshot(browser_page, "fallback")

    assert href.startswith("/ar/")
    assert browser_page.locator(".notice").is_visible()
    assert browser_page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert browser_page.evaluate("getComputedStyle(document.querySelector('main')).direction") == "ltr"


@pytest.mark.parametrize("language", ["da", "ar"])
def test_a_lesson_fits_a_360_pixel_phone_without_sideways_scrolling(
    live_site, chromium, language, screenshot
):
    context = chromium.new_context(
        bypass_csp=True, viewport={"width": 360, "height": 740}, device_scale_factor=2
    )
    page = context.new_page()
    page.goto(f"{live_site}/{language}/understanding-danish-society/democracy-and-welfare/")
    page.goto(live_site + page.locator(".lesson-list a").first.get_attribute("href"))
    screenshot(page, language)

    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    context.close()


def test_the_first_tab_stop_skips_to_the_content(live_site, browser_page):
    browser_page.goto(f"{live_site}/uk/")
    browser_page.keyboard.press("Tab")

    assert browser_page.evaluate("document.activeElement.className") == "skip-link"
    assert browser_page.locator(".skip-link").is_visible()
    browser_page.keyboard.press("Enter")
    assert browser_page.evaluate("location.hash") == "#main"
