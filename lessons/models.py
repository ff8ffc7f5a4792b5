"""Lessons (Wagtail pages) and the reference material lessons link to (parler models).

`LessonPage` is translated like every page, with Wagtail locales and wagtail-localize.
`GlossaryTerm` and `CommunityResource` are not pages: they are translated with django-parler
(one row, a translation per language) and edited in the Wagtail admin with every language side by
side. Never both mechanisms on one model. `H5PPackage` is a plain model, translated by neither.
"""

import uuid
from functools import partial

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from parler.models import TranslatableModel, TranslatedFields
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import StreamField
from wagtail.models import Locale
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from courses.models import SamfundPage
from courses.translation import localized
from lessons import side_by_side
from lessons.blocks import LessonStreamBlock
from lessons.panels import ReadabilityPanel
from lessons.tasks import remove_h5p_files


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
    facts_checked = models.DateField(
        _("facts last checked"),
        null=True,
        blank=True,
        help_text=_(
            "When an editor last checked the lesson's facts (numbers, rules, names) against their "
            "sources. Learners see it under the lesson."
        ),
    )

    parent_page_types = ["courses.ModulePage"]
    subpage_types = []
    # The facts are the Danish lesson's: its translations show the same date.
    override_translatable_fields = [SynchronizedField("facts_checked")]
    search_fields = [*SamfundPage.search_fields, index.SearchField("intro"), index.SearchField("body")]
    content_panels = [
        *SamfundPage.content_panels,
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("estimated_minutes"), FieldPanel("facts_checked")]),
        FieldPanel("body"),
        ReadabilityPanel(heading=_("Plain language")),
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
        # Danish next to the learner's language, when they asked for it (lessons.side_by_side).
        context.update(side_by_side.context_for(self, request))
        context["source_activities"] = self.activities_missing_here()
        return context

    def activities_missing_here(self):
        """The Danish lesson's activities (quizzes, H5P) this translation lacks: a translation made
        before an activity was added, or not synced since. Progress counts the Danish lesson's
        activities in every language, so the learner gets them here too, in Danish."""
        # Read once per page object: the page's context and its tracker both ask.
        if not hasattr(self, "_missing_activities"):
            self._missing_activities = self._activities_missing_here()
        return self._missing_activities

    def _activities_missing_here(self):
        if self.locale_id == Locale.get_default().pk:
            return []
        source = (
            LessonPage.objects.live()
            .filter(translation_key=self.translation_key, locale=Locale.get_default())
            .first()
        )
        if source is None:
            return []
        here = {block.id for block in self.body}
        return [
            block for block in source.body if block.block_type in ("quiz", "h5p") and block.id not in here
        ]


class GlossaryTerm(TranslatableModel):
    """An official or everyday word explained in plain language (translated with django-parler)."""

    key = models.SlugField(
        _("key"), max_length=80, unique=True, help_text=_("A stable identifier, the same in every language.")
    )
    translations = TranslatedFields(
        term=models.CharField(_("term"), max_length=120),
        explanation=models.TextField(_("plain-language explanation")),
        translated_at=models.DateTimeField(_("changed at"), auto_now=True),
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
        translated_at=models.DateTimeField(_("changed at"), auto_now=True),
    )

    class Meta:
        verbose_name = _("community resource")
        verbose_name_plural = _("community resources")

    def __str__(self):
        return self.safe_translation_getter("name", any_language=True) or self.key


def h5p_upload_path(package, filename):
    # The uploaded zip is kept (extraction reads it again, and can be re-run from it) under the
    # package's own folder name, so two uploads named "quiz.h5p" never collide.
    return f"h5p-uploads/{package.uuid}.h5p"


class H5PPackage(index.Indexed, models.Model):
    """An interactive H5P activity an editor uploaded, extracted for the player in lesson blocks.

    A plain Django model, not translated (neither parler nor Wagtail locales): an H5P package
    carries its own texts, so a package in another language is another upload. The upload is
    checked synchronously in the admin form (`lessons.h5p`); the Celery task
    `lessons.tasks.extract_h5p_package` then unpacks it into default storage under
    `h5p/<uuid>/`, and only a ready package is shown to learners.
    """

    class Status(models.TextChoices):
        PROCESSING = "processing", _("Processing")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    title = models.CharField(_("title"), max_length=255)
    file = models.FileField(
        _("H5P file"), upload_to=h5p_upload_path, help_text=_("An .h5p package exported from an H5P editor.")
    )
    uuid = models.UUIDField(_("folder"), default=uuid.uuid4, unique=True, editable=False)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.PROCESSING, editable=False
    )
    failure_reason = models.TextField(_("reason it failed"), blank=True, editable=False)
    main_library = models.CharField(_("main library"), max_length=300, blank=True, editable=False)
    # Whether the package's libraries were stored once for all packages (lessons.h5p: every package
    # extracted since), or in its own folder, as before.
    libraries_shared = models.BooleanField(_("libraries shared"), default=False, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    # Indexed so that the lesson editor's chooser can search packages (by title and content type).
    search_fields = [
        index.SearchField("title"),
        index.AutocompleteField("title"),
        index.SearchField("main_library"),
        index.FilterField("status"),
    ]

    class Meta:
        verbose_name = _("H5P package")
        verbose_name_plural = _("H5P packages")
        ordering = ["-created_at"]

    def __str__(self):
        """The title, then what tells two packages of one title apart: content type and upload day."""
        details = [self.content_type.removeprefix("H5P.")] if self.main_library else []
        if self.created_at:
            details.append(date_format(timezone.localtime(self.created_at), "SHORT_DATE_FORMAT"))
        return f"{self.title} ({', '.join(details)})" if details else self.title

    @property
    def folder(self):
        """The package's folder in default storage (see `lessons.h5p.extract_package`)."""
        return f"h5p/{self.uuid}"

    @property
    def is_ready(self):
        return self.status == self.Status.READY

    @property
    def reports_completion(self):
        """Whether the content type tells when the activity is finished (`lessons.h5p_types`)."""
        from lessons import h5p_types

        return h5p_types.reports_completion(self.main_library)

    @property
    def content_type(self):
        from lessons import h5p_types

        return h5p_types.machine_name(self.main_library)

    def why_not_requirable(self):
        """Why a lesson cannot require this activity, or "" when it can (in the active language)."""
        if self.status == self.Status.FAILED:
            return gettext("The package could not be unpacked: %(reason)s") % {"reason": self.failure_reason}
        if not self.is_ready:
            return gettext("The package is still being unpacked; save the lesson as not required, or wait.")
        if not self.reports_completion:
            return gettext(
                "%(type)s does not report when a learner has finished it, so the lesson could never be "
                "completed: it can be in the lesson, but not required."
            ) % {"type": self.content_type or gettext("This content type")}
        return ""

    def libraries_url(self):
        """Where the player finds the package's libraries: shared by all packages, or its own folder."""
        if not self.libraries_shared:
            return self.content_url()
        # As content_url: the shared folder has no route of its own; drop a file's part of an address.
        one_file = reverse("h5p_library_file", kwargs={"folder": "H5P-1.0", "path": "library.json"})
        return one_file.removesuffix("/H5P-1.0/library.json")

    def content_url(self):
        """The URL the player reads h5p.json, content and libraries under (no trailing slash)."""
        # The folder itself has no route: reverse the address of a file in it and drop the file.
        manifest_url = reverse("h5p_file", kwargs={"package_uuid": self.uuid, "path": "h5p.json"})
        return manifest_url.removesuffix("/h5p.json")


@receiver(post_delete, sender=H5PPackage)
def remove_deleted_package_files(sender, instance, **kwargs):
    # Files are not transactional: remove them only once the deletion is committed.
    transaction.on_commit(partial(remove_h5p_files.delay, instance.folder, instance.file.name))
