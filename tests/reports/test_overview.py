"""The coordinators' overview: figures per site, class and language group, the trend, and who sees what."""

import datetime

import pytest
import time_machine

from accounts.models import LearningSite, User
from progress.models import CourseProgress, StatusChange
from progress.standing import class_rows
from reports.coordinator import site_learners
from teaching.models import LearnerClass
from tests.factories import LearningSiteFactory, MunicipalityFactory, UserFactory

TODAY = datetime.datetime(2026, 6, 1, 12, tzinfo=datetime.UTC)
PASSED = datetime.date(2025, 10, 1)  # deadline 1 April 2026: passed
RECENT = datetime.date(2026, 3, 1)  # deadline 1 September 2026


def at(day):
    return datetime.datetime.combine(day, datetime.time(10), tzinfo=datetime.UTC)


def enrol(place, course, name, *, start, language="da", hours=0, active_days_ago=None, satisfied_on=None):
    """A learner in a class (or, given a site, enrolled at it without a class), with their progress."""
    site = place if isinstance(place, LearningSite) else place.site
    learner = UserFactory(
        role=User.Role.LEARNER,
        first_name=name,
        preferred_language=language,
        programme_start=start,
        sites=[site],
    )
    if isinstance(place, LearnerClass):
        place.learners.add(learner)
    if hours or active_days_ago is not None or satisfied_on:
        last = TODAY - datetime.timedelta(days=active_days_ago or 0)
        CourseProgress.objects.create(
            learner=learner,
            course_key=course.translation_key,
            elearning_seconds=hours * 3600,
            classroom_seconds=3600 if hours > 2 else 0,
            last_activity_at=last,
            satisfied_at=at(satisfied_on) if satisfied_on else None,
        )
    return learner


def history(learner, *changes):
    for day, status in changes:
        StatusChange.objects.create(learner=learner, date=day, status=status)


@pytest.fixture
def municipality_world(site_a, course):
    return build_world(site_a, course)


def build_world(site_a, course):
    """Two sites of the municipality (a class each, one learner in no class), and another municipality."""
    school = LearnerClass.objects.create(site=site_a, name="Dansk 1")
    library = LearningSiteFactory(
        name="Vejle Bibliotek", municipality=site_a.municipality, kind=LearningSite.Kind.LIBRARY
    )
    reading = LearnerClass.objects.create(site=library, name="Læsecafé")
    people = {
        "Amal": enrol(
            school,
            course,
            "Amal",
            start=PASSED,
            language="ar",
            hours=21,
            satisfied_on=datetime.date(2026, 3, 15),
        ),
        "Bohdan": enrol(
            school,
            course,
            "Bohdan",
            start=PASSED,
            language="uk",
            hours=20,
            satisfied_on=datetime.date(2026, 5, 10),
        ),
        "Chiara": enrol(
            school,
            course,
            "Chiara",
            start=datetime.date(2025, 11, 1),
            language="en",
            hours=5,
            active_days_ago=40,
        ),
        "Dawit": enrol(school, course, "Dawit", start=RECENT, language="ar", hours=1, active_days_ago=20),
        "Ewa": enrol(school, course, "Ewa", start=RECENT),
        "Farah": enrol(reading, course, "Farah", start=RECENT, language="ar", hours=12, active_days_ago=1),
        "Goran": enrol(
            library,
            course,
            "Goran",
            start=datetime.date(2025, 9, 1),
            hours=20,
            satisfied_on=datetime.date(2026, 2, 1),
        ),
    }
    elsewhere = LearningSiteFactory(
        name="Fjernt Sprogcenter", municipality=MunicipalityFactory(name="Anden Kommune")
    )
    far_class = LearnerClass.objects.create(site=elsewhere, name="Fjernt hold")
    people["Zora"] = enrol(far_class, course, "Zora", start=PASSED, hours=2, active_days_ago=90)
    return {
        "school": school,
        "library": library,
        "reading": reading,
        "elsewhere": elsewhere,
        "people": people,
    }


def by_label(groups):
    return {str(figures.label): figures for figures in groups}


@time_machine.travel(TODAY)
def test_the_coordinator_sees_each_site_of_the_municipality_with_its_figures(
    client, coordinator, municipality_world
):
    client.force_login(coordinator)

    response = client.get("/en/teach/overview/")

    assert response.status_code == 200
    [section] = response.context["overview"].municipalities
    sites = by_label(section.sites)
    assert list(sites) == ["Sprogcenter A", "Vejle Bibliotek"]
    school = sites["Sprogcenter A"]
    assert (school.learners, school.completed, school.on_track) == (5, 2, 0)
    assert (school.at_risk, school.overdue, school.not_started) == (1, 1, 1)
    # Amal met it before her deadline, Bohdan after his, Chiara not at all: 1 of 3 decided.
    assert (school.on_time, school.decided) == (1, 3)
    assert round(school.on_time_percent) == 33
    library = sites["Vejle Bibliotek"]
    assert (library.learners, library.on_track, library.on_time, library.decided) == (2, 1, 1, 1)
    assert (section.total.learners, section.total.on_time, section.total.decided) == (7, 2, 4)
    body = response.content.decode()
    assert f'href="/en/teach/overview/sites/{site_a_pk(coordinator)}/"' in body
    assert "33 %" in body and "1 of 3" in body and "50 %" in body
    assert "Library" in body
    assert "the share who met the requirement on or before their deadline" in body


def site_a_pk(user):
    return LearningSite.objects.get(name="Sprogcenter A", municipality=user.municipality).pk


@time_machine.travel(TODAY)
def test_it_counts_language_groups_by_preferred_language_named_in_the_interface_language(
    client, coordinator, municipality_world
):
    client.force_login(coordinator)

    response = client.get("/en/teach/overview/")

    languages = by_label(response.context["overview"].languages)
    assert list(languages) == ["Arabic", "Danish", "English", "Ukrainian"]
    arabic = languages["Arabic"]
    assert (arabic.learners, arabic.completed, arabic.at_risk, arabic.on_track) == (3, 1, 1, 1)
    assert (arabic.on_time, arabic.decided) == (1, 1)
    assert (languages["Ukrainian"].on_time, languages["Ukrainian"].decided) == (0, 1)
    assert languages["English"].overdue == 1
    assert response.context["overview"].total.learners == 7
    assert "Zora" not in response.content.decode()
    danish_names = by_label(client.get("/da/teach/overview/").context["overview"].languages)
    assert "arabisk" in {name.lower() for name in danish_names}


@time_machine.travel(TODAY)
def test_a_learner_without_a_start_date_is_counted_but_not_in_the_deadline_share(
    client, coordinator, municipality_world, course
):
    enrol(
        municipality_world["school"],
        course,
        "Hana",
        start=None,
        hours=20,
        satisfied_on=datetime.date(2026, 5, 1),
    )
    client.force_login(coordinator)

    [section] = client.get("/en/teach/overview/").context["overview"].municipalities

    school = by_label(section.sites)["Sprogcenter A"]
    assert (school.learners, school.completed) == (6, 3)
    assert (school.on_time, school.decided) == (1, 3)


@time_machine.travel(TODAY)
def test_a_learner_in_classes_at_two_sites_counts_at_both_and_once_in_the_total(
    client, coordinator, municipality_world
):
    municipality_world["reading"].learners.add(municipality_world["people"]["Ewa"])
    client.force_login(coordinator)

    overview = client.get("/en/teach/overview/").context["overview"]

    sites = by_label(overview.municipalities[0].sites)
    assert (sites["Sprogcenter A"].learners, sites["Vejle Bibliotek"].learners) == (5, 3)
    assert overview.municipalities[0].total.learners == 7
    assert overview.total.learners == 7


@time_machine.travel(TODAY)
def test_the_trend_follows_the_status_history(client, coordinator, municipality_world):
    people = municipality_world["people"]
    history(
        people["Amal"], (datetime.date(2026, 1, 5), "on_track"), (datetime.date(2026, 3, 15), "completed")
    )
    history(
        people["Dawit"], (datetime.date(2026, 3, 10), "on_track"), (datetime.date(2026, 5, 20), "at_risk")
    )
    history(people["Chiara"], (datetime.date(2026, 3, 20), "at_risk"), (datetime.date(2026, 5, 2), "overdue"))
    client.force_login(coordinator)

    response = client.get("/en/teach/overview/")

    school = by_label(response.context["overview"].municipalities[0].sites)["Sprogcenter A"]
    trend = school.trend
    assert len(trend) == 12
    assert (trend[0].day, trend[-1].day) == (datetime.date(2026, 3, 16), datetime.date(2026, 6, 1))
    # 16 March: Amal completed, Dawit on track, Chiara not recorded yet.
    assert (trend[0].learners, trend[0].behind_percent, trend[0].completed_percent) == (2, 0, 50)
    # 1 June: Chiara overdue, Dawit at risk, Amal completed.
    assert trend[-1].learners == 3
    assert round(trend[-1].behind_percent) == 67
    library = by_label(response.context["overview"].municipalities[0].sites)["Vejle Bibliotek"]
    assert all(point.learners == 0 for point in library.trend)
    body = response.content.decode()
    assert 'role="img" aria-label="At risk or overdue: 0 % → 67 %. Completed: 50 % → 33 %."' in body
    assert "No status history yet." in body


@time_machine.travel(TODAY)
def test_the_site_page_shows_each_class_and_links_to_its_dashboard(client, coordinator, municipality_world):
    library = municipality_world["library"]
    client.force_login(coordinator)

    response = client.get(f"/en/teach/overview/sites/{library.pk}/")

    assert response.status_code == 200
    classes = by_label(response.context["overview"].classes)
    assert list(classes) == ["Læsecafé", "Not in a class"]
    assert (classes["Læsecafé"].learners, classes["Læsecafé"].on_track) == (1, 1)
    assert (classes["Not in a class"].learners, classes["Not in a class"].completed) == (1, 1)
    assert response.context["overview"].total.learners == 2
    assert set(by_label(response.context["overview"].languages)) == {"Arabic", "Danish"}
    body = response.content.decode()
    assert f'href="/en/teach/classes/{municipality_world["reading"].pk}/"' in body
    assert f'href="/en/teach/overview/sites/{library.pk}/export.csv"' in body
    assert "Vejle Bibliotek" in body


@time_machine.travel(TODAY)
def test_every_learner_has_the_same_status_and_deadline_as_on_the_class_dashboard(municipality_world):
    school = municipality_world["school"]
    today = TODAY.date()

    dashboard = {row.learner.pk: (row.status, row.deadline, row.hours) for row in class_rows(school, today)}
    overview = {
        entry.facts.pk: (entry.facts.status, entry.facts.deadline, entry.facts.hours)
        for entry in site_learners(school.site, today)
    }

    assert overview == dashboard
    assert len({status for status, _deadline, _hours in overview.values()}) == 4


def test_the_teachers_page_links_to_the_overview(client, teacher):
    client.force_login(teacher)

    assert 'href="/en/teach/overview/"' in client.get("/en/teach/").content.decode()


@time_machine.travel(TODAY)
def test_a_teacher_sees_only_their_own_sites(client, teacher, municipality_world):
    client.force_login(teacher)

    response = client.get("/en/teach/overview/")

    [section] = response.context["overview"].municipalities
    assert [str(figures.label) for figures in section.sites] == ["Sprogcenter A"]
    assert response.context["overview"].total.learners == 5
    body = response.content.decode()
    assert "Vejle Bibliotek" not in body
    assert "Only the sites you belong to are shown." in body
    assert client.get(f"/en/teach/overview/sites/{municipality_world['library'].pk}/").status_code == 404
    assert client.get(f"/en/teach/overview/sites/{teacher.sites.get().pk}/").status_code == 200


@time_machine.travel(TODAY)
def test_a_coordinator_of_another_municipality_sees_nothing_of_this_one(client, municipality_world):
    stranger = UserFactory(
        role=User.Role.COORDINATOR, municipality=municipality_world["elsewhere"].municipality
    )
    client.force_login(stranger)

    response = client.get("/en/teach/overview/")

    assert response.status_code == 200
    assert [section.municipality.name for section in response.context["overview"].municipalities] == [
        "Anden Kommune"
    ]
    assert response.context["overview"].total.learners == 1
    body = response.content.decode()
    assert "Sprogcenter A" not in body and "Vejle Bibliotek" not in body
    assert client.get(f"/en/teach/overview/sites/{municipality_world['library'].pk}/").status_code == 404


@time_machine.travel(TODAY)
def test_a_superuser_sees_every_municipality(client, superuser, municipality_world):
    client.force_login(superuser)

    names = [
        section.municipality.name
        for section in client.get("/en/teach/overview/").context["overview"].municipalities
    ]

    assert "Anden Kommune" in names
    assert municipality_world["library"].municipality.name in names


def test_a_coordinator_without_a_municipality_sees_no_sites(client, municipality_world):
    client.force_login(UserFactory(role=User.Role.COORDINATOR))

    response = client.get("/en/teach/overview/")

    assert response.status_code == 200
    assert response.context["overview"].total.learners == 0
    assert "There are no sites for you to see." in response.content.decode()


PAGES = ["/en/teach/overview/", "/en/teach/overview/sites/{pk}/"]


@pytest.mark.parametrize("path", PAGES)
def test_a_learner_or_an_editor_is_refused(client, learner, editor, site_a, path):
    for person in (learner, editor):
        client.force_login(person)
        assert client.get(path.format(pk=site_a.pk)).status_code == 403


@pytest.mark.parametrize("path", PAGES)
def test_an_anonymous_visitor_is_sent_to_the_login(client, site_a, path):
    response = client.get(path.format(pk=site_a.pk))

    assert response.status_code == 302
    assert response["Location"].startswith("/en/login/")


def grow(world, course, learners, sites):
    """More learners and sites, with history, in the same municipality."""
    municipality = world["library"].municipality
    for number in range(sites):
        site = LearningSiteFactory(municipality=municipality)
        learner_class = LearnerClass.objects.create(site=site, name=f"Hold {number}")
        for person in range(learners):
            learner = enrol(
                learner_class,
                course,
                f"N{number}-{person}",
                start=RECENT,
                language="uk",
                hours=person % 20,
                active_days_ago=person % 30,
            )
            history(learner, (datetime.date(2026, 4, 1), "on_track"), (datetime.date(2026, 5, 1), "at_risk"))


@time_machine.travel(TODAY)
def test_the_overview_makes_the_same_number_of_queries_however_many_learners_and_sites(
    client, coordinator, municipality_world, course, django_assert_num_queries
):
    client.force_login(coordinator)
    client.get("/en/teach/overview/")
    with django_assert_num_queries(12) as small:
        client.get("/en/teach/overview/")
    grow(municipality_world, course, learners=8, sites=4)
    with django_assert_num_queries(len(small.captured_queries)):
        response = client.get("/en/teach/overview/")
    assert response.context["overview"].total.learners == 7 + 32


@time_machine.travel(TODAY)
def test_the_site_page_makes_the_same_number_of_queries_however_many_learners_and_classes(
    client, coordinator, municipality_world, course, django_assert_num_queries
):
    client.force_login(coordinator)
    url = f"/en/teach/overview/sites/{municipality_world['library'].pk}/"
    client.get(url)
    with django_assert_num_queries(13) as small:
        client.get(url)
    for number in range(4):
        learner_class = LearnerClass.objects.create(site=municipality_world["library"], name=f"Hold {number}")
        for person in range(6):
            enrol(learner_class, course, f"M{number}-{person}", start=RECENT, hours=person)
    with django_assert_num_queries(len(small.captured_queries)):
        response = client.get(url)
    assert response.context["overview"].total.learners == 2 + 24
