"""Where every translation stands: each page, glossary term and resource in each language.

A page's translation into a language is
- **missing** when the language has no page of its own (none, or only an alias showing the Danish);
- **outdated** when the Danish page was published after the translation last took its text (the
  translation's source was last synced): learners read a translation of older Danish;
- **in progress** when it has taken the newest Danish text but is not finished: strings still to
  translate, the page not saved from the translation since the sync, not live, or a draft not yet
  published;
- **up to date** otherwise.
A glossary term or resource is missing in a language without a translation there, outdated when its
Danish was changed after that translation, and up to date otherwise.

Everything is computed from a few queries per language, not per page, so the whole course's grid
is cheap to draw.
"""

from dataclasses import dataclass, field

from django.db.models import Count, Exists, IntegerField, OuterRef, Sum
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from lessons.models import CommunityResource, GlossaryTerm

MISSING = "missing"
IN_PROGRESS = "in_progress"
OUTDATED = "outdated"
UP_TO_DATE = "up_to_date"
STATES = {
    MISSING: _("Missing"),
    IN_PROGRESS: _("In progress"),
    OUTDATED: _("Outdated"),
    UP_TO_DATE: _("Up to date"),
}
KINDS = {"pages": _("Pages"), "glossary": _("Glossary terms"), "resources": _("Community resources")}


@dataclass
class Cell:
    state: str
    edit_url: str = ""
    action_url: str = ""
    detail: str = ""

    @property
    def label(self):
        return STATES[self.state]


@dataclass
class Row:
    title: str
    kind: str
    edit_url: str
    type_name: str = ""
    cells: dict = field(default_factory=dict)


def target_locales(language=None):
    locales = Locale.objects.exclude(pk=Locale.get_default().pk).order_by("language_code")
    return locales.filter(language_code=language) if language else locales


def page_rows(locales):
    """A row per page of the source language (the tree's root excepted), in tree order."""
    source = Locale.get_default()
    pages = list(
        Page.objects.filter(locale=source, depth__gt=1).order_by("path").select_related("content_type")
    )
    keys = [page.translation_key for page in pages]
    targets = {
        (page.translation_key, page.locale_id): page
        for page in Page.objects.filter(translation_key__in=keys, locale__in=locales)
    }
    sources = {source.object_id: source for source in TranslationSource.objects.filter(object_id__in=keys)}
    translations = {
        (translation.source_id, translation.target_locale_id): translation
        for translation in Translation.objects.filter(source__in=sources.values(), target_locale__in=locales)
    }
    progress = {locale.pk: _progress(sources.values(), locale) for locale in locales}
    rows = []
    for page in pages:
        row = Row(
            title=page.title,
            kind="pages",
            edit_url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
            type_name=page.content_type.model_class()._meta.verbose_name if page.content_type else "",
        )
        source_record = sources.get(page.translation_key)
        for locale in locales:
            target = targets.get((page.translation_key, locale.pk))
            translation = translations.get((source_record.pk, locale.pk)) if source_record else None
            row.cells[locale.language_code] = _page_cell(
                page, target, source_record, translation, progress[locale.pk]
            )
        rows.append(row)
    return rows


def _progress(sources, locale):
    """{source id: (strings, translated strings)} into `locale`, in one query."""
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale=locale,
        has_error=False,
    )
    rows = (
        StringSegment.objects.filter(source__in=list(sources))
        .order_by()
        .annotate(done=Cast(Exists(translated), output_field=IntegerField()))
        .values("source_id")
        .annotate(total=Count("pk"), translated=Sum("done"))
    )
    return {row["source_id"]: (row["total"], row["translated"] or 0) for row in rows}


def _page_cell(page, target, source_record, translation, progress):
    if target is None or target.alias_of_id is not None:
        return Cell(MISSING, action_url=reverse("wagtail_localize:submit_page_translation", args=[page.pk]))
    edit_url = reverse("wagtailadmin_pages:edit", args=[target.pk])
    if translation is not None and translation.enabled:
        sync_url = reverse("wagtail_localize:update_translations", args=[source_record.pk])
        if page.last_published_at and page.last_published_at > source_record.last_updated_at:
            return Cell(OUTDATED, edit_url=edit_url, action_url=sync_url)
        total, translated = progress.get(source_record.pk, (0, 0))
        if translated < total:
            return Cell(IN_PROGRESS, edit_url=edit_url, detail=f"{translated}/{total}")
        applied = target.latest_revision_created_at
        if applied is None or applied < source_record.last_updated_at:
            # synced, but the page has not been saved from the translation since
            return Cell(IN_PROGRESS, edit_url=edit_url)
    elif (
        page.last_published_at
        and target.last_published_at
        and page.last_published_at > target.last_published_at
    ):
        # translated by hand (no synchronised translation): the Danish was published after it
        return Cell(OUTDATED, edit_url=edit_url)
    if not target.live or target.has_unpublished_changes:
        return Cell(IN_PROGRESS, edit_url=edit_url)
    return Cell(UP_TO_DATE, edit_url=edit_url)


def snippet_rows(model, kind, locales):
    """A row per glossary term or resource (django-parler): its translation into each language."""
    source_code = Locale.get_default().language_code
    translations = model._parler_meta.root_model.objects.all()
    stamps = {}
    for master_id, code, changed in translations.values_list("master_id", "language_code", "translated_at"):
        stamps[(master_id, code)] = changed
    url_name = f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:edit"
    rows = []
    for instance in model.objects.order_by("key"):
        row = Row(title=str(instance), kind=kind, edit_url=reverse(url_name, args=[instance.pk]))
        source_changed = stamps.get((instance.pk, source_code))
        for locale in locales:
            changed = stamps.get((instance.pk, locale.language_code))
            if changed is None:
                state = MISSING
            elif source_changed and source_changed > changed:
                state = OUTDATED
            else:
                state = UP_TO_DATE
            row.cells[locale.language_code] = Cell(state, edit_url=row.edit_url)
        rows.append(row)
    return rows


def status(kind=None, language=None, state=None):
    """The rows and per-language counts for the status view, filtered by kind, language and state.

    Counts are per language and state over the kind's rows (all kinds when none is chosen), before
    the state filter, so they always show the whole picture of what is being looked at.
    """
    locales = list(target_locales(language))
    rows = []
    if kind in (None, "pages"):
        rows += page_rows(locales)
    if kind in (None, "glossary"):
        rows += snippet_rows(GlossaryTerm, "glossary", locales)
    if kind in (None, "resources"):
        rows += snippet_rows(CommunityResource, "resources", locales)
    counts = {locale.language_code: dict.fromkeys(STATES, 0) for locale in locales}
    for row in rows:
        for code, cell in row.cells.items():
            counts[code][cell.state] += 1
    if state:
        rows = [row for row in rows if any(cell.state == state for cell in row.cells.values())]
    return {"locales": locales, "rows": rows, "counts": counts}
