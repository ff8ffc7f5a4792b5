"""Mixed directions and the learners' reference pages, in a real browser.

An Arabic page with a Danish fallback block: the Arabic resource text reads right to left inside
the Danish left-to-right lesson, and its phone number keeps its order ("70 201 201", not
"201 201 70"), measured from where the browser draws each group. The glossary and the directory of
places to get help in four languages at 360 px: filters and search work, axe finds nothing."""

import pytest

from tests.browser.test_learner_journey import axe_violations
from tests.course import UNTRANSLATED

pytestmark = pytest.mark.browser

PHONE = "70 201 201"


@pytest.fixture
def arabic_phone_resource(live_site, django_db_blocker):
    """An untranslated lesson's first resource with an Arabic description holding a phone number."""
    from wagtail.models import Locale

    from lessons.models import CommunityResource, LessonPage

    with django_db_blocker.unblock():
        lesson = next(
            page
            for page in LessonPage.objects.live().filter(locale=Locale.get_default()).order_by("path")
            if page.get_parent().slug == UNTRANSLATED and any(b.block_type == "help" for b in page.body)
        )
        block = next(block for block in lesson.body if block.block_type == "help")
        resource = CommunityResource.objects.get(pk=block.value["resources"][0].pk)
        resource.set_current_language("ar")
        original = resource.description
        resource.description = f"اتصل بالرقم {PHONE} من الاثنين إلى الجمعة."
        resource.save()
    yield lesson, resource
    with django_db_blocker.unblock():
        resource.set_current_language("ar")
        resource.description = original
        resource.save()


def group_positions(page, selector, text):
    """The x position at which the browser draws each space-separated group of `text`, in order."""
    return page.evaluate(
        """([selector, text]) => {
            const element = document.querySelector(selector);
            const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            let node;
            while ((node = walker.nextNode())) {
                const start = node.data.indexOf(text);
                if (start < 0) continue;
                const positions = [];
                let offset = start;
                for (const group of text.split(" ")) {
                    const range = document.createRange();
                    range.setStart(node, offset);
                    range.setEnd(node, offset + group.length);
                    positions.push(range.getBoundingClientRect().left);
                    offset += group.length + 1;
                }
                return positions;
            }
            return null;
        }""",
        [selector, text],
    )


def test_a_phone_number_in_arabic_inside_a_danish_fallback_lesson_keeps_its_order(
    live_site, browser_page, screenshot, arabic_phone_resource
):
    lesson, _resource = arabic_phone_resource
    browser_page.goto(f"{live_site}{lesson.url.replace('/da/', '/ar/', 1)}")
    item = 'li[lang="ar"]'
    browser_page.locator(item).first.scroll_into_view_if_needed()
    screenshot(browser_page, "help")

    assert browser_page.evaluate("getComputedStyle(document.querySelector('main')).direction") == "ltr"
    assert browser_page.evaluate(f"getComputedStyle(document.querySelector('{item}')).direction") == "rtl"
    positions = group_positions(browser_page, item, PHONE)
    assert positions is not None
    assert positions == sorted(positions), f"{PHONE!r} drawn out of order: {positions}"


@pytest.mark.parametrize("language", ["da", "ar", "uk", "fa"])
def test_the_directory_filters_and_searches_on_a_phone_in_every_direction(
    live_site, chromium, screenshot, language
):
    context = chromium.new_context(bypass_csp=True, viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(f"{live_site}/{language}/help/")
    everything = page.locator("li.card").count()

    page.select_option("#id_category", "health")
    page.click("form.reference-search button")
    page.wait_for_load_state()
    health = page.locator("li.card").count()
    screenshot(page, language)

    assert 0 < health < everything
    assert "category=health" in page.url
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert axe_violations(page) == []

    page.fill("#id_q", "borger.dk")
    page.select_option("#id_category", "")
    page.click("form.reference-search button")
    page.wait_for_load_state()
    assert page.locator('li.card a[href="https://www.borger.dk/"]').count() == 1
    context.close()


@pytest.mark.parametrize("language", ["da", "ar", "uk", "fa"])
def test_the_glossary_searches_on_a_phone_in_every_direction(live_site, chromium, language):
    context = chromium.new_context(bypass_csp=True, viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(f"{live_site}/{language}/glossary/")
    everything = page.locator(".glossary-list .card").count()

    page.fill("#glossary-q", "MitID")
    page.click("form.reference-search button")
    page.wait_for_load_state()

    assert 0 < page.locator(".glossary-list .card").count() < everything
    assert page.locator("#mitid").count() == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert axe_violations(page) == []
    context.close()
