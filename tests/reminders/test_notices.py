"""The teachers' notices page: their own notices, newest first, marked read; strangers refused."""

import datetime

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import timezone, translation

from reminders.models import Notice
from teaching.models import LearnerClass
from tests.factories import UserFactory

DAY = datetime.date(2026, 6, 1)


@pytest.fixture
def learner_class(site_a, teacher, learner):
    learner.first_name = "Bohdan"
    learner.save()
    learner_class = LearnerClass.objects.create(site=site_a, name="Dansk 2, hold B")
    learner_class.teachers.add(teacher)
    learner_class.learners.add(learner)
    return learner_class


def notice(recipient, kind, learner_class, learner=None, **fields):
    data = {"hours": 3.5, "required_hours": 20} if learner else {"counts": {"at_risk": 2, "on_track": 5}}
    return Notice.objects.create(
        recipient=recipient,
        kind=kind,
        learner=learner,
        learner_class=learner_class,
        day=fields.pop("day", DAY),
        data=data,
        **fields,
    )


@pytest.fixture
def notices(teacher, learner, learner_class):
    older = notice(teacher, "weekly_digest", learner_class, read_at=timezone.now())
    newer = notice(teacher, "at_risk", learner_class, learner)
    return [newer, older]


def test_it_lists_the_teachers_own_notices_newest_first(client, teacher, coordinator, notices, learner_class):
    notice(coordinator, "overdue", learner_class, UserFactory(first_name="Someone"))
    client.force_login(teacher)

    response = client.get("/en/teach/notices/")

    assert response.status_code == 200
    assert list(response.context["notices"]) == notices
    assert response.context["unread"] == 1
    body = response.content.decode()
    assert "Bohdan is at risk of not finishing in time: 3.5 of 20 hours." in body
    assert "Weekly summary of Dansk 2, hold B: 0 overdue, 2 at risk, 0 not started, 5 on track" in body
    assert f'href="/en/teach/classes/{learner_class.pk}/"' in body
    assert body.count('class="unread') == 1
    assert "1 new notice" in body
    assert "Someone" not in body


def test_the_text_is_in_the_readers_language(client, teacher, notices):
    client.force_login(teacher)

    body = client.get("/da/teach/notices/").content.decode()

    assert "3,5" in body  # the Danish decimal comma
    assert 'href="/da/teach/classes/' in body


def test_marking_all_read(client, teacher, coordinator, notices, learner_class, learner):
    someone_elses = notice(coordinator, "at_risk", learner_class, learner)
    client.force_login(teacher)

    response = client.post("/en/teach/notices/read/")

    assert response.status_code == 302
    assert response["Location"] == "/en/teach/notices/"
    assert not Notice.objects.filter(recipient=teacher, read_at__isnull=True).exists()
    assert Notice.objects.get(pk=someone_elses.pk).read_at is None
    body = client.get("/en/teach/notices/").content.decode()
    assert 'class="unread' not in body
    assert "Mark all as read" not in body


def test_marking_read_needs_a_post(client, teacher, notices):
    client.force_login(teacher)

    response = client.get("/en/teach/notices/read/")

    assert response.status_code == 405
    assert Notice.objects.filter(recipient=teacher, read_at__isnull=True).count() == 1


def test_a_teacher_without_notices_is_told_what_they_will_get(client, teacher):
    client.force_login(teacher)

    response = client.get("/en/teach/notices/")

    assert response.status_code == 200
    assert "You have no notices." in response.content.decode()


@pytest.mark.parametrize("url", ["/en/teach/notices/", "/en/teach/notices/read/"])
def test_strangers_are_refused(client, learner, url, notices):
    response = client.post(url) if url.endswith("read/") else client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/login/")

    client.force_login(learner)
    response = client.post(url) if url.endswith("read/") else client.get(url)
    assert response.status_code == 403
    assert Notice.objects.filter(read_at__isnull=True).count() == 1


def test_the_summary_shows_the_count_and_the_latest_unread_notices(teacher, notices):
    request = RequestFactory().get("/en/teach/")
    request.user = teacher
    template = Template("{% load notice_tags %}{% notices_summary %}")

    with translation.override("en"):
        html = template.render(Context({"request": request}))

    assert "1 new notice" in html
    assert "Bohdan is at risk" in html
    assert "Weekly summary" not in html  # read already
    assert 'href="/en/teach/notices/"' in html
