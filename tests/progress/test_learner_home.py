"""My course: hours, deadline, modules, assignments, and where to continue."""

import datetime

import time_machine
from wagtail.models import Locale

from courses.models import ModulePage, RoleModelIndexPage
from teaching.models import Assignment, LearnerClass
from tests.learning import track


def test_an_anonymous_visitor_is_sent_to_the_login(client):
    response = client.get("/da/my-course/")

    assert response.status_code == 302
    assert response["Location"].startswith("/da/login/")


def test_a_new_learner_sees_every_module_no_hours_and_a_button_to_start(client, learner):
    client.force_login(learner)

    response = client.get("/en/my-course/")

    assert response.status_code == 200
    body = response.content.decode()
    assert "0.0 of 20 hours" in body
    assert "Start the course" in body
    modules = ModulePage.objects.live().filter(locale=Locale.objects.get(language_code="en"))
    for module in modules:
        assert module.title in body
    assert body.count("<progress") == modules.count()


@time_machine.travel(datetime.datetime(2026, 3, 1, 12, tzinfo=datetime.UTC))
def test_it_shows_the_deadline_and_the_days_left(client, learner):
    learner.programme_start = datetime.date(2026, 1, 15)
    learner.save()
    client.force_login(learner)

    response = client.get("/en/my-course/")

    body = response.content.decode()
    assert "July 15, 2026" in body
    assert "136 days left" in body


@time_machine.travel(datetime.datetime(2026, 9, 1, 12, tzinfo=datetime.UTC))
def test_it_says_when_the_deadline_has_passed(client, learner):
    learner.programme_start = datetime.date(2026, 1, 15)
    learner.save()
    client.force_login(learner)

    assert "the deadline has passed" in client.get("/en/my-course/").content.decode()


def test_it_shows_credited_hours_and_continues_with_the_lesson_last_studied(client, learner, quiz_lesson):
    client.force_login(learner)
    for _ in range(6):
        track(client, quiz_lesson, {"type": "time", "seconds": 300})

    response = client.get("/en/my-course/")

    body = response.content.decode()
    assert "0.5 of 20 hours" in body
    assert "Continue where you left off" in body
    english = quiz_lesson.get_translation(Locale.objects.get(language_code="en"))
    assert english.url in body


def assign_first_module(site, member):
    """A class at `site` with `member` in it, asked to finish the first module by 1 May 2030."""
    module = ModulePage.objects.live().filter(locale=Locale.get_default()).first()
    learner_class = LearnerClass.objects.create(site=site, name=f"Hold {member.pk}")
    learner_class.learners.add(member)
    Assignment.objects.create(
        learner_class=learner_class, module_key=module.translation_key, due_date="2030-05-01"
    )
    return module


def test_it_lists_the_teachers_assignments_with_due_dates(client, learner, site_a):
    module = assign_first_module(site_a, learner)
    client.force_login(learner)

    body = client.get("/en/my-course/").content.decode()

    english = module.get_translation(Locale.objects.get(language_code="en"))
    assert "From your teacher" in body
    assert english.title in body
    assert "Finish by May 1, 2030" in body


def test_another_classes_assignments_are_not_shown(client, learner, other_learner, site_a):
    assign_first_module(site_a, other_learner)
    client.force_login(learner)

    assert "From your teacher" not in client.get("/en/my-course/").content.decode()


def test_in_arabic_the_page_is_right_to_left_with_arabic_module_titles(client, learner):
    client.force_login(learner)

    response = client.get("/ar/my-course/")

    body = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl">' in body
    arabic = ModulePage.objects.live().filter(locale=Locale.objects.get(language_code="ar")).first()
    assert arabic.title in body


def test_the_role_model_stories_are_one_click_away(client, learner):
    client.force_login(learner)

    body = client.get("/en/my-course/").content.decode()

    stories = RoleModelIndexPage.objects.live().get(locale__language_code="en")
    assert f'href="{stories.url}"' in body
    assert "Stories of people who made it in Denmark" in body
