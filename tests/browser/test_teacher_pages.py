"""The teachers' and coordinator's pages in Chromium: axe-core finds no WCAG 2.1 A/AA violation in
Danish or Arabic, and at 360 px the page itself never scrolls sideways (wide tables scroll in their
own region). Everything runs against the live server, so the fixture commits and cleans up.
"""

import datetime

import pytest
from django.utils import timezone

from accounts.models import User
from progress.models import CourseProgress, StatusChange
from progress.standing import danish_course
from teaching.models import LearnerClass
from tests.browser.test_learner_journey import axe_violations
from tests.factories import LearningSiteFactory, MunicipalityFactory, UserFactory

pytestmark = pytest.mark.browser

PASSWORD = "teach-in-the-browser-2026"


@pytest.fixture
def classroom(live_site, django_db_blocker):
    """A coordinator, a teacher and a class of three learners at different points of the course."""
    with django_db_blocker.unblock():
        municipality = MunicipalityFactory(name="Browserkommune")
        site = LearningSiteFactory(municipality=municipality, name="Browser Sprogskole")
        teacher = UserFactory(role=User.Role.TEACHER, username="browser.teacher", password=PASSWORD)
        teacher.sites.add(site)
        coordinator = UserFactory(
            role=User.Role.COORDINATOR, username="browser.coordinator", password=PASSWORD
        )
        coordinator.municipality = municipality
        coordinator.save()
        learner_class = LearnerClass.objects.create(site=site, name="Hold Browser")
        learner_class.teachers.add(teacher)
        course = danish_course()
        today = timezone.localdate()
        learners = []
        for number, (name, hours, days_ago) in enumerate(
            [("Amal Hassan", 21, 2), ("Bohdan Kovalenko", 4, 20), ("Chiara Rossi", 0, None)]
        ):
            learner = UserFactory(role=User.Role.LEARNER, first_name=name, sites=[site])
            learner.programme_start = today - datetime.timedelta(days=40 * (number + 1))
            learner.save()
            learner_class.learners.add(learner)
            learners.append(learner)
            if hours:
                last = timezone.now() - datetime.timedelta(days=days_ago)
                CourseProgress.objects.create(
                    learner=learner,
                    course_key=course.translation_key,
                    elearning_seconds=hours * 3600,
                    mandatory_modules_total=9,
                    mandatory_modules_done=9 if hours >= 21 else 1,
                    last_activity_at=last,
                    satisfied_at=last if hours >= 21 else None,
                )
            StatusChange.objects.create(
                learner=learner, date=today - datetime.timedelta(weeks=4), status="not_started"
            )
        yield {
            "teacher": teacher,
            "coordinator": coordinator,
            "class": learner_class,
            "site": site,
            "learners": learners,
        }
        for learner in learners:
            learner.delete()
        learner_class.delete()
        teacher.delete()
        coordinator.delete()
        site.delete()
        municipality.delete()


def log_in(page, live_site, language, username):
    page.goto(f"{live_site}/{language}/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.press("input[name=password]", "Enter")
    page.wait_for_url(f"{live_site}/{language}/teach/")


def teacher_paths(classroom):
    class_id = classroom["class"].pk
    learner_id = classroom["learners"][0].pk
    return [
        "teach/",
        f"teach/classes/{class_id}/",
        f"teach/classes/{class_id}/learners/{learner_id}/",
        f"teach/classes/{class_id}/learners/new/",
        f"teach/classes/{class_id}/learners/{learner_id}/edit/",
        f"teach/classes/{class_id}/import/",
        f"teach/classes/{class_id}/cards/",
        f"teach/classes/{class_id}/sessions/new/",
        f"teach/classes/{class_id}/assignments/",
        "teach/notices/",
    ]


def coordinator_paths(classroom):
    return ["teach/overview/", f"teach/overview/sites/{classroom['site'].pk}/"]


@pytest.mark.parametrize("language", ["da", "ar"])
def test_the_teachers_pages_have_no_accessibility_violations(live_site, browser_page, classroom, language):
    log_in(browser_page, live_site, language, "browser.teacher")
    for path in teacher_paths(classroom):
        response = browser_page.goto(f"{live_site}/{language}/{path}")
        assert response.status == 200, path
        assert axe_violations(browser_page) == [], (language, path)


@pytest.mark.parametrize("language", ["da", "ar"])
def test_the_coordinators_pages_have_no_accessibility_violations(
    live_site, browser_page, classroom, language
):
    log_in(browser_page, live_site, language, "browser.coordinator")
    for path in coordinator_paths(classroom):
        response = browser_page.goto(f"{live_site}/{language}/{path}")
        assert response.status == 200, path
        assert "Browser Sprogskole" in browser_page.content()
        assert axe_violations(browser_page) == [], (language, path)


def test_the_teachers_and_coordinators_pages_fit_a_360_pixel_phone(live_site, chromium, classroom):
    for username, paths in (
        ("browser.teacher", teacher_paths(classroom)),
        ("browser.coordinator", coordinator_paths(classroom)),
    ):
        context = chromium.new_context(bypass_csp=True, viewport={"width": 360, "height": 740})
        page = context.new_page()
        try:
            log_in(page, live_site, "ar", username)
            for path in paths:
                page.goto(f"{live_site}/ar/{path}")
                assert page.evaluate("document.documentElement.scrollWidth") <= 360, path
        finally:
            context.close()
