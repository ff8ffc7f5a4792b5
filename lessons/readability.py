"""How easy a Danish text is to read: LIX (läsbarhetsindex, Björnsson), the measure Danish plain
language work uses. LIX = words per sentence + the percentage of long words (more than six
letters). The bands: up to 24 very easy, 25–34 easy, 35–44 medium, 45–54 hard, 55 and above very
hard. The course aims at `READABILITY_TARGET_LIX` (30) for its Danish lessons: learners read
Danish as a second language.

Every heading, paragraph, list item, fact, question and answer ends a sentence, whether or not it
ends with a full stop; inside them, ".", "!", "?" and ":" end sentences.
"""

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from django.conf import settings
from django.utils.translation import gettext_lazy as _

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
SENTENCE_END = re.compile(r"[.!?:]+(?=\s|$)")
LONG_WORD = 7  # letters: "more than six"
BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div", "br", "td", "th"}
BANDS = [(24, _("very easy")), (34, _("easy")), (44, _("medium")), (54, _("hard"))]


@dataclass(frozen=True)
class Readability:
    words: int
    sentences: int
    long_words: int

    @property
    def lix(self):
        if not self.words:
            return 0
        return round(self.words / max(self.sentences, 1) + 100 * self.long_words / self.words)

    @property
    def words_per_sentence(self):
        return round(self.words / max(self.sentences, 1), 1)

    @property
    def band(self):
        return next((label for top, label in BANDS if self.lix <= top), _("very hard"))

    @property
    def on_target(self):
        return self.lix <= settings.READABILITY_TARGET_LIX

    def __add__(self, other):
        return Readability(
            self.words + other.words, self.sentences + other.sentences, self.long_words + other.long_words
        )


NOTHING = Readability(0, 0, 0)


def measure(units):
    """The readability of texts, each a unit (a paragraph, a list item) that ends a sentence."""
    total = NOTHING
    for unit in units:
        words = WORD.findall(unit)
        if not words:
            continue
        # The unit's last sentence ends with it, with or without its full stop.
        ends = len(SENTENCE_END.findall(unit.rstrip()))
        sentences = ends + (0 if SENTENCE_END.search(unit.rstrip()[-1:] or " ") else 1)
        long_words = sum(1 for word in words if len(re.sub(r"[-'’]", "", word)) >= LONG_WORD)
        total += Readability(len(words), max(sentences, 1), long_words)
    return total


class _Units(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.current = [], []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self.flush()

    def handle_endtag(self, tag):
        if tag in BLOCK_TAGS:
            self.flush()

    def handle_data(self, data):
        self.current.append(data)

    def flush(self):
        text = " ".join("".join(self.current).split())
        if text:
            self.units.append(text)
        self.current = []


def html_units(html):
    """The paragraphs, headings and list items of rich text, as plain text."""
    parser = _Units()
    parser.feed(str(html))
    parser.close()
    parser.flush()
    return parser.units


def page_units(page):
    """A lesson's (or any content page's) running text: the paragraphs, headings and list items of
    its text blocks. Titles, facts, quiz questions and answers are short units that would make any
    lesson look easy; activities and glossary snippets are not the lesson's own text."""
    units = []
    for block in getattr(page, "body", None) or []:
        if block.block_type == "text":
            units += html_units(block.value.source)
    return units


def of_page(page):
    return measure(page_units(page))


def longest_sentences(units, count=3):
    """The sentences with the most words: where a text is hardest to read."""
    sentences = [part.strip() for unit in units for part in SENTENCE_END.split(unit) if part.strip()]
    return sorted(sentences, key=lambda sentence: len(WORD.findall(sentence)), reverse=True)[:count]
