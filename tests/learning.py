"""Helpers for tests about learning: demo lessons, lesson events, study time as it passes."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Locale

from lessons.models import LessonPage


def lesson_with(block_type, *, without=None, last=False):
    """A live Danish demo lesson that has (or, with `without`, lacks) a block of a type."""
    lessons = LessonPage.objects.live().filter(locale=Locale.get_default())
    for lesson in lessons.order_by("-path" if last else "path"):
        types = {block.block_type for block in lesson.body}
        if (block_type is None or block_type in types) and (without is None or without not in types):
            return lesson
    raise AssertionError(f"no demo lesson with {block_type} and without {without}")


@pytest.fixture
def quiz_lesson(db):
    return lesson_with("quiz")


@pytest.fixture
def plain_lesson(db):
    """A demo lesson with its quizzes taken out: nothing is required to complete it."""
    lesson = lesson_with("quiz", last=True)
    lesson.body = [dict(block) for block in lesson.body.raw_data if block["type"] != "quiz"]
    lesson.save_revision().publish()
    return lesson


def track(client, lesson, body, language="da", *, elapsed=True):
    """Post a lesson event. A time report comes, as from a lesson page, after its seconds have passed
    on the server's clock (`elapsed`); `elapsed=False` sends it without waiting."""
    learner_id = client.session.get("_auth_user_id")
    timed = isinstance(body, dict) and body.get("type") == "time" and isinstance(body.get("seconds"), int)
    if timed and elapsed and learner_id:
        let_time_pass(int(learner_id), body["seconds"])
    return client.post(
        f"/{language}/my-course/lessons/{lesson.translation_key}/events",
        body,
        content_type="application/json",
    )


@pytest.fixture
def other_learner(site_a):
    from accounts.models import User
    from tests.factories import UserFactory

    return UserFactory(role=User.Role.LEARNER, sites=[site_a])


@pytest.fixture
def course(db):
    """The Danish course page: its required hours and months are the rules everywhere."""
    from courses.models import CoursePage

    return CoursePage.objects.live().get(locale=Locale.get_default())


@pytest.fixture
def learner_class(site_a, teacher):
    """A class at site A, taught by `teacher`."""
    from teaching.models import LearnerClass

    learner_class = LearnerClass.objects.create(site=site_a, name="Dansk 2, hold B")
    learner_class.teachers.add(teacher)
    return learner_class


def let_time_pass(learner_id, seconds):
    """As if the learner had studied for `seconds` since their last credited report."""
    from progress.models import StudyClock

    StudyClock.objects.update_or_create(
        learner_id=learner_id,
        defaults={"credited_until": timezone.now() - datetime.timedelta(seconds=seconds)},
    )


def spend(learner, lesson, title, seconds, language="da"):
    """Time on a lesson as its page reports it (reports of at most five minutes), as time passes."""
    from progress import services

    while seconds > 0:
        report = min(seconds, 300)
        let_time_pass(learner.pk, report)
        services.record_time(learner, lesson, title, language, report)
        seconds -= report
