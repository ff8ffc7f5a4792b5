"""Enrolling one learner by form, changing their details, and taking them out of a class."""

import datetime

import pytest
import time_machine
from django.utils.html import escape

from accounts.models import User
from teaching.enrolment import checks, names
from teaching.models import LearnerClass
from tests.factories import UserFactory

TODAY = datetime.datetime(2026, 3, 10, 12, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def today():
    with time_machine.travel(TODAY):
        yield


VALID = {
    "name": "Amal Hassan",
    "start_date": "2026-03-01",
    "language": "ar",
    "email": "amal@example.org",
    "phone": "+45 12 34 56 78",
    "reference": "K-1042",
}


@pytest.fixture
def enrolled(learner_class):
    learner = UserFactory(
        role=User.Role.LEARNER,
        username="amal.hassan",
        first_name="Amal",
        last_name="Hassan",
        sites=[learner_class.site],
    )
    learner.programme_start = datetime.date(2026, 3, 1)
    learner.preferred_language = "ar"
    learner.external_reference = "K-1042"
    learner.save()
    learner_class.learners.add(learner)
    return learner


def new_url(learner_class):
    return f"/en/teach/classes/{learner_class.pk}/learners/new/"


def edit_url(learner_class, learner):
    return f"/en/teach/classes/{learner_class.pk}/learners/{learner.pk}/edit/"


def test_it_enrols_a_learner_with_every_field_in_the_class(client, teacher, learner_class):
    client.force_login(teacher)

    response = client.post(new_url(learner_class), VALID)

    learner = User.objects.get(username="amal.hassan")
    assert response.status_code == 302
    assert response["Location"] == f"/en/teach/classes/{learner_class.pk}/cards/?learner={learner.pk}"
    assert (learner.first_name, learner.last_name, learner.role) == ("Amal", "Hassan", User.Role.LEARNER)
    assert learner.programme_start == datetime.date(2026, 3, 1)
    assert learner.preferred_language == "ar"
    assert (learner.email, learner.phone, learner.external_reference) == (
        "amal@example.org",
        "+45 12 34 56 78",
        "K-1042",
    )
    assert list(learner.sites.all()) == [learner_class.site]
    assert learner.municipality == learner_class.site.municipality
    assert list(learner_class.learners.all()) == [learner]
    assert learner.card_pin.isdigit() and len(learner.card_pin) == 6
    assert learner.check_password(learner.card_pin)


def test_after_enrolling_the_card_shows_the_new_pin(client, teacher, learner_class):
    client.force_login(teacher)

    response = client.post(new_url(learner_class), VALID, follow=True)

    learner = User.objects.get(username="amal.hassan")
    body = response.content.decode()
    assert "Amal Hassan is enrolled" in body
    assert learner.card_pin in body


def test_it_accepts_only_the_required_fields(client, teacher, learner_class):
    client.force_login(teacher)

    response = client.post(
        new_url(learner_class), {"name": "Ewa", "start_date": "1.3.2026", "language": "da"}
    )

    assert response.status_code == 302
    learner = User.objects.get(username="ewa")
    assert (learner.first_name, learner.last_name, learner.email) == ("Ewa", "", "")
    assert learner.programme_start == datetime.date(2026, 3, 1)


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"name": "  "}, "name", "Write the learner's name."),
        ({"start_date": "31.02.2026"}, "start_date", "that day does not exist"),
        ({"start_date": "next week"}, "start_date", "is not a date"),
        ({"start_date": "2062-03-01"}, "start_date", "more than a year from now"),
        ({"language": "xx"}, "language", "Select a valid choice"),
        ({"language": ""}, "language", "Choose the learner's language."),
        ({"email": "amal@"}, "email", "“amal@” is not an e-mail address."),
        ({"phone": "call me"}, "phone", "is not a phone number"),
        ({"reference": "x" * 65}, "reference", "at most 64 characters"),
    ],
)
def test_a_wrong_field_is_refused_and_every_value_kept(
    client, teacher, learner_class, change, field, message
):
    client.force_login(teacher)

    response = client.post(new_url(learner_class), VALID | change)

    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    body = response.content.decode()
    assert escape(message) in body
    kept = {name: value for name, value in (VALID | change).items() if name != field}
    for value in kept.values():
        assert f'value="{value}"' in body
    assert not User.objects.filter(first_name="Amal").exists()


def test_the_same_learner_twice_in_the_class_is_refused(client, teacher, learner_class, enrolled):
    client.force_login(teacher)

    response = client.post(new_url(learner_class), VALID | {"reference": ""})

    assert response.status_code == 200
    assert "Already in the class as amal.hassan (same name and start date)." in response.content.decode()
    assert User.objects.filter(first_name="Amal").count() == 1


def test_the_same_reference_twice_in_the_class_is_refused(client, teacher, learner_class, enrolled):
    client.force_login(teacher)

    response = client.post(new_url(learner_class), VALID | {"name": "Someone Else", "reference": "k-1042"})

    assert response.status_code == 200
    assert "Already in the class as amal.hassan (same reference)." in response.content.decode()


def test_generated_user_names_are_unique(client, teacher, learner_class):
    client.force_login(teacher)
    UserFactory(username="amal.hassan")

    for start in ("2026-03-01", "2026-03-02", "2026-03-03"):
        client.post(new_url(learner_class), VALID | {"start_date": start, "reference": ""})

    assert sorted(learner_class.learners.values_list("username", flat=True)) == [
        "amal.hassan2",
        "amal.hassan3",
        "amal.hassan4",
    ]


@pytest.mark.parametrize(
    ("name", "username"),
    [
        ("Amal Hassan", "amal.hassan"),
        ("Søren Ærø Østergård", "soeren.oestergaard"),
        ("José Ñúñez", "jose.nunez"),
        ("Łukasz Wójcik", "lukasz.wojcik"),
        ("Олена Коваль", "olena.koval"),
        ("Юлія Євтушенко", "yuliia.yevtushenko"),
        ("Madonna", "madonna"),
        ("Amal حسن", "amal"),
    ],
)
def test_a_user_name_is_lowercase_ascii_from_the_name(db, name, username):
    assert names.free_username(name) == username


def test_a_name_without_latin_letters_gets_a_short_prefix_and_a_number(db):
    assert names.free_username("أمل حسن") == "elev1"
    UserFactory(username="elev1")
    assert names.free_username("ትግርኛ ስም") == "elev2"


def test_pins_are_six_digits_and_never_obvious():
    pins = {names.new_pin() for _ in range(200)}

    assert all(pin.isdigit() and len(pin) == 6 for pin in pins)
    assert not pins & {"000000", "111111", "123456", "654321", "121212"}


@pytest.mark.parametrize(
    "text", ["2026-03-01", "1-3-2026", "01.03.2026", "1/3/2026", "1. 3. 2026", "01.03.26", "01-03-2026 00:00"]
)
def test_a_start_date_is_read_day_first_in_every_common_form(text):
    assert checks.clean_start_date(text) == datetime.date(2026, 3, 1)


@pytest.mark.parametrize("text", ["ar", "AR", "ar-SY", "Arabic", "arabisk", "Arabisk", "العربية"])
def test_a_language_is_found_by_code_or_name_in_english_danish_or_itself(text):
    assert checks.clean_language(text) == "ar"


def test_it_changes_a_learners_details_but_not_the_user_name(client, teacher, learner_class, enrolled):
    client.force_login(teacher)

    response = client.post(
        edit_url(learner_class, enrolled),
        VALID | {"name": "Amal Hassan Ali", "start_date": "02.03.2026", "language": "da", "phone": ""},
    )

    assert response.status_code == 302
    enrolled.refresh_from_db()
    assert (enrolled.first_name, enrolled.last_name) == ("Amal Hassan", "Ali")
    assert enrolled.programme_start == datetime.date(2026, 3, 2)
    assert (enrolled.preferred_language, enrolled.phone) == ("da", "")
    assert enrolled.username == "amal.hassan"


def test_the_edit_form_shows_the_current_details(client, teacher, learner_class, enrolled):
    client.force_login(teacher)

    body = client.get(edit_url(learner_class, enrolled)).content.decode()

    assert 'value="Amal Hassan"' in body
    assert 'value="2026-03-01"' in body
    assert 'value="K-1042"' in body
    assert '<option value="ar" selected>' in body


def test_saving_a_learner_unchanged_is_not_a_duplicate_of_themselves(
    client, teacher, learner_class, enrolled
):
    client.force_login(teacher)

    response = client.post(edit_url(learner_class, enrolled), VALID)

    assert response.status_code == 302


def test_a_wrong_edit_keeps_the_values_and_changes_nothing(client, teacher, learner_class, enrolled):
    client.force_login(teacher)

    response = client.post(
        edit_url(learner_class, enrolled), VALID | {"name": "Amal H", "start_date": "soon"}
    )

    assert response.status_code == 200
    assert 'value="Amal H"' in response.content.decode()
    enrolled.refresh_from_db()
    assert enrolled.get_full_name() == "Amal Hassan"


def test_it_takes_a_learner_out_of_the_class_and_keeps_the_account(client, teacher, learner_class, enrolled):
    client.force_login(teacher)

    response = client.post(edit_url(learner_class, enrolled), {"remove": "1"})

    assert response.status_code == 302
    assert response["Location"] == f"/en/teach/classes/{learner_class.pk}/"
    assert not learner_class.learners.exists()
    assert User.objects.filter(pk=enrolled.pk).exists()


def test_a_learner_of_another_class_is_not_found(client, teacher, learner_class, site_a):
    other_class = LearnerClass.objects.create(site=site_a, name="Dansk 2")
    stranger = UserFactory(role=User.Role.LEARNER, sites=[site_a])
    other_class.learners.add(stranger)
    client.force_login(teacher)

    assert client.get(edit_url(learner_class, stranger)).status_code == 404
    assert client.post(edit_url(learner_class, stranger), {"remove": "1"}).status_code == 404
    assert other_class.learners.filter(pk=stranger.pk).exists()


def test_a_teacher_in_the_class_list_cannot_be_edited_as_a_learner(client, teacher, learner_class):
    learner_class.learners.add(teacher)
    client.force_login(teacher)

    assert client.get(edit_url(learner_class, teacher)).status_code == 404


def test_the_pages_work_in_arabic(client, teacher, learner_class, enrolled):
    client.force_login(teacher)

    for path in (new_url(learner_class), edit_url(learner_class, enrolled)):
        response = client.get(path.replace("/en/", "/ar/"))
        assert response.status_code == 200
        assert 'dir="rtl"' in response.content.decode()


@pytest.fixture
def pages(learner_class, enrolled):
    return [
        ("get", new_url(learner_class)),
        ("post", new_url(learner_class)),
        ("get", edit_url(learner_class, enrolled)),
        ("post", edit_url(learner_class, enrolled)),
    ]


def test_an_anonymous_visitor_is_sent_to_the_login(client, pages):
    for method, path in pages:
        response = getattr(client, method)(path, VALID)
        assert response.status_code == 302
        assert response["Location"].startswith("/en/login/")


def test_a_learner_is_refused(client, learner, pages):
    client.force_login(learner)

    for method, path in pages:
        assert getattr(client, method)(path, VALID).status_code == 403


def test_a_teacher_of_another_site_is_not_shown_the_class(client, other_site_teacher, pages, enrolled):
    client.force_login(other_site_teacher)

    for method, path in pages:
        assert getattr(client, method)(path, VALID | {"remove": "1"}).status_code == 404
    assert enrolled.learner_classes.exists()
    assert User.objects.filter(role=User.Role.LEARNER, first_name="Amal").count() == 1


@pytest.mark.parametrize(
    ("anchor", "label", "field"),
    [
        ("takeover", "Date the municipality took over responsibility", "programme_start"),
        ("arrival", "Arrival date", "arrival_date"),
        ("residence_permit", "Residence permit date", "residence_permit_date"),
    ],
)
def test_the_start_date_is_the_date_the_course_counts_from(
    client, teacher, learner_class, course, anchor, label, field
):
    course.deadline_from = anchor
    course.save_revision().publish()
    client.force_login(teacher)

    page = client.get(f"/en/teach/classes/{learner_class.pk}/learners/new/").content.decode()
    response = client.post(f"/en/teach/classes/{learner_class.pk}/learners/new/", VALID)

    assert f'<label for="id_start_date">{label}:</label>' in page or f">{label}</label>" in page
    learner = User.objects.get(role=User.Role.LEARNER, first_name="Amal")
    assert response.status_code == 302
    assert getattr(learner, field) == datetime.date(2026, 3, 1)
    other_dates = {"programme_start", "arrival_date", "residence_permit_date"} - {field}
    assert all(getattr(learner, name) is None for name in other_dates)
