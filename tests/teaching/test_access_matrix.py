"""Who sees what: every teachers' URL × (anonymous, learner, teacher of another site, coordinator of
another municipality) is refused, and no export can be widened by query parameters.

The URLs are read from the URL configuration, so a page added later is in the matrix without
anyone remembering to add it; a URL with an argument the matrix does not know fails the test.
"""

import datetime

import pytest
from django.urls import URLPattern, get_resolver, reverse
from django.utils import translation

from accounts import invitations
from accounts.models import User
from teaching.models import ClassroomSession, LearnerClass
from tests.factories import LearningSiteFactory, MunicipalityFactory, UserFactory

# The pages that list what the user may see rather than show one object: a stranger gets the
# page, without anything of site A in it.
LISTS = {
    "teacher_classes",
    "overview",
    "overview_export",
    "notices",
    "notices_read",
    "new_class",
    "sites",
    "new_site",
    "find_learner",
    "staff",
    "invite",
    "access_log",
    "access_log_export",
}
# Of those, the pages only a coordinator reads: a teacher is sent back to their classes.
COORDINATORS_ONLY = {"access_log", "access_log_export"}


def teacher_url_names(patterns=None, prefix=""):
    """(name, argument names) of every URL whose path starts with `teach/` after the language."""
    names = []
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLPattern):
            if route.startswith("teach/") and pattern.name:
                names.append((pattern.name, list(pattern.pattern.converters)))
        else:
            # The language prefix (i18n_patterns) prints as "da/": left out of the route.
            nested = "" if pattern.pattern.__class__.__name__ == "LocalePrefixPattern" else route
            names.extend(teacher_url_names(pattern.url_patterns, nested))
    return names


@pytest.fixture
def world(site_a, teacher):
    """Site A's class with a learner, and people from elsewhere."""
    learner_class = LearnerClass.objects.create(site=site_a, name="Hold Alfa")
    learner_class.teachers.add(teacher)
    member = UserFactory(role=User.Role.LEARNER, first_name="Zarifa", last_name="Alfa", sites=[site_a])
    learner_class.learners.add(member)
    session = ClassroomSession.objects.create(
        learner_class=learner_class, date=datetime.date(2026, 5, 1), minutes=60, recorded_by=teacher
    )
    session.attendees.add(member)
    invitation, _token = invitations.invite(
        None, role=User.Role.TEACHER, municipality=site_a.municipality, sites=[site_a], first_name="Hold Alfa"
    )
    elsewhere = LearningSiteFactory(municipality=MunicipalityFactory(name="Anden Kommune"))
    stranger_coordinator = UserFactory(role=User.Role.COORDINATOR, municipality=elsewhere.municipality)
    return {
        "class": learner_class,
        "member": member,
        "site": site_a,
        "session": session,
        "stranger_coordinator": stranger_coordinator,
        "teacher": teacher,
        "invitation": invitation,
    }


def urls(world):
    arguments = {
        "class_id": world["class"].pk,
        "learner_id": world["member"].pk,
        "site_id": world["site"].pk,
        "session_id": world["session"].pk,
        "person_id": world["teacher"].pk,
        "invitation_id": world["invitation"].pk,
    }
    found = []
    for name, converters in teacher_url_names():
        unknown = set(converters) - set(arguments) - {"fmt"}
        assert not unknown, f"{name}: the access matrix does not know {unknown}; add it to the fixture"
        kwargs = {key: arguments[key] for key in converters if key != "fmt"}
        formats = ["csv", "xlsx"] if "fmt" in converters else [None]
        for fmt in formats:
            with translation.override("en"):
                found.append((name, reverse(name, kwargs=kwargs | ({"fmt": fmt} if fmt else {}))))
    return found


def test_the_matrix_covers_every_teachers_page(world):
    names = {name for name, _url in urls(world)}
    assert {"teacher_classes", "class_dashboard", "record_session", "class_assignments"} <= names
    assert len(names) >= 10


@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_visitors_are_sent_to_log_in_from_every_teachers_page(client, world, method):
    for name, url in urls(world):
        response = getattr(client, method)(url)
        assert response.status_code == 302, (name, url)
        assert response["Location"].startswith("/en/login/"), (name, url)


@pytest.mark.parametrize("method", ["get", "post"])
def test_learners_are_refused_every_teachers_page(client, world, method):
    client.force_login(world["member"])
    for name, url in urls(world):
        response = getattr(client, method)(url)
        assert response.status_code == 403, (name, url)


@pytest.mark.parametrize("stranger", ["other_site_teacher", "stranger_coordinator"])
@pytest.mark.parametrize("method", ["get", "post"])
def test_staff_from_elsewhere_find_nothing_of_this_site(client, world, request, stranger, method):
    person = world[stranger] if stranger in world else request.getfixturevalue(stranger)
    client.force_login(person)
    for name, url in urls(world):
        response = getattr(client, method)(url)
        if name in LISTS:
            assert response.status_code in (200, 302, 405), (name, url)
            body = response.content.decode("utf-8", "replace") if response.status_code == 200 else ""
            for secret in ("Zarifa", "Hold Alfa", world["site"].name):
                assert secret not in body, (name, url, secret)
        elif method == "get":
            # A POST-only page answers a GET with 405 before looking anything up: nothing leaks.
            assert response.status_code in (404, 405), (name, url, response.status_code)
        else:
            assert response.status_code == 404, (name, url, response.status_code)


WIDENING = ["class", "class_id", "site", "site_id", "learner", "learner_id", "municipality", "all", "teacher"]


def test_no_export_can_be_widened_by_parameters(client, world, other_site_teacher):
    """The teacher of site A asks every export for more, naming the other site's class and learner."""
    other_site = other_site_teacher.sites.first()
    outsider_class = LearnerClass.objects.create(site=other_site, name="Hold Beta")
    outsider = UserFactory(role=User.Role.LEARNER, first_name="Yusra", last_name="Beta", sites=[other_site])
    outsider_class.learners.add(outsider)
    widen = "&".join(
        f"{key}={value}"
        for key in WIDENING
        for value in (outsider_class.pk, outsider.pk, other_site.pk, other_site.municipality_id, "1")
    )
    teacher = world["class"].teachers.first()
    coordinator = UserFactory(role=User.Role.COORDINATOR, municipality=world["site"].municipality)
    exports = [(name, url) for name, url in urls(world) if "export" in name]
    assert exports, "no export URL found"
    for name, url in exports:
        client.force_login(coordinator if name in COORDINATORS_ONLY else teacher)
        response = client.get(f"{url}?{widen}")
        assert response.status_code == 200, (name, url)
        body = response.content
        if url.endswith(".xlsx"):
            import io
            import zipfile

            with zipfile.ZipFile(io.BytesIO(body)) as book:
                body = b"".join(book.read(part) for part in book.namelist())
        assert b"Yusra" not in body and b"Hold Beta" not in body, (name, url)
