"""The course as Wagtail pages: home, course, module, role-model index and story.

All pages are translated with Wagtail locales and wagtail-localize: a translation is a page in
another locale with the same `translation_key`, which is what learner progress is keyed on.
Numbers and flags (hours, months, mandatory) are synchronised from the source page, text is
translated.
"""

from django.core.exceptions import PermissionDenied
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from courses.blocks import RICH_TEXT_FEATURES, ContentStreamBlock, MilestoneBlock, VideoBlock
from courses.translation import listed_children, localized, untranslated_strings


class SamfundPage(Page):
    """What every page of the site shares: breadcrumbs and listings in the learner's language."""

    class Meta:
        abstract = True

    def publish(self, revision, *args, **kwargs):
        """Every way a page goes live (the editor, bulk publish, workflow approval, scheduled
        publishing) passes here: a synchronised translation with strings still untranslated would
        put Danish into the learner's language, so it is refused (a moderator translates the rest
        first; `translations.moderation` tells editors earlier and more kindly)."""
        if untranslated_strings(self):
            raise PermissionDenied("This translation still has untranslated strings; translate them first.")
        return super().publish(revision, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["ancestors"] = localized(self.get_ancestors().filter(depth__gt=1).specific())
        return context

    def listed_children(self):
        return listed_children(self)


class HomePage(SamfundPage):
    """The start page of one language: the root of that locale's tree."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CoursePage", "courses.RoleModelIndexPage"]
    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["children"] = self.listed_children()
        return context


class CoursePage(SamfundPage):
    """One programme (such as the course in understanding Danish society) and its rules.

    The rules are fields, not constants: how many hours a learner must complete, within how many
    months, counted from which date, and how much e-learning time one lesson can credit.
    """

    class DeadlineFrom(models.TextChoices):
        ARRIVAL = "arrival", _("Arrival date")
        RESIDENCE_PERMIT = "residence_permit", _("Residence permit date")
        TAKEOVER = "takeover", _("Date the municipality took over responsibility")

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)
    required_hours = models.PositiveSmallIntegerField(
        _("required hours"),
        default=20,
        validators=[MinValueValidator(1), MaxValueValidator(500)],
        help_text=_("Hours a learner must complete to meet the requirement."),
    )
    deadline_months = models.PositiveSmallIntegerField(
        _("deadline in months"),
        default=6,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
        help_text=_("Months from the start date within which the hours must be completed."),
    )
    deadline_from = models.CharField(
        _("deadline runs from"),
        max_length=32,
        choices=DeadlineFrom.choices,
        default=DeadlineFrom.TAKEOVER,
        help_text=_(
            "Which of a learner's dates the months count from. Deadlines usually run from the date the "
            "municipality took over responsibility for the learner."
        ),
    )
    time_credit_cap = models.DecimalField(
        _("time credit cap per lesson"),
        max_digits=4,
        decimal_places=2,
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
        help_text=_(
            "E-learning time on one lesson counts up to this many times the lesson's estimated time, "
            "so that a tab left open does not count as study."
        ),
    )

    pass_mark_percent = models.PositiveSmallIntegerField(
        _("quiz pass mark (%)"),
        default=80,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_(
            "Share of a quiz's questions a learner must answer right to pass it. A lesson with a quiz "
            "is complete when the quiz is passed; learners may try again."
        ),
    )
    finish_time_percent = models.PositiveSmallIntegerField(
        _("time before finishing (%)"),
        default=50,
        validators=[MaxValueValidator(100)],
        help_text=_(
            "A lesson without activities counts as finished only after the learner has spent this "
            "share of its estimated time on it. 0 lets them finish at once."
        ),
    )

    parent_page_types = ["courses.HomePage"]
    subpage_types = ["courses.ModulePage"]
    override_translatable_fields = [SynchronizedField("deadline_from")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("required_hours"), FieldPanel("deadline_months")]),
                FieldRowPanel([FieldPanel("deadline_from"), FieldPanel("time_credit_cap")]),
                FieldRowPanel([FieldPanel("pass_mark_percent"), FieldPanel("finish_time_percent")]),
                HelpPanel(
                    content=_(
                        "Which modules are mandatory is set on each module (its 'mandatory' box), so "
                        "a module's rule travels with it. The course page lists them for learners."
                    )
                ),
            ],
            heading=_("Programme rules"),
        ),
    ]

    class Meta:
        verbose_name = _("course")

    def modules(self):
        """The modules in the learner's language, Danish where a module is not translated."""
        return self.listed_children()

    def mandatory_modules(self):
        return [module for module in self.modules() if module.is_mandatory]

    def estimated_minutes(self):
        return sum(module.estimated_minutes for module in self.modules())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["modules"] = modules = self.modules()
        context["estimated_hours"] = round(sum(module.estimated_minutes for module in modules) / 60, 1)
        return context


class ModulePage(SamfundPage):
    """A module of the course: a theme such as health care or housing, made of lessons.

    Its estimated time is the sum of its lessons' estimated times, never stored twice.
    """

    summary = models.TextField(_("summary"), max_length=500)
    learning_objectives = StreamField(
        [("objective", blocks.CharBlock(label=_("Objective"), max_length=300))],
        verbose_name=_("learning objectives"),
        blank=True,
    )
    is_mandatory = models.BooleanField(
        _("mandatory"),
        default=True,
        help_text=_("Learners must complete this module to meet the requirement."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["lessons.LessonPage"]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("learning_objectives"),
        FieldPanel("is_mandatory"),
        FieldPanel("image"),
    ]

    class Meta:
        verbose_name = _("module")

    def lessons(self):
        """The lessons in the learner's language, Danish where a lesson is not translated.

        Read through the page tree (only lessons can be children), which keeps `courses` free of
        imports from `lessons`, the app that depends on it.
        """
        return self.listed_children()

    @property
    def estimated_minutes(self):
        return sum(lesson.estimated_minutes for lesson in self.lessons())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["lessons"] = self.lessons()
        return context


class RoleModelIndexPage(SamfundPage):
    """The list of role-model stories."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    parent_page_types = ["courses.HomePage"]
    subpage_types = ["courses.RoleModelStoryPage"]
    content_panels = [*Page.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = _("role-model index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["stories"] = self.listed_children()
        return context


class RoleModelStoryPage(SamfundPage):
    """An adult migrant presenting their path to success in Denmark.

    `is_illustrative` marks a made-up person (such as the demo stories); the page says so.
    """

    class Sector(models.TextChoices):
        HEALTH = "health", _("Health")
        EDUCATION = "education", _("Education")
        TRADE = "trade", _("Trade and retail")
        CRAFTS = "crafts", _("Crafts and construction")
        TRANSPORT = "transport", _("Transport")
        IT = "it", _("IT")
        CARE = "care", _("Care")
        HOSPITALITY = "hospitality", _("Hotels and restaurants")
        PUBLIC = "public", _("Public sector")
        BUSINESS = "business", _("Own business")

    person_name = models.CharField(_("name or pseudonym"), max_length=80)
    is_illustrative = models.BooleanField(
        _("illustrative person"), default=False, help_text=_("Tick when the person is made up for teaching.")
    )
    country_of_origin = models.CharField(_("country of origin"), max_length=80)
    year_of_arrival = models.PositiveSmallIntegerField(
        _("year of arrival"), validators=[MinValueValidator(1900), MaxValueValidator(2100)]
    )
    occupation = models.CharField(_("occupation"), max_length=120)
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices)
    portrait = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("portrait"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = models.TextField(_("summary"), max_length=300)
    quote = models.TextField(_("quote"), max_length=400, blank=True)
    story = StreamField(ContentStreamBlock(), verbose_name=_("story"))
    video = StreamField([("video", VideoBlock())], verbose_name=_("video"), blank=True, max_num=1)
    milestones = StreamField([("milestone", MilestoneBlock())], verbose_name=_("milestones"), blank=True)
    related_modules = StreamField(
        [("module", blocks.PageChooserBlock(page_type="courses.ModulePage", label=_("Module")))],
        verbose_name=_("related modules"),
        blank=True,
    )

    parent_page_types = ["courses.RoleModelIndexPage"]
    subpage_types = []
    override_translatable_fields = [SynchronizedField("sector"), SynchronizedField("person_name")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("occupation"),
        index.SearchField("country_of_origin"),
    ]
    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("person_name"), FieldPanel("is_illustrative")]),
                FieldRowPanel([FieldPanel("country_of_origin"), FieldPanel("year_of_arrival")]),
                FieldRowPanel([FieldPanel("occupation"), FieldPanel("sector")]),
                FieldPanel("portrait"),
            ],
            heading=_("The person"),
        ),
        FieldPanel("summary"),
        FieldPanel("quote"),
        FieldPanel("story"),
        FieldPanel("video"),
        FieldPanel("milestones"),
        FieldPanel("related_modules"),
    ]

    class Meta:
        verbose_name = _("role-model story")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        modules = [block.value for block in self.related_modules if block.value and block.value.live]
        context["related_modules"] = localized(modules)
        return context
