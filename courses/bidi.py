"""Left-to-right runs inside right-to-left text, isolated so they keep their order.

In an Arabic or Persian paragraph the Unicode bidi algorithm lays out a phone number's groups
right to left ("70 201 201" shows as "201 201 70"), and a Latin name next to punctuation can swap
places with it. Each such run (a number with separators, a run of Latin words) is wrapped in
`<bdi dir="ltr">`, which isolates it and fixes its direction. Text already inside a `bdi`, `code`,
or an element with its own `dir` is left alone, as are tags and attributes (only text is read).
"""

import re

from bs4 import BeautifulSoup, Comment
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_info

_LATIN = "A-Za-z\u00c0-\u024f"
LTR_RUN = re.compile(
    rf"""
    \+?\d+(?:[ \u00a0.\-/]\d+)+                       # 70 11 07 07, +45 33 12 00 00, 1.000, 2025-26
    | [{_LATIN}][{_LATIN}0-9.'’@/&\-]*                # a Latin word (MitID, borger.dk, Region)...
      (?:[ \u00a0]+[{_LATIN}0-9][{_LATIN}0-9.'’@/&\-]*)*  # ... and the Latin words after it
    """,
    re.VERBOSE,
)
_TRAILING = ".,:;'’-/&"
_LEFT_ALONE = {"bdi", "code", "pre", "script", "style"}


def is_rtl(language):
    try:
        return bool(get_language_info(language)["bidi"])
    except KeyError:
        return False


def isolate_ltr_runs(value, language):
    """`value` (HTML, or plain text to escape) with its left-to-right runs isolated when `language`
    is written right to left; unchanged (escaped if plain) otherwise."""
    html = str(conditional_escape(value))
    if not language or not is_rtl(language) or not LTR_RUN.search(html):
        return mark_safe(html)
    soup = BeautifulSoup(html, "html.parser")
    for node in list(soup.find_all(string=True)):
        if isinstance(node, Comment) or _left_alone(node):
            continue
        pieces = _split(str(node))
        if len(pieces) == 1 and not pieces[0][1]:
            continue
        replacement = []
        for text, isolated in pieces:
            if isolated:
                tag = soup.new_tag("bdi", dir="ltr")
                tag.string = text
                replacement.append(tag)
            elif text:
                replacement.append(text)
        node.replace_with(*replacement)
    return mark_safe(str(soup))


def _left_alone(node):
    for parent in node.parents:
        if parent.name in _LEFT_ALONE or (parent.name != "[document]" and parent.has_attr("dir")):
            return True
    return False


def _split(text):
    """[(text, isolated)] for `text`: the runs to isolate, without trailing punctuation, which
    belongs to the right-to-left sentence."""
    pieces = []
    position = 0
    for match in LTR_RUN.finditer(text):
        run = match.group().rstrip(_TRAILING)
        if not run or (run.isdigit()):
            continue
        start, end = match.start(), match.start() + len(run)
        pieces.append((text[position:start], False))
        pieces.append((run, True))
        position = end
    pieces.append((text[position:], False))
    return [piece for piece in pieces if piece[0]]
