"""A learner's whole journey in Chromium, and axe-core on the pages learners use.

Log in with a login link, open a lesson in Arabic, show Danish side by side, answer the quiz, play
the test H5P activity, leave the page: the learner home shows the progress and the statements are
in the LRS. Everything runs against the live server, so the fixtures commit and clean up.
"""

import datetime
import time
from pathlib import Path

import pytest
from wagtail.models import Locale

from accounts.models import User
from lrs.agents import agent_key
from lrs.models import Statement
from progress import activities
from tests.factories import UserFactory
from tests.fixtures.h5p import ready_package

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PIN = "8642"


def axe_violations(page):
    """WCAG 2.1 A and AA violations axe-core finds on the page, as readable strings."""
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `make test` (npm ci) first")
    # Evaluated, not added as a script tag: the pages' Content-Security-Policy allows no inline
    # script, and the browser tests run with it on, as learners' browsers do.
    page.evaluate("source => (0, eval)(source)", AXE.read_text())
    found = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    return [
        f"{violation['id']}: {violation['help']} at {[node['target'] for node in violation['nodes']]}"
        for violation in found["violations"]
    ]


def first_lesson(language):
    from lessons.models import LessonPage

    danish = LessonPage.objects.live().filter(locale=Locale.get_default()).order_by("path").first()
    return danish, danish.get_translation(Locale.objects.get(language_code=language))


@pytest.fixture
def journey(live_site, django_db_blocker):
    """A learner, and the first lesson (Danish and Arabic) with the test H5P activity added."""
    with django_db_blocker.unblock():
        learner = UserFactory(role=User.Role.LEARNER, password=PIN, username="amal.journey")
        learner.programme_start = datetime.date.today() - datetime.timedelta(days=10)
        learner.save()
        package = ready_package()
        danish, arabic = first_lesson("ar")
        originals = {page.pk: list(page.body.raw_data) for page in (danish, arabic)}
        block = {"type": "h5p", "id": "e2e-h5p-block", "value": {"package": package.pk, "required": True}}
        for page in (danish, arabic):
            page.body = [*originals[page.pk], block]
            page.save_revision().publish()
        yield learner, danish, arabic
        Statement.objects.filter(agents__agent_key=agent_key(learner.xapi_actor())).delete()
        for page in (danish, arabic):
            page.refresh_from_db()
            page.body = originals[page.pk]
            page.save_revision().publish()
        learner.delete()
        package.delete()


def statements_of(learner):
    key = agent_key(learner.xapi_actor())
    return [statement.data for statement in Statement.objects.filter(agents__agent_key=key).order_by("seq")]


def test_the_login_page_has_no_accessibility_violations_in_danish_and_arabic(live_site, browser_page):
    for language in ("da", "ar"):
        browser_page.goto(f"{live_site}/{language}/login/")
        assert axe_violations(browser_page) == [], language


def test_a_learner_studies_a_lesson_in_arabic_and_the_progress_is_recorded(
    live_site, browser_page, journey, screenshot, django_db_blocker
):
    learner, danish, arabic = journey
    page = browser_page

    # Log in with the login link a teacher prints: the user name is filled in.
    page.goto(f"{live_site}/ar/login/{learner.username}/")
    assert page.input_value("input[name=username]") == learner.username
    page.fill("input[name=password]", PIN)
    page.click("form.login-form button[type=submit]")
    page.wait_for_url(f"{live_site}/ar/my-course/")
    assert axe_violations(page) == []

    # The lesson in Arabic, then with Danish side by side.
    page.goto(f"{live_site}{arabic.url}")
    assert page.get_attribute("html", "dir") == "rtl"
    assert axe_violations(page) == []
    page.click("a[href*='danish=1']")
    page.wait_for_selector("[lang=da]")
    assert page.locator(".lesson-side-by-side").count() == 1

    # The quiz: the right answers, checked by the server; the answers are not in the page before.
    quiz = next(block for block in arabic.body if block.block_type == "quiz")
    assert page.locator(f'form[data-quiz="{quiz.id}"] [data-answer]').first.is_hidden()
    assert page.text_content(f'form[data-quiz="{quiz.id}"] [data-right-choices]') == ""
    for number, question in enumerate(quiz.value["questions"]):
        right = next(i for i, choice in enumerate(question["choices"]) if choice["correct"])
        page.check(f'form[data-quiz="{quiz.id}"] [data-question="{number}"] input[value="{right}"]')
    with page.expect_response(lambda response: response.url.endswith("/events")) as reply:
        page.click(f'form[data-quiz="{quiz.id}"] button[type=submit]')
    assert reply.value.status == 200
    page.wait_for_selector("[data-quiz-result]:not([hidden])")
    assert "لقد نجحت في الاختبار القصير." in page.text_content(
        f'form[data-quiz="{quiz.id}"] [data-quiz-result]'
    )
    assert page.locator(f'form[data-quiz="{quiz.id}"] [data-answer]').first.is_visible()

    # The test H5P activity, played in its iframe; its statement is relayed to the LRS.
    frame = page.frame_locator('[data-h5p-block="e2e-h5p-block"] iframe')
    with page.expect_response(lambda response: response.url.endswith("/events")) as reply:
        frame.get_by_role("button", name="179").click()
    assert reply.value.status == 200
    page.wait_for_selector("[data-lesson-status]:not(:empty)")
    screenshot(page, "lesson-done")

    # Some active time on the page, then leave it: the last minutes are sent as the page goes.
    for _ in range(4):
        page.mouse.move(200, 300)
        time.sleep(1)
    page.goto(f"{live_site}/ar/my-course/")
    screenshot(page, "home-after")
    first_module = page.locator(".module-progress progress").first
    assert int(first_module.get_attribute("value")) > 0

    with django_db_blocker.unblock():
        deadline = time.monotonic() + 10
        while not any(s["verb"]["id"].endswith("/experienced") for s in statements_of(learner)):
            assert time.monotonic() < deadline, "the time on the page was not recorded"
            time.sleep(0.5)
        found = statements_of(learner)
    verbs = {statement["verb"]["id"].rsplit("/", 1)[-1] for statement in found}
    assert {"experienced", "answered", "passed", "completed"} <= verbs
    block = activities.h5p_id(danish.translation_key, "e2e-h5p-block")
    h5p = [statement for statement in found if statement["object"]["id"] == block]
    assert h5p and h5p[0]["actor"] == learner.xapi_actor()
    assert all(statement["actor"] == learner.xapi_actor() for statement in found)


def test_the_learner_home_and_a_lesson_have_no_accessibility_violations_in_danish(
    live_site, browser_page, journey
):
    learner, danish, _arabic = journey
    page = browser_page
    page.goto(f"{live_site}/da/login/{learner.username}/")
    page.fill("input[name=password]", PIN)
    page.click("form.login-form button[type=submit]")
    page.wait_for_url(f"{live_site}/da/my-course/")

    assert axe_violations(page) == []
    page.goto(f"{live_site}{danish.url}")
    assert axe_violations(page) == []


def test_a_phone_and_a_keyboard_are_enough(live_site, chromium, journey):
    """At 360 px nothing scrolls sideways, and the keyboard alone logs in and continues the course."""
    learner, _danish, _arabic = journey
    context = chromium.new_context(bypass_csp=True, viewport={"width": 360, "height": 740})
    page = context.new_page()
    try:
        page.goto(f"{live_site}/ar/login/{learner.username}/")
        # The login link puts the cursor in the PIN field; type only once it is there (a busy
        # machine may still be loading the page, and keys typed before would be lost).
        page.wait_for_function("document.activeElement && document.activeElement.name === 'password'")
        page.keyboard.type(PIN)
        page.keyboard.press("Enter")
        page.wait_for_url(f"{live_site}/ar/my-course/")
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        for _ in range(40):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.classList.contains('continue')"):
                break
        else:
            pytest.fail("Tab never reached the continue button")
        page.keyboard.press("Enter")
        page.wait_for_selector("article.lesson")
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
    finally:
        context.close()
