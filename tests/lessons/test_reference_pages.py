"""Learners browse the glossary and the directory of places to get help in their language: search in
their language or Danish, filter by what it is about and by city, and reach both from "My course"
and from every lesson."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from lessons.models import CommunityResource, GlossaryTerm

pytestmark = pytest.mark.django_db

LANGUAGES = ["da", "ar", "uk", "fa"]


def url(name, language, **params):
    with translation.override(language):
        path = reverse(name)
    return path, params


def get(client, name, language, **params):
    path, params = url(name, language, **params)
    response = client.get(path, params)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_glossary_lists_every_term_in_the_learners_language(client, language):
    html = get(client, "glossary", language)
    text = re.sub(r"</?bdi[^>]*>", "", html)
    term = GlossaryTerm.objects.get(key="borgerservice")
    term.set_current_language(language)

    assert html.count('class="card"') == GlossaryTerm.objects.count()
    assert term.explanation.split(".")[0][:30] in text
    direction = "rtl" if language in ("ar", "fa") else "ltr"
    assert f'lang="{language}" dir="{direction}" id="borgerservice"' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_learner_finds_a_term_by_its_danish_word_or_in_their_language(client, language):
    term = GlossaryTerm.objects.get(key="kommune")
    term.set_current_language(language)
    own_word = term.term.split(" (")[0]

    by_danish = get(client, "glossary", language, q="kommune")
    by_own_word = get(client, "glossary", language, q=own_word)
    nothing = get(client, "glossary", language, q="zzzz-ingenting")

    assert 'id="kommune"' in by_danish and 'id="kommune"' in by_own_word
    assert by_danish.count('class="card"') < GlossaryTerm.objects.count()
    assert 'class="card"' not in nothing


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_directory_filters_by_category_and_searches(client, language):
    health = CommunityResource.objects.filter(category="health")

    html = get(client, "resource_directory", language, category="health")
    found = get(client, "resource_directory", language, q="borger.dk")

    assert html.count('<li class="card"') == health.count() > 0
    for resource in health:
        assert resource.url in html
    assert "https://www.borger.dk/" in found
    assert found.count('<li class="card"') < CommunityResource.objects.count()


def test_a_city_gives_its_own_places_first_and_the_national_services_after(client):
    local = CommunityResource.objects.exclude(city="").first()
    other = CommunityResource.objects.filter(city="").first()

    html = get(client, "resource_directory", "en", city=local.city)
    national_only = get(client, "resource_directory", "en", city="-")

    assert html.index(local.url) < html.index('id="national-heading"') < html.index(other.url)
    assert local.url not in national_only and other.url in national_only


@pytest.mark.parametrize("params", [{"category": "nonsense"}, {"city": "<script>"}, {"q": "x" * 500}])
def test_a_filter_it_does_not_know_shows_the_directory_instead_of_failing(client, params):
    html = get(client, "resource_directory", "ar", **params)

    assert "<script>" not in html.replace("<script src", "")
    assert '<li class="card"' in html


def test_my_course_and_every_lesson_link_to_the_glossary_and_the_directory(client, learner):
    from wagtail.models import Locale

    from lessons.models import LessonPage

    client.force_login(learner)
    lesson = LessonPage.objects.live().filter(locale__language_code="ar").first()
    with translation.override("ar"):
        home = client.get(reverse("learner_home")).content.decode()
        glossary, directory = reverse("glossary"), reverse("resource_directory")
    page = client.get(lesson.url).content.decode()

    assert lesson.locale == Locale.objects.get(language_code="ar")
    for html in (home, page):
        assert f'href="{glossary}"' in html and f'href="{directory}"' in html
