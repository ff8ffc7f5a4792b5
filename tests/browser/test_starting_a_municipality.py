"""A new municipality starts from nothing in the browser, on a 360-pixel phone, in Danish and in
Arabic: its first coordinator accepts the operator's invitation, adds a site and a class, invites a
teacher, and the teacher accepts and finds the class. axe-core finds no WCAG 2.1 A/AA violation on
any page on the way, and no page scrolls sideways.

Runs against the live server, so the fixture removes what the walk made.
"""

import pytest

from accounts import invitations
from accounts.models import Invitation, Municipality, User
from teaching.models import LearnerClass
from tests.browser.test_learner_journey import axe_violations

pytestmark = pytest.mark.browser

PASSWORD = "Fjordbyen-starter-2026"


@pytest.fixture
def new_municipality(live_site, django_db_blocker, language):
    """An empty municipality and the operator's invitation for its first coordinator."""
    with django_db_blocker.unblock():
        municipality = Municipality.objects.create(name=f"Startkommune {language}")
        _invitation, token = invitations.invite(
            None, role=User.Role.COORDINATOR, municipality=municipality, first_name="Anna", language=language
        )
    yield municipality, token
    with django_db_blocker.unblock():
        LearnerClass.objects.filter(site__municipality=municipality).delete()
        Invitation.objects.filter(municipality=municipality).delete()
        User.objects.filter(username__startswith=f"start-{language}-").delete()
        municipality.sites.all().delete()
        municipality.delete()


def check(page, width=360):
    """The page is in the language asked for, fits the phone and has no accessibility violation."""
    wide = page.evaluate(
        """width => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > width + 1 && !e.closest('.table-scroll'))
            .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
            .slice(0, 5)""",
        width,
    )
    assert page.evaluate("document.documentElement.scrollWidth") <= width, (page.url, wide)
    assert axe_violations(page) == [], page.url


def accept(page, live_site, path, username):
    page.goto(live_site + path)
    check(page)
    page.fill("input[name=first_name]", "Anna" if "coordinator" in username else "Bilal")
    page.fill("input[name=username]", username)
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    page.click("form.teacher-form button[type=submit]")


@pytest.mark.parametrize("language", ["da", "ar"])
def test_a_municipality_builds_its_structure_from_nothing(
    live_site, chromium, django_db_blocker, new_municipality, language
):
    municipality, token = new_municipality
    context = chromium.new_context(bypass_csp=True, viewport={"width": 360, "height": 740})
    page = context.new_page()
    try:
        # The coordinator accepts the operator's invitation and lands on an empty "My classes".
        accept(page, live_site, f"/{language}/invitation/{token}/", f"start-{language}-coordinator")
        page.wait_for_url(f"{live_site}/{language}/teach/")
        assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
        check(page)

        # A site.
        page.goto(f"{live_site}/{language}/teach/sites/new/")
        check(page)
        page.fill("input[name=name]", "Sprogcenter Fjordby")
        page.select_option("select[name=kind]", "language_school")
        page.click("form.teacher-form button[type=submit]")
        page.wait_for_url(f"{live_site}/{language}/teach/sites/")
        assert "Sprogcenter Fjordby" in page.content()
        check(page)

        # A class at the site.
        page.goto(f"{live_site}/{language}/teach/classes/new/")
        check(page)
        page.fill("input[name=name]", "Hold 1 mandag")
        page.fill("input[name=starts_on]", "2027-01-04")
        page.fill("input[name=ends_on]", "2027-06-25")
        page.click("form.teacher-form button[type=submit]")
        page.wait_for_url(f"{live_site}/{language}/teach/classes/*/")
        check(page)

        # A teacher for the site, invited with a printed link (no e-mail address).
        page.goto(f"{live_site}/{language}/teach/people/invite/")
        check(page)
        page.check("input[name=role][value=teacher]")
        page.check("input[name=sites]")
        page.fill("input[name=first_name]", "Bilal")
        page.click("form.teacher-form button[type=submit]")
        page.wait_for_url(f"{live_site}/{language}/teach/invitations/*/")
        check(page)
        link = page.inner_text(".invitation-link code")
        assert f"/{language}/invitation/" in link
        page.goto(f"{live_site}/{language}/teach/people/")
        assert "Bilal" in page.content()
        check(page)

        # The teacher opens the printed link on their own phone and sees the site's class.
        context.clear_cookies()
        accept(page, live_site, link[link.index(f"/{language}/invitation/") :], f"start-{language}-teacher")
        page.wait_for_url(f"{live_site}/{language}/teach/")
        assert "Hold 1 mandag" in page.content()
        check(page)
    finally:
        context.close()

    with django_db_blocker.unblock():
        teacher = User.objects.get(username=f"start-{language}-teacher")
        assert teacher.role == User.Role.TEACHER
        assert list(teacher.sites.values_list("name", flat=True)) == ["Sprogcenter Fjordby"]
        made = LearnerClass.objects.get(site__municipality=municipality)
        assert made.name == "Hold 1 mandag" and str(made.starts_on) == "2027-01-04"
