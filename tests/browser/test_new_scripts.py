"""Tigrinya (Ge'ez script) and Persian (Arabic script, right to left) lesson pages: the platform's
web fonts load for the letters the page has, the direction is right, and axe finds nothing."""

import pytest

from tests.browser.test_learner_journey import axe_violations

pytestmark = pytest.mark.browser

LESSON = "/understanding-danish-society/democracy-and-welfare/"


def open_first_lesson(page, live_site, language):
    page.goto(f"{live_site}/{language}{LESSON}")
    href = page.locator(".lesson-list a").first.get_attribute("href")
    page.goto(f"{live_site}{href}", wait_until="networkidle")
    page.evaluate("document.fonts.ready.then(() => true)")


@pytest.mark.parametrize(
    ("language", "direction", "family", "letters"),
    [
        ("ti", "ltr", "Samfund Ethiopic", "\u1200-\u139f"),
        ("fa", "rtl", "Samfund Persian", "\u0600-\u06ff"),
    ],
)
def test_a_lesson_page_in_a_new_script_loads_its_font_and_reads_in_its_direction(
    live_site, chromium, screenshot, language, direction, family, letters
):
    context = chromium.new_context(bypass_csp=True, viewport={"width": 360, "height": 740})
    page = context.new_page()
    fonts = []
    page.on(
        "response", lambda response: fonts.append(response.url) if "/static/fonts/" in response.url else None
    )

    open_first_lesson(page, live_site, language)
    screenshot(page, language)

    html = page.locator("html")
    assert html.get_attribute("lang") == language and html.get_attribute("dir") == direction
    # The interface (navigation, buttons) is in the language's script...
    assert page.evaluate(f"/[{letters}]/.test(document.querySelector('header').innerText)")
    # ... drawn with the platform's font for it, which the browser fetched and loaded.
    assert fonts and all(response.endswith(".woff2") for response in fonts), fonts
    assert page.evaluate(
        "family => [...document.fonts].some(face => face.family.replace(/\"/g, '') === family"
        " && face.status === 'loaded')",
        family,
    )
    assert page.evaluate("getComputedStyle(document.body).direction") == direction
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert axe_violations(page) == []
    context.close()


def test_a_danish_page_fetches_no_font_it_does_not_need(live_site, browser_page):
    fonts = []
    browser_page.on(
        "response", lambda response: fonts.append(response.url) if "/static/fonts/" in response.url else None
    )

    open_first_lesson(browser_page, live_site, "da")

    assert fonts == []
