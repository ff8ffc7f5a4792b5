"""Downloads: the class dashboard and the learner page as CSV and XLSX, for their teachers only."""

import csv
import datetime
import io
import zipfile
from xml.etree import ElementTree

import pytest
import time_machine
from wagtail.models import Locale

from accounts.models import User
from progress import services, structure
from progress.models import CourseProgress
from reports import exports
from teaching import services as teaching_services
from teaching.models import LearnerClass
from tests.factories import LearningSiteFactory, UserFactory
from tests.learning import spend
from tests.progress.test_tracking import quiz_of, right_answers

TODAY = datetime.datetime(2026, 6, 1, 12, tzinfo=datetime.UTC)
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def enrol(learner_class, course, first_name, *, hours=0, classroom=0, language="ar"):
    learner = UserFactory(
        role=User.Role.LEARNER,
        first_name=first_name,
        last_name="Test",
        preferred_language=language,
        sites=[learner_class.site],
    )
    learner.programme_start = datetime.date(2026, 3, 1)
    learner.save()
    learner_class.learners.add(learner)
    if hours or classroom:
        CourseProgress.objects.create(
            learner=learner,
            course_key=course.translation_key,
            elearning_seconds=hours * 3600,
            classroom_seconds=classroom * 3600,
            mandatory_modules_done=2,
            mandatory_modules_total=9,
            last_activity_at=TODAY - datetime.timedelta(days=1),
        )
    return learner


def read_csv(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def sheets(response):
    """{sheet name: rows of cells} of an XLSX download, read from its XML: text cells as str
    (shared or inline strings), number cells as "<number>" so a test sees they are numbers."""
    book = zipfile.ZipFile(io.BytesIO(response.content))
    names = [
        sheet.get("name") for sheet in ElementTree.fromstring(book.read("xl/workbook.xml")).iter(f"{NS}sheet")
    ]
    shared = []
    if "xl/sharedStrings.xml" in book.namelist():
        shared = [
            "".join(text.text or "" for text in item.iter(f"{NS}t"))
            for item in ElementTree.fromstring(book.read("xl/sharedStrings.xml")).iter(f"{NS}si")
        ]
    return {
        name: _rows(ElementTree.fromstring(book.read(f"xl/worksheets/sheet{number}.xml")), shared)
        for number, name in enumerate(names, start=1)
    }


def _rows(sheet, shared):
    rows = []
    for row in sheet.iter(f"{NS}row"):
        cells = []
        for cell in row.iter(f"{NS}c"):
            kind, value = cell.get("t"), cell.find(f"{NS}v")
            if kind == "s":
                cells.append(shared[int(value.text)])
            elif kind == "inlineStr":
                cells.append("".join(text.text or "" for text in cell.iter(f"{NS}t")))
            elif cell.find(f"{NS}f") is not None:
                cells.append("FORMULA")
            else:
                cells.append(f"<{value.text}>" if value is not None else "")
        rows.append(cells)
    return rows


def texts(rows):
    return {cell for row in rows for cell in row}


def class_url(learner_class, fmt, query=""):
    return f"/en/teach/classes/{learner_class.pk}/export.{fmt}{query}"


def learner_url(learner_class, learner, fmt):
    return f"/en/teach/classes/{learner_class.pk}/learners/{learner.pk}/export.{fmt}"


@time_machine.travel(TODAY)
def test_the_class_csv_has_a_bom_a_header_and_a_row_per_learner(client, teacher, learner_class, course):
    enrol(learner_class, course, "Amal", hours=12, classroom=2)
    enrol(learner_class, course, "Bohdan", language="uk")
    client.force_login(teacher)

    response = client.get(class_url(learner_class, "csv"))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="dansk-2-hold-b-2026-06-01.csv"'
    header, *rows = read_csv(response)
    assert header == [
        "Name",
        "User name",
        "Reference",
        "Language",
        "Programme start",
        "Deadline",
        "Days left",
        "Hours e-learning",
        "Hours classroom",
        "Hours total",
        "Hours required",
        "Mandatory modules done",
        "Mandatory modules",
        "Last activity",
        "Status",
    ]
    by_name = {row[0]: row for row in rows}
    amal = by_name["Amal Test"]
    assert amal[3:] == [
        "Arabic",
        "2026-03-01",
        "2026-09-01",
        "92",
        "12.00",
        "2.00",
        "14.00",
        "20",
        "2",
        "9",
        "2026-05-31",
        "On track",
    ]
    assert by_name["Bohdan Test"][3] == "Ukrainian"
    assert by_name["Bohdan Test"][-1] == "Not started"


@time_machine.travel(TODAY)
def test_a_name_that_looks_like_a_formula_is_written_as_text(client, teacher, learner_class, course):
    enrol(learner_class, course, '=HYPERLINK("https://evil.example","x")')
    client.force_login(teacher)

    [_header, row] = read_csv(client.get(class_url(learner_class, "csv")))
    [(_name, rows)] = sheets(client.get(class_url(learner_class, "xlsx"))).items()

    assert row[0] == '\'=HYPERLINK("https://evil.example","x") Test'
    assert rows[1][0] == row[0]
    assert "FORMULA" not in texts(rows)


@time_machine.travel(TODAY)
def test_the_class_xlsx_holds_the_same_rows_with_numbers_as_numbers(client, teacher, learner_class, course):
    enrol(learner_class, course, "Amal", hours=12, classroom=2)
    client.force_login(teacher)

    response = client.get(class_url(learner_class, "xlsx"))

    assert response.status_code == 200
    assert response["Content-Type"] == XLSX
    [(name, rows)] = sheets(response).items()
    assert name == "Dansk 2, hold B 2026-06-01"
    assert rows[0][:3] == ["Name", "User name", "Reference"]
    amal = rows[1]
    assert amal[0] == "Amal Test"
    assert amal[6:12] == ["<92>", "<12>", "<2>", "<14>", "<20>", "<2>"]  # numbers stay numbers
    assert amal[-1] == "On track"


@time_machine.travel(TODAY)
def test_the_status_filter_narrows_the_export_like_the_dashboard(client, teacher, learner_class, course):
    enrol(learner_class, course, "Amal", hours=12)
    enrol(learner_class, course, "Bohdan")
    client.force_login(teacher)

    rows = read_csv(client.get(class_url(learner_class, "csv", "?status=not_started&sort=name")))[1:]

    assert [row[0] for row in rows] == ["Bohdan Test"]
    everyone = read_csv(client.get(class_url(learner_class, "csv", "?status=nonsense&sort=%27")))[1:]
    assert sorted(row[0] for row in everyone) == ["Amal Test", "Bohdan Test"]


@time_machine.travel(TODAY)
def test_no_parameter_widens_the_export_beyond_the_class(client, teacher, learner_class, course, site_a):
    enrol(learner_class, course, "Amal", hours=12)
    other = LearnerClass.objects.create(site=site_a, name="Andet hold")
    elsewhere = LearnerClass.objects.create(site=LearningSiteFactory(name="Bibliotek B"), name="Fremmed")
    stranger = enrol(other, course, "Sameer")
    enrol(elsewhere, course, "Zofia")
    client.force_login(teacher)

    query = f"?class={other.pk}&class_id={elsewhere.pk}&site={elsewhere.site_id}&learner={stranger.pk}&all=1"
    rows = read_csv(client.get(class_url(learner_class, "csv", query)))[1:]

    assert [row[0] for row in rows] == ["Amal Test"]


@pytest.mark.parametrize("fmt", ["pdf", "CSV", "xls", "csv.exe", ""])
def test_an_unknown_format_is_not_found(client, teacher, learner_class, course, fmt):
    learner = enrol(learner_class, course, "Amal")
    client.force_login(teacher)

    assert client.get(class_url(learner_class, fmt)).status_code == 404
    assert client.get(learner_url(learner_class, learner, fmt)).status_code == 404


@time_machine.travel(TODAY)
def test_the_class_export_takes_the_same_queries_for_three_or_thirty_learners(
    client, teacher, learner_class, course, django_assert_num_queries
):
    client.force_login(teacher)
    client.get(class_url(learner_class, "xlsx"))
    for number in range(3):
        enrol(learner_class, course, f"L{number}", hours=number)
    # 7 for the export, 2 for the access log (the class's learners, one insert of their records)
    with django_assert_num_queries(9) as small:
        client.get(class_url(learner_class, "xlsx"))
    for number in range(30):
        enrol(learner_class, course, f"M{number}", hours=number % 20)
    with django_assert_num_queries(len(small.captured_queries)):
        response = client.get(class_url(learner_class, "xlsx"))
    [rows] = sheets(response).values()
    assert len(rows) == 34
    assert "M29 Test" in texts(rows)


@pytest.fixture
def studied(learner_class, course, teacher, plain_lesson, quiz_lesson):
    """A learner with time beyond a lesson's cap, a classroom session and a passed quiz."""
    learner = enrol(learner_class, course, "Amal")
    plan = structure.current()
    lesson = plan.lessons[str(plain_lesson.translation_key)]
    spend(learner, lesson, plain_lesson.title, (plan.credit_cap_seconds(lesson) // 300 + 2) * 300)
    teaching_services.record_classroom_session(
        teacher,
        learner_class,
        str(course.translation_key),
        {
            "date": datetime.date(2026, 5, 28),
            "minutes": 90,
            "module": "",
            "topic": "Valg",
            "attendees": [learner],
        },
        "da",
    )
    quiz = quiz_of(quiz_lesson)
    quiz_plan = plan.lessons[str(quiz_lesson.translation_key)]
    services.answer_quiz(learner, quiz_plan, quiz_lesson, quiz.id, right_answers(quiz), "da")
    return learner


def english_title(page):
    return (page.get_translation_or_none(Locale.objects.get(language_code="en")) or page).title


@time_machine.travel(TODAY)
def test_the_learner_csv_has_every_section_under_a_heading(
    client, teacher, learner_class, studied, plain_lesson
):
    client.force_login(teacher)

    response = client.get(learner_url(learner_class, studied, "csv"))

    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="amal-test-2026-06-01.csv"'
    rows = read_csv(response)
    headings = [rows[0][0]] + [rows[n + 1][0] for n, row in enumerate(rows[:-1]) if row == []]
    assert headings == ["Summary", "Hours per lesson", "Classroom sessions", "Quiz results", "Timeline"]
    assert rows[1] == ["Item", "Value"]
    summary = {row[0]: row[1] for row in rows[2:] if len(row) == 2}
    assert summary["Name"] == "Amal Test"
    assert summary["Class"] == "Dansk 2, hold B"
    assert summary["Hours classroom"] == "1.50"
    plan = structure.current()
    cap = plan.credit_cap_seconds(plan.lessons[str(plain_lesson.translation_key)])
    recorded = (cap // 300 + 2) * 300
    lesson_row = next(row for row in rows if len(row) > 1 and row[1] == english_title(plain_lesson))
    assert lesson_row[2:5] == [str(round(recorded / 60)), str(round(cap / 60)), str(round(cap / 60))]
    assert ["2026-05-28", "90", "", "Valg", teacher.get_full_name() or teacher.username] in rows
    assert any(row[2:4] == ["passed", "100"] for row in rows if len(row) == 7)
    assert ["Attended a classroom session of 90 minutes: Valg", "Samfund", "yes"] in [row[1:] for row in rows]


@time_machine.travel(TODAY)
def test_the_learner_xlsx_has_one_sheet_per_section(client, teacher, learner_class, studied, quiz_lesson):
    client.force_login(teacher)

    response = client.get(learner_url(learner_class, studied, "xlsx"))

    assert response.status_code == 200
    assert response["Content-Type"] == XLSX
    found = sheets(response)
    assert list(found) == ["Summary", "Hours per lesson", "Classroom sessions", "Quiz results", "Timeline"]
    assert ["Name", "Amal Test"] in found["Summary"]
    assert ["Hours classroom", "<1.5>"] in found["Summary"]
    [_header, session] = found["Classroom sessions"]
    assert session[0].startswith("<") and session[1] == "<90>" and session[3] == "Valg"  # a date is a number
    [_header, quiz] = found["Quiz results"]
    assert quiz[0] == english_title(quiz_lesson)
    assert quiz[2:4] == ["passed", "<100>"]
    sentences = [row[1] for row in found["Timeline"][1:]]
    assert f"Passed the quiz in «{english_title(quiz_lesson)}» with 100 %" in sentences


def test_table_response_keeps_its_signature_for_other_reports():
    response = exports.table_response(
        "Vejle: oversigt", ["Site", "Learners"], [["Sprogcenter A", 12], ["@SUM(A1)", None]], "csv"
    )

    assert response["Content-Disposition"] == 'attachment; filename="vejle-oversigt.csv"'
    assert response.content.decode("utf-8") == "\ufeffSite,Learners\r\nSprogcenter A,12\r\n'@SUM(A1),\r\n"
    with pytest.raises(ValueError):
        exports.table_response("x", [], [], "pdf")


def test_sheet_names_are_made_valid_and_unique():
    response = exports.sections_response(
        "x", [("A/B: [1]?", ["a"], [[1]]), ("a/b: [1]?", ["b"], [[2]]), ("x" * 40, ["c"], [])], "xlsx"
    )

    assert list(sheets(response)) == ["A-B- -1--", "a-b- -1-- (2)", "x" * 31]


@pytest.mark.parametrize("which", ["class", "learner"])
def test_an_anonymous_visitor_is_sent_to_the_login(client, learner_class, course, which):
    learner = enrol(learner_class, course, "Amal")
    path = class_url(learner_class, "csv") if which == "class" else learner_url(learner_class, learner, "csv")

    response = client.get(path)

    assert response.status_code == 302
    assert response["Location"].startswith("/en/login/")


@pytest.mark.parametrize("which", ["class", "learner"])
def test_a_learner_is_refused(client, learner_class, course, which):
    learner = enrol(learner_class, course, "Amal")
    client.force_login(learner)
    path = (
        class_url(learner_class, "xlsx") if which == "class" else learner_url(learner_class, learner, "xlsx")
    )

    assert client.get(path).status_code == 403


@pytest.mark.parametrize("which", ["class", "learner"])
def test_a_teacher_of_another_site_gets_not_found(client, other_site_teacher, learner_class, course, which):
    learner = enrol(learner_class, course, "Amal")
    client.force_login(other_site_teacher)
    path = class_url(learner_class, "csv") if which == "class" else learner_url(learner_class, learner, "csv")

    assert client.get(path).status_code == 404


def test_a_learner_of_another_class_cannot_be_exported_through_this_class(
    client, teacher, learner_class, course, site_a
):
    other = LearnerClass.objects.create(site=site_a, name="Andet hold")
    stranger = enrol(other, course, "Sameer")
    client.force_login(teacher)

    assert client.get(learner_url(learner_class, stranger, "csv")).status_code == 404
    assert client.get(learner_url(other, stranger, "csv")).status_code == 200


@time_machine.travel(TODAY)
def test_the_learner_export_takes_a_fixed_number_of_queries(
    client, teacher, learner_class, studied, django_assert_num_queries
):
    client.force_login(teacher)
    client.get(learner_url(learner_class, studied, "xlsx"))

    # 19: the quiz and activity titles in the reader's language are one query for every lesson
    # (and the two locales), however many quizzes the learner took.
    # 19 for the export, 2 for the access log (the class's municipality, the record)
    with django_assert_num_queries(21):
        response = client.get(learner_url(learner_class, studied, "xlsx"))

    assert response.status_code == 200
