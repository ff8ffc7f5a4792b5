import pytest
from django.urls import reverse
from django.utils import translation

from lessons.models import CommunityResource, GlossaryTerm

pytestmark = pytest.mark.django_db


def test_a_glossary_term_is_read_in_the_active_language():
    explanations = {}
    for language in ("da", "en", "ar", "uk"):
        with translation.override(language):
            term = GlossaryTerm.objects.get(key="mitid")
            explanations[language] = term.explanation
            assert explanations[language] == term.get_translation(language).explanation

    assert len(set(explanations.values())) == 4


def test_a_missing_translation_falls_back_to_danish():
    resource = CommunityResource.objects.language("da").create(
        key="only-danish",
        category="health",
        url="https://www.sundhed.dk/",
        name="Kun dansk",
        description="Tekst",
    )

    with translation.override("uk"):
        fetched = CommunityResource.objects.get(pk=resource.pk)
        assert fetched.name == "Kun dansk"


def edit_url(model, pk):
    return reverse(f"wagtailsnippets_lessons_{model._meta.model_name}:edit", args=[pk])


def form_data(term, **overrides):
    data = {"key": term.key}
    for translated in term.translations.all():
        data[f"term_{translated.language_code}"] = translated.term
        data[f"explanation_{translated.language_code}"] = translated.explanation
    data.update(overrides)
    return data


def test_the_admin_form_shows_every_language_side_by_side(client, editor):
    term = GlossaryTerm.objects.get(key="mitid")
    client.force_login(editor)

    response = client.get(edit_url(GlossaryTerm, term.pk))

    html = response.content.decode()
    assert response.status_code == 200
    for language in ("da", "en", "ar", "uk"):
        assert f'name="term_{language}"' in html
        assert f'name="explanation_{language}"' in html
    assert term.get_translation("ar").explanation in html
    assert 'lang="ar" dir="rtl"' in html


def test_the_admin_form_saves_each_language(client, editor):
    term = GlossaryTerm.objects.get(key="mitid")
    client.force_login(editor)

    response = client.post(
        edit_url(GlossaryTerm, term.pk),
        form_data(term, term_uk="MitID (українською)", explanation_uk="Ваш цифровий підпис."),
    )

    assert response.status_code == 302
    assert GlossaryTerm.objects.get(pk=term.pk).get_translation("uk").explanation == "Ваш цифровий підпис."
    assert GlossaryTerm.objects.get(pk=term.pk).get_translation("da").term == term.get_translation("da").term


def test_emptying_a_language_removes_its_translation(client, editor):
    term = GlossaryTerm.objects.get(key="mitid")
    client.force_login(editor)

    client.post(edit_url(GlossaryTerm, term.pk), form_data(term, term_uk="", explanation_uk=""))

    assert not GlossaryTerm.objects.get(pk=term.pk).has_translation("uk")
    assert GlossaryTerm.objects.get(pk=term.pk).has_translation("ar")


def test_a_half_filled_language_is_refused_with_a_field_error(client, editor):
    term = GlossaryTerm.objects.get(key="mitid")
    client.force_login(editor)

    response = client.post(edit_url(GlossaryTerm, term.pk), form_data(term, explanation_uk=""))

    assert response.status_code == 200
    with translation.override("da"):  # the admin speaks the default language to this editor
        assert translation.gettext("Fill in every field of this language.") in response.content.decode()
    assert GlossaryTerm.objects.get(pk=term.pk).get_translation("uk").explanation


def test_the_danish_text_is_required(client, editor):
    term = GlossaryTerm.objects.get(key="mitid")
    client.force_login(editor)

    response = client.post(edit_url(GlossaryTerm, term.pk), form_data(term, term_da="", explanation_da=""))

    assert response.status_code == 200
    assert GlossaryTerm.objects.get(pk=term.pk).get_translation("da").term


def test_a_learner_cannot_open_the_snippet_editor(client, learner):
    term = GlossaryTerm.objects.get(key="mitid")
    client.force_login(learner)

    response = client.get(edit_url(GlossaryTerm, term.pk))

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
