"""Browser tests: Playwright driving Debian's Chromium against a live server over the demo data.

The server is started once per session on the test database, where the demo was committed by
`django_db_setup`; these tests only read, so they need no transaction of their own.
Without /usr/bin/chromium they are skipped, unless SAMFUND_REQUIRE_BROWSER is set (as in CI),
where a missing browser is a failure.
"""

import os
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
RESULTS = Path(__file__).resolve().parents[2] / "test-results"
# Playwright's sync API runs an event loop in this thread; Django would otherwise refuse the
# (synchronous, main-thread) database calls the test server makes for us.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    if os.path.exists(CHROMIUM):
        return
    if os.environ.get("SAMFUND_REQUIRE_BROWSER"):
        raise pytest.UsageError(f"{CHROMIUM} is missing: install Debian's chromium package")
    skip = pytest.mark.skip(reason=f"{CHROMIUM} is not installed (apt-get install chromium)")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def browser_page(chromium):
    # Playwright's own waiting (wait_for_function) evaluates strings in the page, which the pages'
    # Content-Security-Policy forbids: tests bypass it, except test_content_security_policy.py.
    context = chromium.new_context(bypass_csp=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def screenshot(request):
    RESULTS.mkdir(exist_ok=True)

    def take(page, name):
        path = RESULTS / f"{request.node.name}-{name}.png"
        page.screenshot(path=str(path), full_page=False)
        return path

    return take


@pytest.fixture
def browser_learner(live_site, django_db_blocker):
    """A learner committed for the live server (PIN `helpers.PIN`), removed with their statements."""
    from accounts.models import User
    from lrs.agents import agent_key
    from lrs.models import Statement
    from tests.browser.helpers import PIN
    from tests.factories import UserFactory

    with django_db_blocker.unblock():
        learner = UserFactory(role=User.Role.LEARNER, password=PIN)
    yield learner
    with django_db_blocker.unblock():
        Statement.objects.filter(agents__agent_key=agent_key(learner.xapi_actor())).delete()
        learner.delete()


@pytest.fixture
def h5p_lesson(live_site, django_db_blocker):
    """A lesson with two activities, committed for the live server, and removed afterwards."""
    from tests.fixtures.h5p import build_h5p, lesson_with_h5p, ready_package, with_question

    with django_db_blocker.unblock():
        packages = [
            ready_package(),
            ready_package(build_h5p(with_question("Hvor tit er der valg?", "Hvert 4. år"))),
        ]
        lesson = lesson_with_h5p(*packages, slug="h5p-i-browseren")
        yield lesson, packages, [child.id for child in lesson.body[1:]]
        lesson.delete()
        for package in packages:
            package.delete()
