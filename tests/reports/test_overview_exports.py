"""The overview's downloads: the tables per site and language group, and every learner of one site."""

import csv
import datetime
import io

import openpyxl
import pytest
import time_machine

from accounts.models import User
from teaching.models import LearnerClass
from tests.factories import UserFactory
from tests.reports.test_overview import RECENT, TODAY, build_world, enrol, grow


@pytest.fixture
def municipality_world(site_a, course):
    return build_world(site_a, course)


def csv_rows(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def xlsx_rows(response):
    book = openpyxl.load_workbook(io.BytesIO(response.content), read_only=True)
    return [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]


@time_machine.travel(TODAY)
def test_the_overview_export_has_a_row_per_site_then_per_language_group_with_totals(
    client, coordinator, municipality_world
):
    client.force_login(coordinator)

    response = client.get("/en/teach/overview/export.csv")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="overview-2026-06-01.csv"'
    header, *rows = csv_rows(response)
    assert header[:9] == [
        "Table",
        "Municipality",
        "Name",
        "Kind",
        "Learners",
        "Completed",
        "Completed within the deadline",
        "Decided (completed, or deadline passed)",
        "Completed within the deadline (%)",
    ]
    assert header[13] == "At risk or overdue on 2026-03-16 (%)"
    municipality = coordinator.municipality.name
    assert [row[:3] for row in rows] == [
        ["Site", municipality, "Sprogcenter A"],
        ["Site", municipality, "Vejle Bibliotek"],
        ["Total", municipality, "Total"],
        ["Language group", "", "Arabic"],
        ["Language group", "", "Danish"],
        ["Language group", "", "English"],
        ["Language group", "", "Ukrainian"],
        ["Total", "", "Total"],
    ]
    school = rows[0]
    assert school[3:13] == ["Language school", "5", "2", "1", "3", "33.30", "0", "1", "1", "1"]
    assert rows[2][4:9] == ["7", "3", "2", "4", "50.00"]
    assert "Zora" not in response.content.decode() and "Anden Kommune" not in response.content.decode()


@time_machine.travel(TODAY)
def test_the_overview_export_as_xlsx_keeps_numbers_as_numbers(client, coordinator, municipality_world):
    client.force_login(coordinator)

    response = client.get("/en/teach/overview/export.xlsx")

    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="overview-2026-06-01.xlsx"'
    header, *rows = xlsx_rows(response)
    assert header[2] == "Name"
    school = rows[0]
    assert school[2:9] == ["Sprogcenter A", "Language school", 5, 2, 1, 3, 33.3]
    assert [row[2] for row in rows][-1] == "Total"


@time_machine.travel(TODAY)
def test_the_site_export_has_one_row_per_learner_of_the_site(client, coordinator, municipality_world):
    people = municipality_world["people"]
    people["Goran"].external_reference = "K-4711"
    people["Goran"].last_name = "Petrović"
    people["Goran"].save()
    library = municipality_world["library"]
    client.force_login(coordinator)

    response = client.get(f"/en/teach/overview/sites/{library.pk}/export.csv")

    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="vejle-bibliotek-2026-06-01.csv"'
    header, *rows = csv_rows(response)
    assert header == [
        "Site",
        "Classes",
        "Name",
        "User name",
        "Reference",
        "Language",
        "Programme start",
        "Deadline",
        "Hours e-learning",
        "Hours classroom",
        "Hours total",
        "Hours required",
        "Status",
        "Last activity",
        "Met the requirement on",
        "Within the deadline",
    ]
    assert [row[2] for row in rows] == ["Farah", "Goran Petrović"]
    farah, goran = rows
    assert farah[:2] == ["Vejle Bibliotek", "Læsecafé"]
    assert farah[5:14] == [
        "Arabic",
        "2026-03-01",
        "2026-09-01",
        "12.00",
        "1.00",
        "13.00",
        "20",
        "On track",
        "2026-05-31",
    ]
    assert farah[14:] == ["", ""]
    assert goran[1] == ""  # in no class: enrolled at the library
    assert goran[3:5] == [people["Goran"].username, "K-4711"]
    assert goran[12:] == ["Completed", "2026-06-01", "2026-02-01", "Yes"]


@time_machine.travel(TODAY)
def test_the_site_export_as_xlsx_has_dates_as_dates(client, coordinator, municipality_world):
    client.force_login(coordinator)

    response = client.get(f"/en/teach/overview/sites/{municipality_world['school'].site.pk}/export.xlsx")

    assert response.status_code == 200
    header, *rows = xlsx_rows(response)
    assert len(rows) == 5
    amal = next(row for row in rows if row[2] == "Amal")
    assert amal[1] == "Dansk 1"
    assert amal[6] == datetime.datetime(2025, 10, 1)
    assert amal[7] == datetime.datetime(2026, 4, 1)
    assert amal[14] == datetime.datetime(2026, 3, 15)
    assert amal[15] == "Yes"
    bohdan = next(row for row in rows if row[2] == "Bohdan")
    assert (bohdan[12], bohdan[15]) == ("Completed", "No")


@pytest.mark.parametrize("fmt", ["pdf", "CSV", "csv.zip", "json"])
def test_an_unknown_format_is_not_found(client, coordinator, site_a, fmt):
    client.force_login(coordinator)

    assert client.get(f"/en/teach/overview/export.{fmt}").status_code == 404
    assert client.get(f"/en/teach/overview/sites/{site_a.pk}/export.{fmt}").status_code == 404


WIDEN = "?municipality={municipality}&site={site}&site_id={site}&class={learner_class}&all=1&scope=all"


@time_machine.travel(TODAY)
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_parameters_cannot_widen_the_overview_export(client, teacher, coordinator, municipality_world, fmt):
    elsewhere = municipality_world["elsewhere"]
    widen = WIDEN.format(
        municipality=elsewhere.municipality_id,
        site=elsewhere.pk,
        learner_class=LearnerClass.objects.get(site=elsewhere).pk,
    )
    sites = {}
    for person in (teacher, coordinator):
        client.force_login(person)
        plain = client.get(f"/en/teach/overview/export.{fmt}")
        widened = client.get(f"/en/teach/overview/export.{fmt}{widen}")
        assert widened.status_code == 200
        read = xlsx_rows if fmt == "xlsx" else csv_rows
        assert read(widened) == read(plain)
        sites[person.role] = [row[2] for row in read(widened) if row[0] == "Site"]
        assert "Anden Kommune" not in {row[1] for row in read(widened)}
    assert sites == {"teacher": ["Sprogcenter A"], "coordinator": ["Sprogcenter A", "Vejle Bibliotek"]}


@time_machine.travel(TODAY)
def test_parameters_cannot_widen_a_site_export(client, teacher, municipality_world):
    library, elsewhere = municipality_world["library"], municipality_world["elsewhere"]
    own_site = teacher.sites.get()
    client.force_login(teacher)

    widened = client.get(
        f"/en/teach/overview/sites/{own_site.pk}/export.csv"
        + WIDEN.format(
            municipality=elsewhere.municipality_id,
            site=library.pk,
            learner_class=municipality_world["reading"].pk,
        )
    )

    assert widened.status_code == 200
    names = [row[2] for row in csv_rows(widened)[1:]]
    assert names == ["Amal", "Bohdan", "Chiara", "Dawit", "Ewa"]
    assert (
        client.get(f"/en/teach/overview/sites/{library.pk}/export.csv?site={own_site.pk}").status_code == 404
    )


@time_machine.travel(TODAY)
def test_a_coordinator_of_another_municipality_cannot_export_this_one(client, municipality_world):
    stranger = UserFactory(
        role=User.Role.COORDINATOR, municipality=municipality_world["elsewhere"].municipality
    )
    client.force_login(stranger)

    for site in (municipality_world["library"], municipality_world["school"].site):
        assert client.get(f"/en/teach/overview/sites/{site.pk}/export.csv").status_code == 404
    rows = csv_rows(client.get("/en/teach/overview/export.csv"))
    assert [row[2] for row in rows[1:] if row[0] == "Site"] == ["Fjernt Sprogcenter"]
    assert rows[-1][4] == "1"


@pytest.mark.parametrize(
    "path", ["/en/teach/overview/export.csv", "/en/teach/overview/sites/{pk}/export.xlsx"]
)
def test_exports_refuse_learners_and_send_visitors_to_log_in(client, learner, site_a, path):
    url = path.format(pk=site_a.pk)
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/login/")

    client.force_login(learner)
    assert client.get(url).status_code == 403


@time_machine.travel(TODAY)
def test_the_exports_make_the_same_number_of_queries_however_many_learners(
    client,
    coordinator,
    municipality_world,
    course,
    django_assert_num_queries,
):
    client.force_login(coordinator)
    site_url = f"/en/teach/overview/sites/{municipality_world['library'].pk}/export.xlsx"
    client.get(site_url)
    # 10 for the export, 3 for the access log (the site's learners and municipality, the records)
    with django_assert_num_queries(13) as site_export:
        client.get(site_url)
    with django_assert_num_queries(10) as overview_export:
        client.get("/en/teach/overview/export.csv")
    grow(municipality_world, course, learners=6, sites=3)
    reading = municipality_world["reading"]
    for number in range(10):
        enrol(reading, course, f"R{number}", start=RECENT, hours=number)
    with django_assert_num_queries(len(site_export.captured_queries)):
        response = client.get(site_url)
    assert len(xlsx_rows(response)) == 1 + 2 + 10
    with django_assert_num_queries(len(overview_export.captured_queries)):
        client.get("/en/teach/overview/export.csv")
