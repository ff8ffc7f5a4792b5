"""The glossary and the directory of places to get help, as learners browse them.

Both read the django-parler rows directly: each term or resource in the active language where it is
translated, else in Danish, and matched by a search in either (a learner may search the Danish
word they met on a letter).
"""

from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from lessons.models import CommunityResource, GlossaryTerm

NATIONAL = "-"  # the city filter's value for "everywhere in Denmark"


def _languages():
    return [get_language(), settings.PARLER_DEFAULT_LANGUAGE_CODE]


def _in_language(queryset, fields, query):
    """`queryset` narrowed to rows whose `fields` contain `query` in the active language or Danish."""
    if not query:
        return queryset
    match = Q()
    for field in fields:
        match |= Q(**{f"translations__{field}__icontains": query})
    return queryset.filter(match, translations__language_code__in=_languages()).distinct()


def _shown(instance):
    """Load `instance` in the active language, or Danish where it has no such translation."""
    language = get_language()
    instance.set_current_language(language if instance.has_translation(language) else _languages()[1])
    return instance


def glossary(query=""):
    """The glossary terms matching `query`, each in the learner's language, in its alphabetical order."""
    terms = _in_language(
        GlossaryTerm.objects.prefetch_related("translations"), ["term", "explanation"], query
    )
    shown = [_shown(term) for term in terms]
    return sorted(shown, key=lambda term: term.term.casefold())


class DirectoryFilter(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    category = forms.ChoiceField(label=_("What do you need help with?"), required=False)
    city = forms.ChoiceField(label=_("Where do you live?"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].choices = [("", _("Everything")), *CommunityResource.Category.choices]
        cities = sorted(
            {city for city in CommunityResource.objects.values_list("city", flat=True) if city},
            key=str.casefold,
        )
        self.fields["city"].choices = [
            ("", _("Anywhere")),
            *((city, city) for city in cities),
            (NATIONAL, _("Only services for the whole country")),
        ]


def directory(data):
    """The resources a `DirectoryFilter` over `data` selects: (form, local, national), where a chosen
    city gives its own resources first and the services for the whole country after them. A value
    the form does not accept is ignored, so a mistyped link still shows the directory."""
    form = DirectoryFilter(data)
    chosen = form.cleaned_data if form.is_valid() else {}
    resources = CommunityResource.objects.prefetch_related("translations")
    if chosen.get("category"):
        resources = resources.filter(category=chosen["category"])
    resources = _in_language(resources, ["name", "description"], chosen.get("q", "").strip())
    shown = sorted((_shown(resource) for resource in resources), key=lambda r: r.name.casefold())
    city = chosen.get("city", "")
    national = [resource for resource in shown if not resource.city]
    if city == NATIONAL:
        return form, [], national
    if city:
        return form, [resource for resource in shown if resource.city == city], national
    return form, [resource for resource in shown if resource.city], national
