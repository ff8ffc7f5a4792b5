"""Building demo pages from `demo/content` and translating them with wagtail-localize.

The Danish page is created and published; every other language goes through wagtail-localize's
own machinery: a `TranslationSource` of the Danish page, a `Translation` per target locale, its
strings filled in through `import_po` and the target page saved with `save_target`. Translations
therefore share the Danish page's `translation_key` and stay in sync in the editor's
translation view, exactly as if a translator had done them.

Strings are matched by position: the target-language version of a page is built in memory with
the same StreamField block ids, its segments are extracted, and each (context, source string)
pair of the PO file gets the target string found at the same place.
"""

import uuid
from collections import defaultdict

from django.db import transaction
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from demo.content.schema import SOURCE_LANGUAGE, element_kind

_ID_NAMESPACE = uuid.UUID("0b6f5d0e-4a6e-4c8e-9a55-5a3f0c1d7e21")


class TranslationIncomplete(RuntimeError):
    """A demo translation does not cover every string of its source page."""


def stable_id(*parts):
    """A block id that is the same in every language and every run (uuid5 of the path)."""
    return str(uuid.uuid5(_ID_NAMESPACE, "/".join(str(part) for part in parts)))


def rich_text(lines):
    """HTML from the rich-text lines of FORMAT.md: headings, lists and paragraphs."""
    html = []
    open_list = None
    for line in lines:
        kind = element_kind(line)
        if kind in ("ul", "ol"):
            text = line.split(" ", 1)[1]
            if open_list != kind:
                if open_list:
                    html.append(f"</{open_list}>")
                html.append(f"<{kind}>")
                open_list = kind
            html.append(f"<li>{text}</li>")
            continue
        if open_list:
            html.append(f"</{open_list}>")
            open_list = None
        if kind in ("h2", "h3"):
            html.append(f"<{kind}>{line.split(' ', 1)[1]}</{kind}>")
        else:
            html.append(f"<p>{line}</p>")
    if open_list:
        html.append(f"</{open_list}>")
    return "".join(html)


def stream_item(block_type, value, *id_parts):
    return {"type": block_type, "value": value, "id": stable_id(*id_parts)}


def list_items(values, *id_parts):
    """A ListBlock's stored form, with stable item ids."""
    return [
        {"type": "item", "value": value, "id": stable_id(*id_parts, index)}
        for index, value in enumerate(values)
    ]


def publish_child(parent, page):
    """Add `page` under `parent` and publish it (one revision)."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def existing_child(parent, slug):
    child = parent.get_children().filter(slug=slug).first()
    return child.specific if child else None


def ensure_page(parent, page_class, slug, build, languages):
    """The page `slug` under `parent`, created from `build(language)` if missing, and translated.

    `build(language)` returns the page's field values in that language. Existing pages and
    translations are left exactly as they are, which is what makes `load_demo` idempotent.
    """
    page = existing_child(parent, slug)
    if page is None:
        page = publish_child(parent, page_class(slug=slug, **build(SOURCE_LANGUAGE)))
    for language in languages:
        if language != SOURCE_LANGUAGE:
            translate(page, language, page_class(slug=slug, **build(language)))
    return page


@transaction.atomic
def translate(page, language, target):
    """Make and publish `page`'s translation into `language` from the in-memory `target` page."""
    locale = Locale.objects.get(language_code=language)
    if page.has_translation(locale):
        return
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    strings = segment_translations(page, target)
    po = translation.export_po()
    for entry in po:
        key = (entry.msgctxt, entry.msgid)
        if key not in strings:
            raise TranslationIncomplete(f"{page.slug} ({language}): no translation for {entry.msgctxt}")
        entry.msgstr = strings[key]
    translation.import_po(po, tool_name="load_demo")
    total, translated = translation.get_progress()
    if total != translated:
        raise TranslationIncomplete(f"{page.slug} ({language}): {translated} of {total} strings translated")
    translation.save_target(publish=True)


def segment_translations(source_page, target_page):
    """{(context path, source string): target string} from two pages of the same structure."""
    source_segments = _strings_by_path(source_page)
    target_segments = _strings_by_path(target_page)
    strings = {}
    for path, source_strings in source_segments.items():
        target_strings = target_segments.get(path, [])
        if len(target_strings) != len(source_strings):
            raise TranslationIncomplete(
                f"{source_page.slug}: {path} has {len(source_strings)} strings in Danish "
                f"but {len(target_strings)} in the translation"
            )
        for source_string, target_string in zip(source_strings, target_strings, strict=True):
            strings[(path, source_string)] = target_string
    return strings


def _strings_by_path(page):
    strings = defaultdict(list)
    for segment in extract_segments(page):
        if isinstance(segment, StringSegmentValue):
            strings[segment.path].append(segment.string.data)
    return strings
