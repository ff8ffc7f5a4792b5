"""Assigning modules to a class with due dates; learners see them on their home page."""

import datetime

import pytest
import time_machine
from wagtail.models import Locale

from courses.models import ModulePage
from teaching.models import Assignment, LearnerClass
from tests.factories import LearningSiteFactory

TODAY = datetime.datetime(2026, 6, 1, 12, tzinfo=datetime.UTC)


@pytest.fixture
def learner_class(site_a, teacher, learner):
    learner_class = LearnerClass.objects.create(site=site_a, name="Dansk 4")
    learner_class.teachers.add(teacher)
    learner_class.learners.add(learner)
    return learner_class


@pytest.fixture
def module():
    return ModulePage.objects.live().filter(locale=Locale.get_default()).order_by("path").first()


def url(learner_class):
    return f"/en/teach/classes/{learner_class.pk}/assignments/"


@time_machine.travel(TODAY)
def test_a_teacher_assigns_a_module_and_the_learner_sees_it(client, teacher, learner, learner_class, module):
    client.force_login(teacher)

    response = client.post(url(learner_class), {"module": module.translation_key, "due_date": "2026-07-01"})

    assert response.status_code == 302
    assignment = Assignment.objects.get()
    assert (assignment.module_key, assignment.due_date) == (module.translation_key, datetime.date(2026, 7, 1))
    assert assignment.created_by == teacher
    client.force_login(learner)
    assert "Finish by July 1, 2026" in client.get("/en/my-course/").content.decode()


@time_machine.travel(TODAY)
def test_assigning_a_module_again_moves_its_due_date(client, teacher, learner_class, module):
    client.force_login(teacher)
    client.post(url(learner_class), {"module": module.translation_key, "due_date": "2026-07-01"})

    client.post(url(learner_class), {"module": module.translation_key, "due_date": "2026-08-01"})

    assert list(Assignment.objects.values_list("due_date", flat=True)) == [datetime.date(2026, 8, 1)]


@time_machine.travel(TODAY)
@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"due_date": "2026-05-31"}, "due_date"),
        ({"due_date": "soon"}, "due_date"),
        ({"module": "00000000-0000-0000-0000-000000000000"}, "module"),
    ],
)
def test_a_wrong_assignment_is_refused_with_a_field_error(
    client, teacher, learner_class, module, data, field
):
    client.force_login(teacher)

    response = client.post(
        url(learner_class), {"module": module.translation_key, "due_date": "2026-07-01"} | data
    )

    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not Assignment.objects.exists()


def test_a_teacher_removes_an_assignment_but_not_another_classes(client, teacher, learner_class, module):
    other = LearnerClass.objects.create(site=LearningSiteFactory(name="Andet sted"), name="Fremmed hold")
    theirs = Assignment.objects.create(
        learner_class=other, module_key=module.translation_key, due_date="2030-01-01"
    )
    ours = Assignment.objects.create(
        learner_class=learner_class, module_key=module.translation_key, due_date="2030-01-01"
    )
    client.force_login(teacher)

    client.post(url(learner_class), {"remove": theirs.pk})
    assert Assignment.objects.filter(pk=theirs.pk).exists()
    client.post(url(learner_class), {"remove": ours.pk})
    assert not Assignment.objects.filter(pk=ours.pk).exists()


def test_a_teacher_of_another_site_is_refused(client, other_site_teacher, learner_class, module):
    client.force_login(other_site_teacher)

    assert client.get(url(learner_class)).status_code == 404
    assert (
        client.post(
            url(learner_class), {"module": module.translation_key, "due_date": "2030-01-01"}
        ).status_code
        == 404
    )
    assert not Assignment.objects.exists()


def test_a_learner_is_refused(client, learner, learner_class):
    client.force_login(learner)

    assert client.get(url(learner_class)).status_code == 403


def test_an_anonymous_visitor_is_sent_to_the_login(client, learner_class):
    assert client.get(url(learner_class))["Location"].startswith("/en/login/")
