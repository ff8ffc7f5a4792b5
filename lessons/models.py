"""Lessons (Wagtail pages) and the reference material lessons link to (parler models).

`LessonPage` is translated like every page, with Wagtail locales and wagtail-localize.
`GlossaryTerm` and `CommunityResource` are not pages: they are translated with django-parler
(one row, a translation per language) and edited in the Wagtail admin with every language side by
side. Never both mechanisms on one model.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from parler.models import TranslatableModel, TranslatedFields
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from courses.models import SamfundPage
from courses.translation import localized
from lessons.blocks import LessonStreamBlock


class LessonPage(SamfundPage):
    """One lesson of a module: content blocks, activities and an estimated study time.

    The estimated time is what the module's and the course's totals are made of, and the base of
    the cap on credited e-learning time.
    """

    intro = models.TextField(_("introduction"), max_length=400, help_text=_("One sentence shown in lists."))
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"), validators=[MinValueValidator(1), MaxValueValidator(600)]
    )
    body = StreamField(LessonStreamBlock(), verbose_name=_("body"))

    parent_page_types = ["courses.ModulePage"]
    subpage_types = []
    search_fields = [*SamfundPage.search_fields, index.SearchField("intro"), index.SearchField("body")]
    content_panels = [
        *SamfundPage.content_panels,
        FieldPanel("intro"),
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("lesson")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        module = localized([self.get_parent().specific])[0]
        siblings = list(module.lessons())
        position = next(
            (i for i, lesson in enumerate(siblings) if lesson.translation_key == self.translation_key), None
        )
        context["module"] = module
        if position is not None:
            context["previous_lesson"] = siblings[position - 1] if position > 0 else None
            context["next_lesson"] = siblings[position + 1] if position + 1 < len(siblings) else None
        return context


class GlossaryTerm(TranslatableModel):
    """An official or everyday word explained in plain language (translated with django-parler)."""

    key = models.SlugField(
        _("key"), max_length=80, unique=True, help_text=_("A stable identifier, the same in every language.")
    )
    translations = TranslatedFields(
        term=models.CharField(_("term"), max_length=120),
        explanation=models.TextField(_("plain-language explanation")),
    )

    class Meta:
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")

    def __str__(self):
        return self.safe_translation_getter("term", any_language=True) or self.key


class CommunityResource(TranslatableModel):
    """A place to get help: an authority, an organisation or a service (translated with parler)."""

    class Category(models.TextChoices):
        LANGUAGE = "language", _("Language")
        WORK = "work", _("Work")
        FAMILY = "family", _("Family and children")
        HEALTH = "health", _("Health")
        HOUSING = "housing", _("Housing")
        MONEY = "money", _("Money")
        LEGAL_AID = "legal_aid", _("Legal aid")
        DIGITAL = "digital", _("Digital help")
        EMERGENCY = "emergency", _("Emergency")
        VOLUNTEERING = "volunteering", _("Volunteering")
        CULTURE = "culture", _("Culture and associations")

    key = models.SlugField(
        _("key"), max_length=80, unique=True, help_text=_("A stable identifier, the same in every language.")
    )
    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    url = models.URLField(_("web address"))
    city = models.CharField(
        _("city"), max_length=80, blank=True, help_text=_("Leave empty for national services.")
    )
    translations = TranslatedFields(
        name=models.CharField(_("name"), max_length=160),
        description=models.TextField(_("description")),
    )

    class Meta:
        verbose_name = _("community resource")
        verbose_name_plural = _("community resources")

    def __str__(self):
        return self.safe_translation_getter("name", any_language=True) or self.key
