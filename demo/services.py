"""`load_demo`: the whole demo platform, built idempotently (a second run changes nothing)."""

from django.conf import settings
from wagtail.models import Locale, Page, Site

from courses.models import CoursePage, HomePage, ModulePage, RoleModelIndexPage, RoleModelStoryPage
from demo import builders
from demo.content import overlay, schema, site
from demo.content.schema import ALL_LANGUAGES, SOURCE_LANGUAGE
from demo.pages import ensure_page
from demo.users import ensure_demo_people
from lessons.models import CommunityResource, GlossaryTerm, LessonPage
from translations.models import LanguageReview

# The languages the demo's text was translated into without a native speaker's review.
UNREVIEWED = ("ar", "uk", *overlay.LANGUAGES)
REVIEW_NOTE = (
    "The demo course's text, glossary and resources were translated from the Danish with care, "
    "using the course's term list, but no native speaker has reviewed them yet. Read the lessons "
    "on health, emergencies and getting help first: learners act on their phone numbers and rules."
)


def load_demo(with_people=True, content=None):
    """Build the demo course, stories, reference material and (optionally) people.

    Deliberately not one transaction: wagtail-localize publishes each translation in an
    `on_commit` hook, and deferring all of them to the end of one long transaction makes them
    save stale in-memory pages over the tree's child counts. Each page and translation commits on
    its own instead; the whole run is idempotent, so an interrupted run is finished by running it
    again. Returns the people created or found, for the command to print. `content` (as
    `schema.load_all()` returns it, the default) lets the tests build a smaller course the same way.
    """
    content = content or schema.load_all()
    languages = [code for code, _name in settings.LANGUAGES]
    for code in languages:
        Locale.objects.get_or_create(language_code=code)
    ensure_reviews(languages)
    snippets = {
        "glossary": ensure_translated_snippets(GlossaryTerm, content["glossary"], ["term", "explanation"]),
        "resources": ensure_translated_snippets(
            CommunityResource, content["resources"], ["name", "description"], ["category", "url", "city"]
        ),
    }
    everywhere = builders.configured(ALL_LANGUAGES, languages)
    home = ensure_home(everywhere)
    course = ensure_page(
        home,
        CoursePage,
        site.COURSE["slug"],
        lambda code: builders.course_fields(site.COURSE, code),
        everywhere,
    )
    modules = {}
    for module in content["modules"]:
        module_page = ensure_page(
            course,
            ModulePage,
            module["slug"],
            lambda code, m=module: builders.module_fields(m, code),
            everywhere,
        )
        modules[module["slug"]] = module_page
        for lesson in module["lessons"]:
            ensure_page(
                module_page,
                LessonPage,
                lesson["slug"],
                lambda code, lesson=lesson: builders.lesson_fields(lesson, code, snippets),
                builders.configured(builders.languages_of(lesson), languages),
            )
    index = ensure_page(
        home,
        RoleModelIndexPage,
        site.ROLE_MODELS["slug"],
        lambda code: builders.course_fields(site.ROLE_MODELS, code),
        everywhere,
    )
    for story in content["stories"]:
        ensure_page(
            index,
            RoleModelStoryPage,
            story["slug"],
            lambda code, story=story: builders.story_fields(story, code, modules),
            everywhere,
        )
    return ensure_demo_people() if with_people else []


def ensure_reviews(languages):
    """Each translated language marked as needing a native speaker's review (an existing record,
    perhaps changed by a moderator since, is left as it is)."""
    for code in UNREVIEWED:
        if code in languages:
            LanguageReview.objects.get_or_create(
                locale=Locale.objects.get(language_code=code), defaults={"note": REVIEW_NOTE}
            )


def ensure_home(languages):
    """The Danish home page as the default site's root, replacing Wagtail's welcome page."""
    root = Page.get_first_root_node()
    home = root.get_children().type(HomePage).filter(locale__language_code=SOURCE_LANGUAGE).first()
    site_record = Site.objects.filter(is_default_site=True).first()
    if home is None:
        welcome = site_record.root_page if site_record else None
        home = HomePage(slug=site.HOME["slug"], **builders.home_fields(site.HOME, SOURCE_LANGUAGE))
        if welcome is not None and welcome.slug == site.HOME["slug"]:
            welcome.slug = "wagtail-welcome"
            welcome.save(update_fields=["slug"])
        root.add_child(instance=home)
        home.save_revision().publish()
    home = home.specific
    if site_record is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Samfund"
        )
    elif site_record.root_page_id != home.pk:
        old_root = site_record.root_page
        site_record.root_page = home
        site_record.site_name = "Samfund"
        site_record.save()
        if not isinstance(old_root.specific, HomePage) and not old_root.get_children().exists():
            old_root.delete()
    return ensure_page(
        root, HomePage, site.HOME["slug"], lambda code: builders.home_fields(site.HOME, code), languages
    )


def ensure_translated_snippets(model, entries, translated_fields, plain_fields=()):
    """Parler-translated rows by key, with a translation per configured language.

    A row that exists is left as it is, except that a language it lacks (one configured since it
    was made) is added: editors' changes survive, and a new language arrives on a second run.
    """
    languages = builders.configured(ALL_LANGUAGES, [code for code, _name in settings.LANGUAGES])
    objects = {}
    for key, data in entries.items():
        instance = model.objects.filter(key=key).first()
        if instance is None:
            instance = model(key=key, **{name: data[name] for name in plain_fields})
            missing = languages
        else:
            missing = [code for code in languages if not instance.has_translation(code)]
        for language in missing:
            instance.set_current_language(language)
            for name in translated_fields:
                setattr(instance, name, data[name][language])
        if missing:
            instance.save()
        objects[key] = instance
    return objects
