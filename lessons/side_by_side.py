"""Danish side by side with a translated lesson: which block goes next to which.

wagtail-localize keeps StreamField block ids across translations, so a translated block and its
Danish source are found by id, whatever was added or removed on either side since translating.
The pairing is pure functions over two StreamValues (`pair_blocks`); `context_for` decides, for
a lesson page and a request, whether Danish is shown (the learner's choice, `?danish=1` or `0`,
kept in the session), and the templates in `templates/lessons/includes/` lay the pairs out.

Activities (quiz, H5P) appear once, in the learner's language only: a quiz shown twice could be
answered twice and recorded twice, and an activity that only the Danish page has is left out so
that the lesson's activities (and the progress made of them) are the same with Danish on or off.
"""

from dataclasses import dataclass

from bs4 import BeautifulSoup, Comment, NavigableString
from django.utils import translation
from django.utils.html import format_html
from django.utils.text import capfirst
from wagtail.blocks import StreamValue
from wagtail.models import Locale
from wagtail.rich_text import RichText

from courses.translation import translated_from

INTERACTIVE_BLOCK_TYPES = frozenset({"quiz", "h5p"})
# `?danish=1` turns Danish on, `?danish=0` off; the choice is kept in the session under this key
# so that it stays on from one lesson to the next.
PARAMETER = "danish"
SESSION_KEY = "lesson_danish_side_by_side"

StreamChild = StreamValue.StreamChild


@dataclass(frozen=True)
class Row:
    """One line of the layout: a block (or one paragraph of it) and its Danish counterpart."""

    block: StreamChild | None
    danish: StreamChild | None


@dataclass(frozen=True)
class BlockPair:
    """A block of the learner's page with the Danish block of the same id, split into rows.

    `block` is None for a block only the Danish page has; `danish` is None for a block Danish
    lacks and for activities. `position` is the block's place in the learner's page (1-based),
    the `block_position` its template gets without side by side too.
    """

    block: StreamChild | None
    danish: StreamChild | None
    position: int | None
    rows: tuple[Row, ...]

    @property
    def interactive(self):
        return is_interactive(self.block)

    @property
    def block_type(self):
        return (self.block or self.danish).block_type


def is_interactive(child):
    return child is not None and child.block_type in INTERACTIVE_BLOCK_TYPES


def pair_blocks(translated, danish):
    """The learner's blocks in their order, each with its Danish block, as `BlockPair`s.

    Danish blocks the translation does not have are put in, in the Danish order, just before
    the next block both have (or at the end). Danish activities are never put in (see above).
    """
    danish_children = list(danish)
    danish_index = {child.id: index for index, child in enumerate(danish_children) if child.id}
    translated_ids = {child.id for child in translated if child.id}
    pairs = []
    placed_up_to = 0  # Danish blocks before this index are placed (or paired)
    for position, child in enumerate(translated, start=1):
        index = danish_index.get(child.id) if child.id else None
        if index is not None and index >= placed_up_to:
            pairs += _danish_only(danish_children[placed_up_to:index], translated_ids)
            placed_up_to = index + 1
        partner = danish_children[index] if index is not None else None
        pairs.append(_pair(child, partner, position))
    pairs += _danish_only(danish_children[placed_up_to:], translated_ids)
    return pairs


def _pair(child, partner, position):
    if is_interactive(child) or is_interactive(partner):
        # Shown once, in the learner's language; never the Danish copy of an activity.
        return BlockPair(child, None, position, (Row(child, None),))
    return BlockPair(child, partner, position, tuple(aligned_rows(child, partner)))


def _danish_only(children, translated_ids):
    return [
        BlockPair(None, child, None, (Row(None, child),))
        for child in children
        if child.id not in translated_ids and not is_interactive(child)
    ]


def aligned_rows(child, partner):
    """Rich text paragraph by paragraph when both have as many top-level elements, else whole."""
    if partner is None or not (isinstance(child.value, RichText) and isinstance(partner.value, RichText)):
        return [Row(child, partner)]
    own, theirs = top_level_elements(child.value.source), top_level_elements(partner.value.source)
    if not own or len(own) != len(theirs):
        # A translator merged or split paragraphs: a wrong pairing would mislead, so the whole
        # blocks go side by side instead.
        return [Row(child, partner)]
    return [
        Row(_part_of(child, mine), _part_of(partner, other)) for mine, other in zip(own, theirs, strict=True)
    ]


def top_level_elements(html):
    """The HTML of each top-level element (paragraph, heading, list) of a rich text source."""
    parts = []
    for node in BeautifulSoup(html or "", "html.parser").contents:
        if isinstance(node, Comment) or (isinstance(node, NavigableString) and not node.strip()):
            continue
        parts.append(str(node))
    return parts


def _part_of(child, html):
    # A stream child of the same block (and id), so that the block's own template renders the
    # paragraph, internal links in the stored format included.
    return StreamChild(child.block, RichText(html), id=child.id)


def context_for(page, request):
    """The lesson template's side-by-side variables for `page` (a lesson) served to `request`.

    `danish_toggle`: whether to offer the toggle (not on Danish pages, nor on the Danish
    fallback); `danish_shown`: whether it is on; `side_by_side`: the `BlockPair`s when it is.
    """
    shown = learner_wants_danish(request)
    default = Locale.get_default()
    if page.locale_id == default.pk or getattr(request, "fallback_from", None):
        return {"danish_toggle": False, "danish_shown": False}
    found = translated_from(page)
    if found is None:
        return {"danish_toggle": False, "danish_shown": False}
    if not shown:
        return {"danish_toggle": True, "danish_shown": False}
    # The Danish this translation was made from: older than the live Danish page when that was
    # changed since, so each paragraph faces the text it translates (courses.translation).
    _danish_page, made_from, _outdated = found
    with translation.override(default.language_code):
        # Snippets in blocks (glossary terms, resources) are translated with parler, which fixes
        # an instance's language when it is loaded: load the Danish blocks' snippets in Danish.
        list(made_from.body)
    return {
        "danish_toggle": True,
        "danish_shown": True,
        "danish": _danish_column(made_from, default.language_code),
        "side_by_side": pair_blocks(page.body, made_from.body),
    }


def learner_wants_danish(request):
    """Whether Danish is on: `?danish=1`/`0` when given (and remembered), else the session's."""
    session = getattr(request, "session", None)
    if session is None:  # no session middleware (a preview or a bare request): off
        return False
    choice = request.GET.get(PARAMETER)
    if choice in ("0", "1"):
        session[SESSION_KEY] = choice == "1"
    return bool(session.get(SESSION_KEY, False))


def _danish_column(danish_page, language):
    info = translation.get_language_info(language)
    direction = "rtl" if info["bidi"] else "ltr"
    return {
        "page": danish_page,
        "language": language,
        "direction": direction,
        # Interface text inside the Danish column's blocks ("Word to know"...) is rendered in
        # Danish too, and marked as such, in place of the page's `interface_attrs`.
        "attrs": format_html('lang="{}" dir="{}"', language, direction),
        "label": capfirst(info["name_local"]),  # "Dansk": the language's own name, like the switcher
    }
