"""The certificate: a PDF in the learner's language and Danish, for the learner and their teachers."""

import datetime
import io
import re

import pytest
import time_machine
from pypdf import PdfReader

from accounts.models import User
from certificates.pdf import certificate_number
from progress.models import CourseProgress
from progress.standing import danish_course
from teaching.models import LearnerClass
from tests.factories import UserFactory

TODAY = datetime.datetime(2026, 6, 1, 12, tzinfo=datetime.UTC)


@pytest.fixture
def course(db):
    return danish_course()


@pytest.fixture
def learner_class(site_a, teacher, learner):
    learner_class = LearnerClass.objects.create(site=site_a, name="Dansk 3, hold A")
    learner_class.teachers.add(teacher)
    learner_class.learners.add(learner)
    return learner_class


def met(learner, course, *, first_name, last_name, language):
    """`learner` named and speaking `language`, with 21.5 hours and every mandatory module done."""
    learner.first_name, learner.last_name = first_name, last_name
    learner.preferred_language = language
    learner.programme_start = datetime.date(2026, 1, 15)
    learner.save()
    return CourseProgress.objects.create(
        learner=learner,
        course_key=course.translation_key,
        elearning_seconds=18 * 3600,
        classroom_seconds=int(3.5 * 3600),
        mandatory_modules_done=9,
        mandatory_modules_total=9,
        satisfied_at=datetime.datetime(2026, 5, 20, 10, tzinfo=datetime.UTC),
    )


def pdf_text(response):
    reader = PdfReader(io.BytesIO(response.content))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def font_names(response):
    reader = PdfReader(io.BytesIO(response.content))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    return {str(fonts[key].get_object()["/BaseFont"]) for key in fonts}


def assert_pdf_download(response, username):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'attachment; filename="samfund-certificate-{username}.pdf"'
    assert response["Cache-Control"] == "no-store, private"
    assert response.content.startswith(b"%PDF-")


@time_machine.travel(TODAY)
def test_it_gives_a_learner_who_met_the_requirement_a_certificate_in_english_and_danish(
    client, learner, course, site_a
):
    progress = met(learner, course, first_name="Amal", last_name="Hassan", language="en")
    client.force_login(learner)

    response = client.get("/en/my-course/certificate.pdf")

    assert_pdf_download(response, learner.username)
    text = pdf_text(response)
    assert text.count("Amal Hassan") == 2
    assert "has completed the course in understanding Danish society" in text
    # English, then Danish: figures and dates in each language's own format.
    assert "21.5, of which 18.0 e-learning and 3.5 in class" in text
    assert "21,5" in text
    assert "May 20, 2026" in text and "20. maj 2026" in text
    assert "Jan. 15, 2026" in text and "15. januar 2026" in text
    assert "July 15, 2026" in text and "15. juli 2026" in text
    assert "June 1, 2026" in text and "1. juni 2026" in text
    assert "9 of 9" in text
    assert f"{site_a.name}, {site_a.municipality.name}" in text
    assert text.count(certificate_number(learner, progress)) == 2
    assert text.index("English") < text.index("Dansk")


@time_machine.travel(TODAY)
def test_it_gives_a_ukrainian_learner_a_certificate_in_ukrainian_and_danish(client, learner, course):
    met(learner, course, first_name="Богдан", last_name="Коваленко", language="uk")
    client.force_login(learner)

    response = client.get("/uk/my-course/certificate.pdf")

    assert_pdf_download(response, learner.username)
    text = pdf_text(response)
    assert text.count("Богдан Коваленко") == 2
    assert "20 травня 2026 р." in text and "20. maj 2026" in text
    assert "15 липня 2026 р." in text and "15. juli 2026" in text
    assert "21,5" in text
    assert "Українська" in text and "Dansk" in text


@time_machine.travel(TODAY)
def test_it_draws_an_arabic_certificate_with_the_arabic_font(client, learner, course):
    met(learner, course, first_name="أمل", last_name="حسن", language="ar")
    client.force_login(learner)

    response = client.get("/ar/my-course/certificate.pdf")

    assert_pdf_download(response, learner.username)
    assert any("NotoNaskhArabic" in name for name in font_names(response))
    assert any("NotoSerif" in name for name in font_names(response))
    assert len(response.content) < 100_000, "the fonts are subsetted"
    text = pdf_text(response)
    assert "20. maj 2026" in text
    # The glyphs are shaped (joined forms) and laid out right to left; the PDF maps them back to
    # letters, which an extractor gives with stray control characters and spaces between glyph runs.
    letters = re.sub(r"[\x00-\x1f\s]", "", text)
    assert "أملحسن" in letters


@time_machine.travel(TODAY)
def test_a_danish_learner_gets_the_certificate_in_danish_once(client, learner, course):
    met(learner, course, first_name="Søren", last_name="Ærø", language="da")
    client.force_login(learner)

    response = client.get("/da/my-course/certificate.pdf")

    assert_pdf_download(response, learner.username)
    text = pdf_text(response)
    assert text.count("Søren Ærø") == 1
    assert "20. maj 2026" in text


def test_the_certificate_number_is_the_same_every_time(learner, course):
    progress = met(learner, course, first_name="Amal", last_name="Hassan", language="en")

    number = certificate_number(learner, progress)

    assert re.fullmatch(rf"SAM-{progress.pk:06d}-[0-9A-F]{{6}}", number)
    assert certificate_number(learner, CourseProgress.objects.get(pk=progress.pk)) == number


def test_it_explains_what_is_missing_when_the_requirement_is_not_met(client, learner, course):
    CourseProgress.objects.create(
        learner=learner,
        course_key=course.translation_key,
        elearning_seconds=12 * 3600,
        mandatory_modules_done=5,
        mandatory_modules_total=9,
    )
    client.force_login(learner)

    response = client.get("/en/my-course/certificate.pdf")

    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")
    body = response.content.decode()
    assert "The certificate is not available yet" in body
    assert "8.0 more hours (the course requires 20 hours)" in body
    assert "4 mandatory modules to complete." in body


def test_a_learner_who_has_not_started_is_told_the_whole_requirement(client, learner, course):
    client.force_login(learner)

    response = client.get("/en/my-course/certificate.pdf")

    assert response.status_code == 404
    body = response.content.decode()
    assert "20.0 more hours" in body
    assert f"{len(course.mandatory_modules())} mandatory module" in body


def test_an_anonymous_visitor_is_sent_to_the_login(client):
    response = client.get("/en/my-course/certificate.pdf")

    assert response.status_code == 302
    assert response["Location"].startswith("/en/login/")


@time_machine.travel(TODAY)
def test_another_learner_gets_only_their_own(client, learner, course, learner_class, site_a):
    met(learner, course, first_name="Amal", last_name="Hassan", language="en")
    other = UserFactory(role=User.Role.LEARNER, sites=[site_a])
    learner_class.learners.add(other)
    client.force_login(other)

    own = client.get("/en/my-course/certificate.pdf")
    teachers = client.get(f"/en/teach/classes/{learner_class.pk}/learners/{learner.pk}/certificate.pdf")

    assert own.status_code == 404
    assert "Amal" not in own.content.decode()
    assert teachers.status_code == 403


@time_machine.travel(TODAY)
def test_the_teacher_of_the_class_downloads_the_certificate(client, teacher, learner, course, learner_class):
    met(learner, course, first_name="Amal", last_name="Hassan", language="en")
    client.force_login(teacher)

    response = client.get(f"/en/teach/classes/{learner_class.pk}/learners/{learner.pk}/certificate.pdf")

    assert_pdf_download(response, learner.username)
    assert pdf_text(response).count("Amal Hassan") == 2


@time_machine.travel(TODAY)
def test_the_municipality_coordinator_downloads_the_certificate(
    client, coordinator, learner, course, learner_class
):
    met(learner, course, first_name="Amal", last_name="Hassan", language="en")
    client.force_login(coordinator)

    response = client.get(f"/en/teach/classes/{learner_class.pk}/learners/{learner.pk}/certificate.pdf")

    assert_pdf_download(response, learner.username)


@time_machine.travel(TODAY)
def test_a_teacher_of_another_site_finds_nothing(client, other_site_teacher, learner, course, learner_class):
    met(learner, course, first_name="Amal", last_name="Hassan", language="en")
    client.force_login(other_site_teacher)

    response = client.get(f"/en/teach/classes/{learner_class.pk}/learners/{learner.pk}/certificate.pdf")

    assert response.status_code == 404
    assert "Amal" not in response.content.decode()


@time_machine.travel(TODAY)
def test_the_learner_must_be_in_the_class(client, teacher, course, learner_class, site_a):
    outside = UserFactory(role=User.Role.LEARNER, sites=[site_a])
    met(outside, course, first_name="Yusra", last_name="Beta", language="en")
    client.force_login(teacher)

    response = client.get(f"/en/teach/classes/{learner_class.pk}/learners/{outside.pk}/certificate.pdf")

    assert response.status_code == 404
    assert "Yusra" not in response.content.decode()


def test_the_teacher_is_told_what_the_learner_still_misses(client, teacher, learner, course, learner_class):
    learner.first_name = "Amal"
    learner.save()
    CourseProgress.objects.create(
        learner=learner,
        course_key=course.translation_key,
        elearning_seconds=20 * 3600,
        mandatory_modules_done=8,
        mandatory_modules_total=9,
    )
    client.force_login(teacher)

    response = client.get(f"/en/teach/classes/{learner_class.pk}/learners/{learner.pk}/certificate.pdf")

    assert response.status_code == 404
    body = response.content.decode()
    assert "Amal gets a certificate when they have met the course requirement" in body
    assert "1 mandatory module to complete." in body
    assert "more hours" not in body
    assert f"/en/teach/classes/{learner_class.pk}/" in body


def test_a_learner_is_refused_the_teachers_url(client, learner, learner_class):
    client.force_login(learner)

    response = client.get(f"/en/teach/classes/{learner_class.pk}/learners/{learner.pk}/certificate.pdf")

    assert response.status_code == 403


@time_machine.travel(TODAY)
def test_my_course_offers_the_certificate_once_the_requirement_is_met(client, learner, course):
    client.force_login(learner)
    assert "Download your certificate" not in client.get("/en/my-course/").content.decode()

    met(learner, course, first_name="Amal", last_name="Hassan", language="en")
    body = client.get("/en/my-course/").content.decode()

    assert "Download your certificate" in body
    assert 'href="/en/my-course/certificate.pdf"' in body


@time_machine.travel(TODAY)
@pytest.mark.parametrize(
    ("language", "first_name", "last_name", "font"),
    [
        ("ti", "ዮናስ", "ተኽለ", "NotoSansEthiopic"),
        ("fa", "مریم", "احمدی", "NotoNaskhArabic"),
        ("so", "Faadumo", "Cali", "NotoSerif"),
    ],
)
def test_a_learner_in_a_newer_language_gets_a_certificate_drawn_in_its_script(
    client, learner, course, language, first_name, last_name, font
):
    met(learner, course, first_name=first_name, last_name=last_name, language=language)
    client.force_login(learner)

    response = client.get(f"/{language}/my-course/certificate.pdf")

    assert_pdf_download(response, learner.username)
    assert any(font in name for name in font_names(response)), font_names(response)
    text = pdf_text(response)
    assert "20. maj 2026" in text and "Dansk" in text
    if language == "so":
        assert text.count("Faadumo Cali") == 2 and "Soomaali" in text
