"""Importing a class from a CSV or Excel file: preview with per-row errors, then all learners or none."""

import datetime
from unittest import mock

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.html import escape

from accounts.models import User
from teaching import enrolment
from teaching.models import ClassMembership, LearnerClass
from tests.factories import UserFactory

TODAY = datetime.datetime(2026, 3, 10, 12, tzinfo=datetime.UTC)

GOOD_FILE = (
    "name,start date,language,email,phone,reference\n"
    "Amal Hassan,01.03.2026,Arabic,amal@example.org,+45 12 34 56 78,K-1\n"
    "Olena Koval,2026-03-02,uk,,,K-2\n"
    "Søren Ærø,1/3/2026,dansk,,,\n"
).encode()


@pytest.fixture(autouse=True)
def today():
    with time_machine.travel(TODAY):
        yield


def url(learner_class):
    return f"/en/teach/classes/{learner_class.pk}/import/"


def upload(client, learner_class, content, filename="class.csv"):
    file = SimpleUploadedFile(filename, content, content_type="text/csv")
    return client.post(url(learner_class), {"action": "upload", "file": file})


def preview(client, learner_class, content):
    upload(client, learner_class, content)
    return client.get(url(learner_class))


def token(client, learner_class):
    return client.session[f"enrolment_import_{learner_class.pk}"]["token"]


def confirm(client, learner_class, **extra):
    data = {"action": "confirm", "token": token(client, learner_class)} | extra
    return client.post(url(learner_class), data)


def test_it_previews_every_row_and_saves_nothing_yet(client, teacher, learner_class):
    client.force_login(teacher)
    learners_before = User.objects.count()

    uploaded = upload(client, learner_class, GOOD_FILE)
    response = client.get(url(learner_class))

    assert uploaded.status_code == 302
    assert uploaded["Location"] == url(learner_class)
    body = response.content.decode()
    assert "All 3 learners are ready to import." in body
    for written in ("Amal Hassan", "01.03.2026", "Olena Koval", "Søren Ærø", "1/3/2026", "dansk", "K-2"):
        assert escape(written) in body
    # What the platform understood: day first, and the language's name.
    assert "March 1, 2026" in body
    assert "Ukrainian" in body
    assert 'value="confirm"' in body
    assert User.objects.count() == learners_before


def test_the_preview_names_each_rows_problem_in_plain_words(client, teacher, learner_class):
    UserFactory(role=User.Role.LEARNER, username="bohdan.k", external_reference="K-9")
    learner_class.learners.add(User.objects.get(username="bohdan.k"))
    client.force_login(teacher)
    content = (
        b"Navn;Startdato;Sprog;E-mail;Reference\n"
        b"Amal Hassan;01.03.2026;arabisk;;K-1\n"
        b"Dawit Tesfaye;31.02.2026;klingon;dawit@;K-2\n"
        b"Amal Hassan;1-3-2026;ar;;\n"
        b"Bohdan Koval;02.03.2026;uk;;k-9\n"
        b"Chiara Rossi;;Italian;;K-1\n"
    )

    response = preview(client, learner_class, content)

    assert response.status_code == 200
    rows = {row.line: row.errors for row in response.context["rows"]}
    assert rows[2] == []
    languages = (
        "Danish (dansk), English, Arabic (العربيّة), Ukrainian (Українська), Persian (فارسی), "
        "Somali (Soomaali), Tigrinya (ትግርኛ)."
    )
    assert rows[3] == [
        "“31.02.2026” is not a date: that day does not exist. Dates are day, month, year.",
        f"“klingon” is not one of the platform's languages: {languages}",
        "“dawit@” is not an e-mail address.",
    ]
    assert rows[4] == ["The same learner is also on line 2 (same name and start date)."]
    assert rows[5] == ["Already in the class as bohdan.k (same reference)."]
    assert rows[6] == [
        "The start date is missing.",
        f"“Italian” is not one of the platform's languages: {languages}",
    ]
    body = response.content.decode()
    assert "4 lines have problems. Nothing is imported while any line is wrong" in body
    assert escape("“dawit@” is not an e-mail address.") in body
    assert "Dawit Tesfaye" in body and "klingon" in body
    assert 'value="confirm"' not in body


def test_a_duplicate_reference_in_the_file_is_named(client, teacher, learner_class):
    client.force_login(teacher)
    content = b"name,start date,language,reference\nAmal,01.03.2026,ar,R1\nOlena,01.03.2026,uk,r1\n"

    response = preview(client, learner_class, content)

    assert [row.errors for row in response.context["rows"]] == [[], ["The reference “r1” is also on line 2."]]


def test_a_missing_required_column_is_one_error_naming_it(client, teacher, learner_class):
    client.force_login(teacher)

    response = upload(client, learner_class, b"navn;sprog;telefon\nAmal Hassan;ar;12345678\n")

    assert response.status_code == 200
    errors = response.context["form"].errors["file"]
    assert errors == [
        "The file has no column “start date” (startdato). The first line must name the columns: "
        "name, start date, language (optional: email, phone, reference). "
        "The first line has “navn”, “sprog”, “telefon”."
    ]
    assert escape(errors[0]) in response.content.decode()
    assert f"enrolment_import_{learner_class.pk}" not in client.session


def test_a_file_from_danish_excel_in_cp1252_with_semicolons_is_read(client, teacher, learner_class):
    client.force_login(teacher)
    content = "Navn;Startdato;Sprog\r\nSøren Ærø;01-03-2026;Dansk\r\nJosé Ñúñez;02.03.2026;engelsk\r\n"

    response = preview(client, learner_class, content.encode("cp1252"))

    rows = response.context["rows"]
    assert [row.values["name"] for row in rows] == ["Søren Ærø", "José Ñúñez"]
    assert [row.cleaned["language"] for row in rows] == ["da", "en"]
    assert not any(row.errors for row in rows)


def test_a_utf8_file_with_a_byte_order_mark_and_tabs_is_read(client, teacher, learner_class):
    client.force_login(teacher)
    content = "\ufeffNAME\tStart Date\tLanguage\nОлена Коваль\t2026-03-01\tУкраїнська\n".encode()

    response = preview(client, learner_class, content)

    [row] = response.context["rows"]
    assert row.values["name"] == "Олена Коваль"
    assert row.cleaned["language"] == "uk"
    assert row.errors == []


def workbook(rows):
    import io

    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet("Hold 3")
    date_format = book.add_format({"num_format": "dd.mm.yyyy"})
    for row_number, row in enumerate(rows):
        for column, value in enumerate(row):
            if isinstance(value, datetime.date):
                sheet.write_datetime(
                    row_number, column, datetime.datetime.combine(value, datetime.time()), date_format
                )
            else:
                sheet.write(row_number, column, value)
    book.close()
    return buffer.getvalue()


def test_a_class_list_kept_in_excel_is_imported_from_its_first_sheet(client, teacher, learner_class):
    """Teachers keep class lists in Excel; the workbook is read as it is, dates as real dates."""
    client.force_login(teacher)
    content = workbook(
        [
            ["Navn", "Startdato", "Sprog", "Telefon"],
            ["Amal Hassan", datetime.date(2026, 3, 1), "arabisk", 4512345678],
            [None, None, None, None],
            ["Olena Koval", "02.03.2026", "uk", None],
        ]
    )

    upload(client, learner_class, content, "hold3.xlsx")
    response = client.get(url(learner_class))

    rows = response.context["rows"]
    assert [row.values["name"] for row in rows] == ["Amal Hassan", "Olena Koval"]
    assert [row.cleaned["start_date"] for row in rows] == [
        datetime.date(2026, 3, 1),
        datetime.date(2026, 3, 2),
    ]
    assert rows[0].cleaned["language"] == "ar" and rows[0].values["phone"] == "4512345678"
    assert [row.errors for row in rows] == [[], []]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"PK\x03\x04\x14\x00\x00\x00binary", "The file cannot be read as an Excel workbook."),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1old", "This is an old Excel workbook (.xls)."),
    ],
)
def test_a_workbook_that_cannot_be_read_is_refused_with_what_to_do(
    client, teacher, learner_class, content, message
):
    client.force_login(teacher)

    response = upload(client, learner_class, content, "class.xlsx")

    assert response.status_code == 200
    assert message in response.context["form"].errors["file"][0]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "The file is empty."),
        (b"name,start date,language\n", "The file has no learners: only the line with the column names."),
        (
            b"name,start date,language\n" + b"Amal,01.03.2026,ar\n" * 501,
            "The file has 501 learners; at most 500 can be imported at once.",
        ),
        (b"name,start date,language\n" + b"x" * (1024 * 1024), "The file is larger than 1 MB."),
        (b'name,start date,language\n"Amal,01.03.2026,ar\n', 'a quotation mark (") is not closed'),
    ],
)
def test_a_file_that_cannot_be_used_is_refused_with_a_reason(
    client, teacher, learner_class, content, message
):
    client.force_login(teacher)

    response = upload(client, learner_class, content)

    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors["file"])
    assert f"enrolment_import_{learner_class.pk}" not in client.session


def test_a_name_with_an_unquoted_comma_is_pointed_out(client, teacher, learner_class):
    client.force_login(teacher)

    response = preview(client, learner_class, b"name,start date,language\nHassan, Amal,01.03.2026,ar\n")

    [row] = response.context["rows"]
    assert "put the name in quotation marks" in row.errors[0]


def test_an_upload_without_a_file_asks_for_one(client, teacher, learner_class):
    client.force_login(teacher)

    response = client.post(url(learner_class), {"action": "upload"})

    assert response.status_code == 200
    assert response.context["form"].errors["file"] == ["Choose the CSV or Excel file to upload."]


def test_confirming_imports_every_row(client, teacher, learner_class):
    client.force_login(teacher)
    upload(client, learner_class, GOOD_FILE)

    response = confirm(client, learner_class)

    learners = list(learner_class.learners.order_by("pk"))
    assert [learner.username for learner in learners] == ["amal.hassan", "olena.koval", "soeren.aeroe"]
    amal = learners[0]
    assert (amal.preferred_language, amal.programme_start) == ("ar", datetime.date(2026, 3, 1))
    assert (amal.email, amal.phone, amal.external_reference) == ("amal@example.org", "+45 12 34 56 78", "K-1")
    assert amal.municipality == learner_class.site.municipality
    assert all(learner.check_password(learner.card_pin) for learner in learners)
    assert response.status_code == 302
    query = "&".join(f"learner={learner.pk}" for learner in learners)
    assert response["Location"] == f"/en/teach/classes/{learner_class.pk}/cards/?{query}"
    assert f"enrolment_import_{learner_class.pk}" not in client.session


def test_confirming_a_file_with_errors_imports_nothing_and_keeps_the_rows(client, teacher, learner_class):
    client.force_login(teacher)
    upload(client, learner_class, GOOD_FILE + b"Dawit Tesfaye,soon,ti,,,\n")
    users_before = User.objects.count()

    response = confirm(client, learner_class)

    assert response.status_code == 200
    body = response.content.decode()
    assert "Nothing was imported. Correct the file and upload it again." in body
    assert "Dawit Tesfaye" in body and "Amal Hassan" in body
    assert User.objects.count() == users_before
    assert not learner_class.learners.exists()


def test_a_row_that_became_a_duplicate_since_the_preview_stops_the_import(client, teacher, learner_class):
    client.force_login(teacher)
    upload(client, learner_class, GOOD_FILE)
    learner_class.learners.add(UserFactory(role=User.Role.LEARNER, username="k2", external_reference="K-2"))

    response = confirm(client, learner_class)

    assert response.status_code == 200
    assert "Already in the class as k2 (same reference)." in response.content.decode()
    assert list(learner_class.learners.values_list("username", flat=True)) == ["k2"]


def test_the_import_is_all_or_nothing_when_creating_a_learner_fails(teacher, learner_class):
    rows = enrolment.read_learners_csv(GOOD_FILE).rows
    real_enrol = enrolment._enrol
    calls = []

    def enrol_then_fail(*args, **kwargs):
        calls.append(args)
        if len(calls) == 3:
            raise RuntimeError("the database went away")
        return real_enrol(*args, **kwargs)

    with mock.patch.object(enrolment, "_enrol", enrol_then_fail), pytest.raises(RuntimeError):
        enrolment.import_learners(teacher, learner_class, rows)

    assert len(calls) == 3
    assert not User.objects.filter(username__in=["amal.hassan", "olena.koval"]).exists()
    assert not learner_class.learners.exists()
    assert not ClassMembership.objects.exists()


def test_rows_posted_by_the_browser_are_ignored(client, teacher, learner_class):
    client.force_login(teacher)
    upload(client, learner_class, GOOD_FILE)

    confirm(client, learner_class, rows='[{"name": "Mallory", "language": "da"}]', name="Mallory")

    assert not User.objects.filter(first_name="Mallory").exists()
    assert learner_class.learners.count() == 3


def test_the_preview_page_carries_no_learner_data_in_its_form(client, teacher, learner_class):
    client.force_login(teacher)

    body = preview(client, learner_class, GOOD_FILE).content.decode()

    hidden = [line for line in body.splitlines() if 'type="hidden"' in line]
    assert hidden and all("Amal" not in line and "K-1" not in line for line in hidden)


def test_a_confirmation_from_an_older_preview_imports_nothing(client, teacher, learner_class):
    client.force_login(teacher)
    upload(client, learner_class, GOOD_FILE)
    old_token = token(client, learner_class)
    upload(client, learner_class, b"name,start date,language\nDawit Tesfaye,01.03.2026,en\n")

    response = client.post(url(learner_class), {"action": "confirm", "token": old_token}, follow=True)

    assert "A newer file was uploaded for this class" in response.content.decode()
    assert not learner_class.learners.exists()


def test_one_classes_preview_cannot_be_imported_into_another(client, teacher, learner_class, site_a):
    other_class = LearnerClass.objects.create(site=site_a, name="Dansk 2")
    client.force_login(teacher)
    upload(client, learner_class, GOOD_FILE)

    response = client.post(
        url(other_class), {"action": "confirm", "token": token(client, learner_class)}, follow=True
    )

    assert "There is nothing to import. Upload the file again." in response.content.decode()
    assert not other_class.learners.exists()
    assert not learner_class.learners.exists()


def test_cancelling_forgets_the_preview(client, teacher, learner_class):
    client.force_login(teacher)
    upload(client, learner_class, GOOD_FILE)

    response = client.post(url(learner_class), {"action": "cancel"})

    assert response.status_code == 302
    assert f"enrolment_import_{learner_class.pk}" not in client.session
    page = client.get(url(learner_class))
    assert page.context["pending"] is None
    assert "Amal Hassan" not in page.content.decode()


def test_the_import_page_works_in_arabic_and_danish(client, teacher, learner_class):
    client.force_login(teacher)
    upload(client, learner_class, GOOD_FILE)

    for language in ("ar", "da"):
        response = client.get(url(learner_class).replace("/en/", f"/{language}/"))
        assert response.status_code == 200
        assert "Amal Hassan" in response.content.decode()


@pytest.mark.parametrize(
    "data", [None, {"action": "upload"}, {"action": "confirm", "token": "x"}, {"action": "cancel"}]
)
def test_strangers_are_refused(client, learner, other_site_teacher, learner_class, data):
    send = client.get if data is None else client.post
    response = send(url(learner_class), data or {})
    assert response.status_code == 302
    assert response["Location"].startswith("/en/login/")

    client.force_login(learner)
    assert send(url(learner_class), data or {}).status_code == 403

    client.force_login(other_site_teacher)
    assert send(url(learner_class), data or {}).status_code == 404


def test_parsing_a_file_gives_its_rows_with_their_errors(learner_class):
    read, rows = enrolment.parse_learners_csv(GOOD_FILE + b"Dawit,1.3.2026,Klingon,,,\n", learner_class)

    assert read.error == ""
    assert [row.line for row in rows] == [2, 3, 4, 5]
    assert [bool(row.errors) for row in rows] == [False, False, False, True]
    assert rows[0].cleaned["start_date"] == datetime.date(2026, 3, 1)
