"""Tigrinya (Ge'ez script) and Persian (Arabic script, right to left) lesson pages: the platform's
web fonts load for the letters the page has, the direction is right, and axe finds nothing."""

import pytest

from tests.browser.test_learner_journey import axe_violations
from tests.course import UNTRANSLATED

pytestmark = pytest.mark.browser

LESSON = "/understanding-danish-society/getting-help/"


def open_first_lesson(page, live_site, language, module=LESSON):
    page.goto(f"{live_site}/{language}{module}")
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


def test_a_danish_page_fetches_no_font_it_does_not_need(live_site, chromium):
    """A lesson only in Danish and English, opened in a fresh browser: no Ge'ez or Persian letters on
    the page, no font fetched. (Where the language switcher names Persian or Tigrinya in its own
    script, as on the module page, the font is fetched for that name, so that a reader of it finds
    their language on any computer.)"""
    from wagtail.models import Locale

    from lessons.models import LessonPage

    lesson = next(
        page
        for page in LessonPage.objects.live().filter(locale=Locale.get_default()).order_by("path")
        if page.get_parent().slug == UNTRANSLATED
    )
    context = chromium.new_context(bypass_csp=True)
    page = context.new_page()
    fonts = []
    page.on(
        "response", lambda response: fonts.append(response.url) if "/static/fonts/" in response.url else None
    )

    page.goto(f"{live_site}{lesson.url}", wait_until="networkidle")
    page.evaluate("document.fonts.ready.then(() => true)")

    assert page.locator("main").get_attribute("lang") == "da"
    assert fonts == []
    context.close()
