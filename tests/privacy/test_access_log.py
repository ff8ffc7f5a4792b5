"""Who looked at whom: every teacher's or coordinator's look at a learner's personal data is
recorded (who, when, which learner, from which page), read by the municipality's coordinator only,
and exportable. The learner-level URLs are read from the URL configuration, so a learner page added
later is checked without anyone remembering to."""

import csv
import io

import pytest
from django.urls import reverse
from django.utils import translation

from accounts.models import User
from privacy.models import AccessRecord
from progress.standing import danish_course
from teaching.models import LearnerClass
from tests.certificates.test_certificate import met
from tests.factories import LearningSiteFactory, MunicipalityFactory, UserFactory
from tests.teaching.test_access_matrix import teacher_url_names

pytestmark = pytest.mark.django_db


@pytest.fixture
def school(site_a, teacher):
    learner_class = LearnerClass.objects.create(site=site_a, name="Hold Alfa")
    learner_class.teachers.add(teacher)
    learners = [
        UserFactory(role=User.Role.LEARNER, first_name=name, last_name="Alfa", sites=[site_a])
        for name in ("Zarifa", "Yonas", "Olena")
    ]
    learner_class.learners.add(*learners)
    return learner_class, learners


def learner_urls(learner_class, learner):
    """(name, url) of every teachers' page whose URL names a learner, from the URL configuration."""
    arguments = {"class_id": learner_class.pk, "learner_id": learner.pk}
    found = []
    for name, converters in teacher_url_names():
        if "learner_id" not in converters:
            continue
        kwargs = {key: arguments[key] for key in converters if key != "fmt"}
        for fmt in ["csv", "xlsx"] if "fmt" in converters else [None]:
            with translation.override("en"):
                found.append((name, reverse(name, kwargs=kwargs | ({"fmt": fmt} if fmt else {}))))
    return found


def test_every_learner_page_a_teacher_opens_is_recorded_with_who_when_whom_and_where_from(
    client, teacher, school
):
    learner_class, (learner, *_others) = school
    met(learner, danish_course(), first_name="Zarifa", last_name="Alfa", language="ar")  # for the certificate
    client.force_login(teacher)
    pages = learner_urls(learner_class, learner)

    assert {name for name, _url in pages} >= {
        "learner_detail",
        "learner_export",
        "teacher_certificate",
        "edit_learner",
    }
    for name, url in pages:
        before = AccessRecord.objects.count()
        response = client.get(url, HTTP_REFERER=f"http://testserver/en/teach/classes/{learner_class.pk}/")
        if response.status_code == 405:  # a page that only changes something (a new PIN) shows nothing
            assert AccessRecord.objects.count() == before, name
            continue
        assert response.status_code == 200, (name, url, response.status_code)
        record = AccessRecord.objects.order_by("-pk").first()
        assert AccessRecord.objects.count() == before + 1, name
        assert (record.viewer, record.learner, record.page) == (teacher, learner, url), name
        assert record.came_from == f"/en/teach/classes/{learner_class.pk}/"
        assert record.municipality == learner_class.site.municipality
        assert record.viewer_name == (teacher.get_full_name() or teacher.username)


@pytest.mark.parametrize(
    ("name", "what"),
    [
        ("class_export", "class_export"),
        ("login_cards", "login_cards"),
        ("overview_site_export", "site_export"),
    ],
)
def test_a_sheet_of_many_learners_records_a_look_at_each(client, coordinator, school, name, what):
    learner_class, learners = school
    client.force_login(coordinator)
    kwargs = (
        {"class_id": learner_class.pk}
        if name != "overview_site_export"
        else {"site_id": learner_class.site_id}
    )
    if name != "login_cards":
        kwargs["fmt"] = "csv"

    response = client.get(reverse(name, kwargs=kwargs))

    assert response.status_code == 200
    assert set(AccessRecord.objects.filter(what=what).values_list("learner", flat=True)) == {
        learner.pk for learner in learners
    }


def test_refused_and_changing_requests_are_not_looks(client, other_site_teacher, teacher, school):
    learner_class, (learner, *_others) = school
    detail = reverse("learner_detail", args=[learner_class.pk, learner.pk])

    client.force_login(other_site_teacher)
    refused = client.get(detail)
    client.force_login(teacher)
    changed = client.post(reverse("edit_learner", args=[learner_class.pk, learner.pk]), {})

    assert refused.status_code == 404
    assert changed.status_code in (200, 302)
    assert not AccessRecord.objects.exists()


def test_the_coordinator_reads_and_exports_the_municipalitys_log_and_others_see_none_of_it(
    client, coordinator, teacher, school
):
    learner_class, (learner, *_others) = school
    client.force_login(teacher)
    client.get(reverse("learner_detail", args=[learner_class.pk, learner.pk]))
    elsewhere = UserFactory(
        role=User.Role.COORDINATOR,
        municipality=LearningSiteFactory(municipality=MunicipalityFactory()).municipality,
    )

    client.force_login(coordinator)
    page = client.get(reverse("access_log"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    export = client.get(reverse("access_log_export", args=["csv"]), {"q": "Zarifa"})
    client.force_login(elsewhere)
    other = client.get(reverse("access_log")).content.decode()
    client.force_login(teacher)
    as_teacher = client.get(reverse("access_log"))

    assert "Zarifa" in page and (teacher.get_full_name() or teacher.username) in page
    rows = list(csv.reader(io.StringIO(export.content.decode("utf-8-sig"))))
    assert len(rows) == 2 and rows[1][2] == learner.get_full_name() and rows[1][4]
    assert "Zarifa" not in other
    assert as_teacher.status_code == 302 and as_teacher.url.endswith(reverse("teacher_classes"))


def test_a_bad_filter_or_format_is_a_clear_answer_not_an_error(client, coordinator):
    client.force_login(coordinator)

    odd = client.get(reverse("access_log"), {"since": "not-a-date", "what": "everything", "page": "x"})
    unknown = client.get(reverse("access_log_export", args=["pdf"]))

    assert odd.status_code == 200
    assert unknown.status_code == 404
