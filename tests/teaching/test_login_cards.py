"""Printable login cards with a QR code of the login link; a new PIN, and the card reprinted."""

import datetime
from unittest import mock

import pytest
import segno
from django.conf import settings
from django.utils import translation
from django.utils.html import escape

from accounts import throttle
from accounts.models import User
from teaching import enrolment
from teaching.enrolment import cards
from teaching.models import LearnerClass
from tests.factories import UserFactory

INSTRUCTION = "Scan the code with your phone, or type the address. Then type your PIN."


@pytest.fixture(autouse=True)
def base_url(settings):
    settings.SITE_BASE_URL = "https://samfund.example"


def enrol(teacher, learner_class, name, language="ar"):
    data = {"name": name, "start_date": datetime.date(2026, 3, 1), "language": language}
    return enrolment.enrol_learner(teacher, learner_class, data)


@pytest.fixture
def amal(teacher, learner_class):
    return enrol(teacher, learner_class, "Amal Hassan")


def cards_url(learner_class, query=""):
    return f"/en/teach/classes/{learner_class.pk}/cards/{query}"


def pin_url(learner_class, learner):
    return f"/en/teach/classes/{learner_class.pk}/learners/{learner.pk}/pin/"


def test_a_card_shows_name_user_name_pin_and_the_login_address(client, teacher, learner_class, amal):
    client.force_login(teacher)

    response = client.get(cards_url(learner_class))

    assert response.status_code == 200
    body = response.content.decode()
    assert "Amal Hassan" in body
    assert ">amal.hassan</bdi>" in body
    assert f">{amal.card_pin}</bdi>" in body
    assert "https://samfund.example/ar/login/amal.hassan/" in body


def test_the_qr_code_is_an_inline_svg_of_the_login_address_in_the_learners_language(
    client, teacher, learner_class, amal
):
    client.force_login(teacher)

    with mock.patch.object(cards.segno, "make_qr", wraps=segno.make_qr) as make_qr:
        body = client.get(cards_url(learner_class)).content.decode()

    make_qr.assert_called_once_with("https://samfund.example/ar/login/amal.hassan/", error="m")
    expected = segno.make_qr("https://samfund.example/ar/login/amal.hassan/", error="m")
    assert cards.qr_svg("https://samfund.example/ar/login/amal.hassan/") in body
    assert 'class="qr-code"' in body
    assert expected.svg_inline(scale=1, border=2, omitsize=True, svgclass="qr-code").split("<path")[1] in body


def test_the_instruction_is_in_the_learners_language_and_in_danish(client, teacher, learner_class, amal):
    client.force_login(teacher)

    body = client.get(cards_url(learner_class)).content.decode()

    for language, direction in (("ar", "rtl"), ("da", "ltr")):
        with translation.override(language):
            instruction = escape(translation.gettext(INSTRUCTION))
        assert f'<p class="card-instruction" lang="{language}" dir="{direction}">{instruction}</p>' in body


def test_a_danish_learners_card_is_in_danish_once(client, teacher, learner_class):
    enrol(teacher, learner_class, "Søren Ærø", language="da")
    client.force_login(teacher)

    body = client.get(cards_url(learner_class)).content.decode()

    assert body.count('class="card-instruction"') == 1
    assert "https://samfund.example/da/login/soeren.aeroe/" in body


def test_the_sheet_has_every_learner_of_the_class_and_no_one_else(
    client, teacher, learner_class, amal, site_a
):
    olena = enrol(teacher, learner_class, "Olena Koval", language="uk")
    other_class = LearnerClass.objects.create(site=site_a, name="Dansk 2")
    enrol(teacher, other_class, "Dawit Tesfaye", language="en")
    client.force_login(teacher)

    response = client.get(cards_url(learner_class))

    assert [card.learner for card in response.context["cards"]] == [amal, olena]
    assert "dawit.tesfaye" not in response.content.decode()


def test_one_learners_card_alone(client, teacher, learner_class, amal):
    enrol(teacher, learner_class, "Olena Koval", language="uk")
    client.force_login(teacher)

    response = client.get(cards_url(learner_class, f"?learner={amal.pk}"))

    assert [card.learner for card in response.context["cards"]] == [amal]
    assert "olena.koval" not in response.content.decode()


@pytest.mark.parametrize("query", ["?learner=999999", "?learner=abc", "?learner={teacher}"])
def test_a_card_of_someone_not_in_the_class_is_not_found(client, teacher, learner_class, amal, query):
    learner_class.learners.add(teacher)
    client.force_login(teacher)

    assert client.get(cards_url(learner_class, query.format(teacher=teacher.pk))).status_code == 404


def test_the_card_page_is_printable_and_never_cached(client, teacher, learner_class, amal):
    client.force_login(teacher)

    response = client.get(cards_url(learner_class))

    body = response.content.decode()
    assert "css/enrolment.css" in body
    assert "js/print-cards.js" in body
    assert "data-print-cards" in body
    assert "no-store" in response["Cache-Control"]


def test_the_card_page_works_in_arabic(client, teacher, learner_class, amal):
    client.force_login(teacher)

    response = client.get(cards_url(learner_class).replace("/en/", "/ar/"))

    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl">' in response.content.decode()


def test_a_learner_without_a_kept_pin_is_marked_on_the_card(client, teacher, learner_class, learner):
    learner_class.learners.add(learner)
    client.force_login(teacher)

    body = client.get(cards_url(learner_class)).content.decode()

    assert "No PIN kept for this learner: give them a new PIN to print the card." in body


def test_a_new_pin_replaces_the_old_and_the_card_shows_it(client, teacher, learner_class, amal):
    old_pin = amal.card_pin
    client.force_login(teacher)

    with mock.patch.object(enrolment, "new_pin", return_value="482913"):
        response = client.post(pin_url(learner_class, amal), follow=True)

    amal.refresh_from_db()
    assert response.redirect_chain == [(cards_url(learner_class, f"?learner={amal.pk}"), 302)]
    assert amal.check_password("482913")
    assert not amal.check_password(old_pin)
    assert amal.card_pin == "482913"
    body = response.content.decode()
    assert ">482913</bdi>" in body
    assert "Amal Hassan has a new PIN. The old login card no longer works" in body


def test_a_new_pin_lifts_a_login_lock_out(
    client, teacher, learner_class, amal, django_capture_on_commit_callbacks
):
    for _attempt in range(settings.LOGIN_FAILURES_PER_ACCOUNT):
        throttle.record_failure("amal.hassan", "192.0.2.1")
    assert throttle.seconds_to_wait("amal.hassan", "192.0.2.7")
    client.force_login(teacher)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(pin_url(learner_class, amal))

    assert throttle.seconds_to_wait("amal.hassan", "192.0.2.7") == 0


def test_the_pin_is_stored_encrypted_and_dropped_when_the_password_changes_elsewhere(amal):
    pin = amal.card_pin

    assert pin not in amal.card_pin_encrypted
    assert User.objects.get(pk=amal.pk).card_pin == pin
    amal.set_password(pin)  # the same password re-hashed keeps the card
    assert amal.card_pin == pin
    amal.set_password("something-else")
    assert amal.card_pin == ""


def test_asking_for_a_new_pin_needs_a_post(client, teacher, learner_class, amal):
    pin = amal.card_pin
    client.force_login(teacher)

    assert client.get(pin_url(learner_class, amal)).status_code == 405
    amal.refresh_from_db()
    assert amal.card_pin == pin


def test_a_new_pin_for_someone_not_in_the_class_is_not_found(client, teacher, learner_class, site_a):
    outsider = UserFactory(role=User.Role.LEARNER, sites=[site_a])
    client.force_login(teacher)

    assert client.post(pin_url(learner_class, outsider)).status_code == 404
    outsider.refresh_from_db()
    assert outsider.check_password("password")


def test_strangers_are_refused(client, learner, other_site_teacher, learner_class, amal):
    pin = amal.card_pin
    requests = [(client.get, cards_url(learner_class)), (client.post, pin_url(learner_class, amal))]

    for send, path in requests:
        response = send(path)
        assert response.status_code == 302
        assert response["Location"].startswith("/en/login/")

    client.force_login(learner)
    for send, path in requests:
        assert send(path).status_code == 403

    client.force_login(other_site_teacher)
    for send, path in requests:
        assert send(path).status_code == 404

    amal.refresh_from_db()
    assert amal.card_pin == pin
