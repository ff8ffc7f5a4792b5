"""A municipality builds its structure in the teachers' pages: coordinators keep sites, teachers and
coordinators make classes, and a class that has ended is archived, not deleted."""

import datetime

import pytest
from django.utils import translation

from accounts.models import LearningSite, User
from reports import coordinator as overview
from teaching.access import visible_classes
from teaching.models import LearnerClass
from tests.factories import LearningSiteFactory, UserFactory

pytestmark = pytest.mark.django_db


def class_fields(site, **extra):
    return {
        "name": "Hold 3 tirsdag",
        "site": site.pk,
        "language": "da",
        "starts_on": "2026-08-01",
        "ends_on": "2026-12-18",
        **extra,
    }


def errors_of(response):
    return {name: list(errors) for name, errors in response.context["form"].errors.items()}


def test_a_teacher_makes_a_class_at_their_site_and_teaches_it(client, teacher, site_a):
    client.force_login(teacher)

    form = client.get("/en/teach/classes/new/")
    response = client.post("/en/teach/classes/new/", class_fields(site_a, teachers=[teacher.pk]))

    made = LearnerClass.objects.get(name="Hold 3 tirsdag")
    assert form.status_code == 200
    assert f'name="teachers" value="{teacher.pk}" id="id_teachers_0" checked' in form.content.decode()
    assert response.status_code == 302 and response["Location"] == f"/en/teach/classes/{made.pk}/"
    assert (made.site, made.language, str(made.starts_on), str(made.ends_on)) == (
        site_a,
        "da",
        "2026-08-01",
        "2026-12-18",
    )
    assert list(made.teachers.all()) == [teacher]


def test_a_teacher_cannot_make_a_class_at_a_site_that_is_not_theirs(client, teacher, other_site_teacher):
    elsewhere = other_site_teacher.sites.get()
    client.force_login(teacher)

    response = client.post("/en/teach/classes/new/", class_fields(elsewhere))

    assert response.status_code == 200
    assert "site" in errors_of(response)
    assert not LearnerClass.objects.exists()


def test_a_coordinator_makes_a_class_at_any_site_of_the_municipality_with_its_teachers(
    client, coordinator, teacher, site_a
):
    second = LearningSiteFactory(municipality=site_a.municipality, name="Bibliotek Øst")
    colleague = UserFactory(role=User.Role.TEACHER, sites=[second], first_name="Birgitte")
    client.force_login(coordinator)

    form = client.get("/en/teach/classes/new/").content.decode()
    client.post("/en/teach/classes/new/", class_fields(second, teachers=[colleague.pk, teacher.pk]))

    assert "Bibliotek Øst" in form and "Birgitte" in form
    made = LearnerClass.objects.get()
    assert made.site == second
    assert set(made.teachers.all()) == {colleague, teacher}


@pytest.mark.parametrize(
    ("extra", "field", "message"),
    [
        ({"ends_on": "2026-07-01"}, "ends_on", "The last day comes before the first day."),
        ({"name": ""}, "name", "Give the class a name, e.g. “Hold 3 tirsdag”."),
        ({"name": "hold alfa"}, "name", "This site already has a class with that name."),
        ({"language": "xx"}, "language", None),
    ],
)
def test_a_class_that_cannot_be_made_says_why(client, teacher, site_a, extra, field, message):
    LearnerClass.objects.create(site=site_a, name="Hold Alfa")
    client.force_login(teacher)

    response = client.post("/en/teach/classes/new/", class_fields(site_a, **extra))

    assert response.status_code == 200
    assert field in errors_of(response)
    if message:
        assert errors_of(response)[field] == [message]
    assert LearnerClass.objects.count() == 1


def test_a_teacher_without_a_site_is_told_to_ask_the_coordinator(client, db):
    loner = UserFactory(role=User.Role.TEACHER)
    client.force_login(loner)

    response = client.get("/en/teach/classes/new/", follow=True)

    assert response.redirect_chain[-1][0] == "/en/teach/"
    assert "ask your coordinator to add you to one" in response.content.decode()


def test_a_class_is_edited_and_its_teachers_changed(client, teacher, coordinator, site_a, learner_class):
    client.force_login(coordinator)

    client.post(
        f"/en/teach/classes/{learner_class.pk}/settings/",
        class_fields(site_a, name="Hold Alfa (aften)", language="ar", teachers=[teacher.pk]),
    )

    learner_class.refresh_from_db()
    assert (learner_class.name, learner_class.language) == ("Hold Alfa (aften)", "ar")
    assert list(learner_class.teachers.all()) == [teacher]


def test_an_archived_class_leaves_the_daily_pages_but_not_the_reports(
    client, teacher, coordinator, learner_class, learner, site_a
):
    learner_class.learners.add(learner)
    client.force_login(teacher)

    client.post(f"/en/teach/classes/{learner_class.pk}/archive/")

    learner_class.refresh_from_db()
    daily = client.get("/en/teach/").content.decode()
    archived = client.get("/en/teach/?archived=1").content.decode()
    assert learner_class.archived_at is not None
    assert learner_class.name not in daily and "Show 1 archived class" in daily
    assert learner_class.name in archived
    assert learner_class in visible_classes(teacher)
    assert learner in learner_class.learners.all()
    assert client.get(f"/en/teach/classes/{learner_class.pk}/").status_code == 200
    figures = overview.overview(coordinator, datetime.date.today())
    assert sum(figures.total.tally.values()) == 1

    client.post(f"/en/teach/classes/{learner_class.pk}/archive/", {"restore": "1"})

    learner_class.refresh_from_db()
    assert learner_class.archived_at is None
    assert learner_class.name in client.get("/en/teach/").content.decode()


def test_a_coordinator_adds_and_edits_the_sites_of_the_municipality(client, coordinator, site_a):
    client.force_login(coordinator)

    client.post("/en/teach/sites/new/", {"name": "Vejle Bibliotek", "kind": "library"})
    made = LearningSite.objects.get(name="Vejle Bibliotek")
    duplicate = client.post("/en/teach/sites/new/", {"name": "vejle bibliotek", "kind": "library"})
    client.post(f"/en/teach/sites/{made.pk}/", {"name": "Vejle Hovedbibliotek", "kind": "library"})

    made.refresh_from_db()
    assert made.municipality == site_a.municipality and made.name == "Vejle Hovedbibliotek"
    assert errors_of(duplicate) == {"name": ["Your municipality already has a site with that name."]}
    listed = client.get("/en/teach/sites/").content.decode()
    assert "Vejle Hovedbibliotek" in listed and site_a.name in listed


def test_a_teacher_sees_their_sites_but_only_the_coordinator_keeps_them(client, teacher, site_a):
    client.force_login(teacher)

    listed = client.get("/en/teach/sites/").content.decode()
    adding = client.get("/en/teach/sites/new/")
    editing = client.get(f"/en/teach/sites/{site_a.pk}/")

    assert site_a.name in listed and "/en/teach/sites/new/" not in listed
    assert adding.status_code == 302 and not LearningSite.objects.exclude(pk=site_a.pk).exists()
    assert editing.status_code == 403


def test_the_pages_speak_the_teachers_language(client, teacher, site_a):
    client.force_login(teacher)

    html = client.get("/ar/teach/classes/new/").content.decode()

    assert '<html lang="ar" dir="rtl">' in html
    with translation.override("ar"):
        assert translation.gettext("Make the class") in html


def test_the_administrator_finds_municipalities_sites_and_classes_in_the_admin(client, learner_class, db):
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)

    for model in ("municipality", "learningsite", "learnerclass"):
        app = "teaching" if model == "learnerclass" else "accounts"
        response = client.get(f"/admin/snippets/{app}/{model}/")
        assert response.status_code == 200, model
    assert learner_class.name in client.get("/admin/snippets/teaching/learnerclass/").content.decode()


def test_a_teacher_finds_a_learner_by_name_or_user_name_across_their_sites(
    client, teacher, learner_class, site_a, other_site_teacher
):
    second = LearnerClass.objects.create(site=site_a, name="Hold Beta")
    second.teachers.add(teacher)
    zarifa = UserFactory(role=User.Role.LEARNER, first_name="Zarifa", last_name="Amiri", sites=[site_a])
    learner_class.learners.add(zarifa)
    UserFactory(role=User.Role.LEARNER, first_name="Zarifa", last_name="Noor", sites=[site_a])  # in no class
    elsewhere = other_site_teacher.sites.get()
    stranger = UserFactory(
        role=User.Role.LEARNER, first_name="Zarifa", last_name="Fremmed", sites=[elsewhere]
    )
    LearnerClass.objects.create(site=elsewhere, name="Hold Gamma").learners.add(stranger)
    client.force_login(teacher)

    by_name = client.get("/en/teach/learners/", {"q": "  zarifa   AMIRI "})
    by_user_name = client.get("/en/teach/learners/", {"q": zarifa.username})
    everyone = client.get("/en/teach/learners/", {"q": "Zarifa"}).content.decode()

    assert [learner for learner, _classes in by_name.context["found"]] == [zarifa]
    assert by_name.context["found"][0][1] == [(learner_class.pk, learner_class.name)]
    assert f"/en/teach/classes/{learner_class.pk}/learners/{zarifa.pk}/" in by_name.content.decode()
    assert [learner for learner, _classes in by_user_name.context["found"]] == [zarifa]
    assert "Noor" in everyone and "in no class" in everyone
    assert "Fremmed" not in everyone and "Hold Gamma" not in everyone


def test_a_teacher_of_another_site_finds_nobody_here(client, other_site_teacher, learner_class, site_a):
    learner_class.learners.add(UserFactory(role=User.Role.LEARNER, first_name="Zarifa", sites=[site_a]))
    client.force_login(other_site_teacher)

    response = client.get("/en/teach/learners/", {"q": "Zarifa"})

    assert response.status_code == 200 and response.context["found"] == []
    assert "No learner at your sites matches" in response.content.decode()
