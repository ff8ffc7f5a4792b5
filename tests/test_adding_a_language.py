"""Adding a language is configuration: Dari, which Django does not know, served end to end."""

import polib
import pytest
from django.core import checks
from django.test import override_settings
from wagtail.models import Locale

from config.languages import language_choices
from courses.checks import check_languages

pytestmark = pytest.mark.django_db


@pytest.fixture
def dari(tmp_path, settings):
    """Dari configured (no content in it yet), with an interface catalogue of one translated string."""
    catalogue_dir = tmp_path / "prs" / "LC_MESSAGES"
    catalogue_dir.mkdir(parents=True)
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "prs"}
    po.append(polib.POEntry(msgid="Skip to content", msgstr="رفتن به محتوا"))
    po.save_as_mofile(str(catalogue_dir / "django.mo"))
    po.save(str(catalogue_dir / "django.po"))
    languages = language_choices(["da", "en", "ar", "uk", "prs"])
    with override_settings(LANGUAGES=languages, WAGTAIL_CONTENT_LANGUAGES=languages, LOCALE_PATHS=[tmp_path]):
        # Django's setting_changed handlers reset its translation caches.
        Locale.objects.get_or_create(language_code="prs")
        yield


def test_a_dari_visitor_gets_the_danish_home_in_a_dari_interface_right_to_left(client, dari):
    response = client.get("/prs/")

    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="prs" dir="rtl">' in html
    assert "رفتن به محتوا" in html
    assert 'class="notice" role="status"' in html  # the Danish home, said to be Danish
    assert '<main id="main" lang="da" dir="ltr">' in html


def test_the_language_chooser_offers_dari_in_its_own_script(client, dari):
    response = client.get("/")

    assert 'href="/prs/"' in response.content.decode()
    assert "دری" in response.content.decode()


def test_a_configured_language_without_any_catalogue_is_a_configuration_error(settings):
    languages = language_choices(["da", "en", "ps"])  # Pashto: Django knows it from us, no catalogue
    with override_settings(LANGUAGES=languages):
        problems = check_languages(None)

    assert [problem.id for problem in problems if problem.level == checks.ERROR] == ["samfund.E004"]
    assert "/ps/" in problems[0].msg
