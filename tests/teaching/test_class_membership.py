"""Learners move between classes and are taken out of them; each stay in a class stays on record,
and their minutes, results and hours go with them."""

import pytest

from accounts.models import User
from teaching.models import ClassMembership, LearnerClass
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def classes(site_a, teacher):
    first = LearnerClass.objects.create(site=site_a, name="Hold 1")
    second = LearnerClass.objects.create(site=site_a, name="Hold 2")
    for learner_class in (first, second):
        learner_class.teachers.add(teacher)
    return first, second


@pytest.fixture
def amal(classes, site_a):
    learner = UserFactory(role=User.Role.LEARNER, first_name="Amal", last_name="Saleh", sites=[site_a])
    classes[0].learners.add(learner)
    return learner


def test_a_teacher_moves_a_learner_and_the_history_shows_both_classes(client, teacher, classes, amal):
    first, second = classes
    client.force_login(teacher)

    moved = client.post(f"/en/teach/classes/{first.pk}/learners/{amal.pk}/move/", {"to_class": second.pk})

    assert moved.status_code == 302
    assert moved["Location"] == f"/en/teach/classes/{second.pk}/learners/{amal.pk}/"
    assert list(amal.learner_classes.all()) == [second]
    stays = list(ClassMembership.objects.filter(learner=amal).order_by("joined_at", "pk"))
    assert [(stay.learner_class, stay.ended, stay.moved_to) for stay in stays] == [
        (first, "moved", second),
        (second, "", None),
    ]
    assert stays[0].left_at and stays[0].ended_by == teacher and stays[1].added_by == teacher
    page = client.get(moved["Location"]).content.decode()
    assert "moved to <bdi>Hold 2</bdi>" in page and "in the class now" in page


def test_moving_to_a_class_the_teacher_cannot_see_or_an_archived_one_is_refused(
    client, teacher, classes, amal, other_site_teacher
):
    first, second = classes
    elsewhere = LearnerClass.objects.create(site=other_site_teacher.sites.get(), name="Fremmed hold")
    second.archived_at = "2026-01-01T00:00:00Z"
    second.save()
    client.force_login(teacher)

    for target in (elsewhere.pk, second.pk, "x", ""):
        response = client.post(f"/en/teach/classes/{first.pk}/learners/{amal.pk}/move/", {"to_class": target})
        assert response.status_code == 302
        assert response["Location"] == f"/en/teach/classes/{first.pk}/learners/{amal.pk}/edit/"

    assert list(amal.learner_classes.all()) == [first]
    assert ClassMembership.objects.filter(learner=amal).count() == 1


def test_a_learner_taken_out_is_still_found_and_can_be_placed_again(client, teacher, classes, amal):
    first, second = classes
    client.force_login(teacher)

    client.post(f"/en/teach/classes/{first.pk}/learners/{amal.pk}/edit/", {"remove": "1"})
    found = client.get("/en/teach/learners/?q=amal").content.decode()
    placed = client.post(f"/en/teach/learners/{amal.pk}/place/", {"to_class": second.pk})

    assert "in no class" in found and f"/en/teach/learners/{amal.pk}/place/" in found
    assert placed.status_code == 302 and list(amal.learner_classes.all()) == [second]
    stays = list(ClassMembership.objects.filter(learner=amal).order_by("joined_at", "pk"))
    assert [(stay.learner_class, stay.ended) for stay in stays] == [(first, "taken_out"), (second, "")]


def test_placing_a_learner_of_another_site_is_not_found(client, other_site_teacher, amal):
    client.force_login(other_site_teacher)
    own = LearnerClass.objects.create(site=other_site_teacher.sites.get(), name="Fremmed hold")

    response = client.post(f"/en/teach/learners/{amal.pk}/place/", {"to_class": own.pk})

    assert response.status_code == 404 and not own.learners.exists()


def test_enrolment_and_the_admin_leave_the_same_trace(teacher, classes, site_a):
    first, _second = classes
    learner = UserFactory(role=User.Role.LEARNER, sites=[site_a])

    first.learners.add(learner)
    first.learners.add(learner)  # twice: still one stay
    learner.learner_classes.clear()
    first.learners.add(learner)

    stays = list(ClassMembership.objects.filter(learner=learner).order_by("pk"))
    assert len(stays) == 2 and stays[0].left_at is not None and stays[1].left_at is None


def test_a_moved_learners_hours_are_seen_by_the_new_class(client, teacher, classes, amal):
    from progress.models import CourseProgress
    from progress.standing import danish_course

    first, second = classes
    CourseProgress.objects.create(
        learner=amal, course_key=danish_course().translation_key, elearning_seconds=5 * 3600
    )
    client.force_login(teacher)

    client.post(f"/en/teach/classes/{first.pk}/learners/{amal.pk}/move/", {"to_class": second.pk})
    dashboard = client.get(f"/en/teach/classes/{second.pk}/").content.decode()

    assert "Amal" in dashboard and "5" in dashboard


def test_the_migration_opens_a_stay_for_every_learner_in_a_class(site_a):
    """What `teaching/0003` does for classes made before the history existed."""
    from importlib import import_module

    from django.apps import apps

    learner_class = LearnerClass.objects.create(site=site_a, name="Gammelt hold")
    old = UserFactory(role=User.Role.LEARNER, sites=[site_a])
    LearnerClass.learners.through.objects.create(learnerclass=learner_class, user=old)  # no signal
    assert not ClassMembership.objects.filter(learner=old).exists()

    migration = import_module("teaching.migrations.0003_class_memberships")
    migration.open_memberships_for_current_learners(apps, None)

    stay = ClassMembership.objects.get(learner=old)
    assert stay.learner_class == learner_class and stay.joined_at == old.date_joined and stay.left_at is None
