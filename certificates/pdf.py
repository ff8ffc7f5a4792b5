"""The certificate a learner gets for meeting the course requirement: one A4 page as a PDF.

The page says the same twice, in the learner's language and in Danish (once when the learner's
language is Danish). fpdf2 draws it with three OFL fonts installed from npm (package.json) into
`settings.CERTIFICATE_FONT_DIR`: Noto Serif (Latin, Cyrillic), Noto Naskh Arabic (the Arabic
script, also for Persian and Pashto) and Noto Sans Ethiopic (Ge'ez: Tigrinya, Amharic). Each font
is the others' fallback, so a name in another script than the text around it is drawn too.
HarfBuzz shapes the text (Arabic letters join) and fpdf2's bidi algorithm lays right-to-left
paragraphs out from the right; fpdf2 embeds only the glyphs used, which keeps the file small.
"""

import datetime
import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils import formats, timezone, translation
from django.utils.translation import get_language_bidi, get_language_info
from django.utils.translation import gettext as _
from fpdf import FPDF

from progress.standing import deadline, start_date

FONT_FILES = {
    ("serif", ""): "noto-serif/400Regular/NotoSerif_400Regular.ttf",
    ("serif", "B"): "noto-serif/700Bold/NotoSerif_700Bold.ttf",
    ("naskh", ""): "noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf",
    ("naskh", "B"): "noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf",
    ("ethiopic", ""): "noto-sans-ethiopic/400Regular/NotoSansEthiopic_400Regular.ttf",
    ("ethiopic", "B"): "noto-sans-ethiopic/700Bold/NotoSansEthiopic_700Bold.ttf",
}
# The OpenType script and language HarfBuzz shapes a right-to-left language's text with.
ARABIC_SCRIPT_LANGUAGES = {"ar": "ARA", "fa": "FAR", "prs": "DRI", "ps": "PAS", "ur": "URD"}
# Languages written in Ge'ez (Ethiopic), with their OpenType language tags.
ETHIOPIC_SCRIPT_LANGUAGES = {"ti": "TGY", "am": "AMH"}
FAMILIES = ("serif", "naskh", "ethiopic")

INK = (33, 37, 41)
MUTED = (96, 103, 112)
ACCENT = (22, 58, 94)
GOLD = (176, 141, 87)

PAGE_WIDTH = 210
PAGE_HEIGHT = 297
FRAME = 10
# The text must end this far above the frame; long translations are drawn smaller until it does.
BOTTOM = PAGE_HEIGHT - FRAME - 8
SCALES = (1, 0.92, 0.84, 0.76)
LABEL_WIDTH = 64
VALUE_WIDTH = 92
COLUMN_GAP = 6


@dataclass(frozen=True)
class Facts:
    """What the certificate states, the same in every language."""

    name: str
    elearning_seconds: int
    classroom_seconds: int
    required_hours: int
    programme_start: datetime.date | None
    satisfied_on: datetime.date
    deadline: datetime.date | None
    modules_done: int
    modules_total: int
    place: str
    number: str
    issued_on: datetime.date


def certificate_pdf(learner, course, progress):
    """The certificate of `learner`, whose `progress` met the requirement of `course`, as PDF bytes.

    `course` is the Danish course page (its rules are the same in every translation).
    """
    facts = certificate_facts(learner, course, progress)
    languages = [certificate_language(learner)]
    if languages[0] != "da":
        languages.append("da")
    # One part alone is drawn larger, in the middle of the page.
    top, scales = (30, SCALES) if len(languages) == 2 else (80, (1.2, *SCALES))
    for scale in scales:
        pdf, end = _draw(facts, languages, top, scale)
        if end <= BOTTOM:
            break
    return bytes(pdf.output())


def certificate_facts(learner, course, progress):
    return Facts(
        name=learner.get_full_name() or learner.username,
        elearning_seconds=progress.elearning_seconds,
        classroom_seconds=progress.classroom_seconds,
        required_hours=course.required_hours,
        programme_start=start_date(learner, course),
        satisfied_on=timezone.localdate(progress.satisfied_at),
        deadline=deadline(learner, course),
        modules_done=progress.mandatory_modules_done,
        modules_total=progress.mandatory_modules_total,
        place=_place(learner),
        number=certificate_number(learner, progress),
        issued_on=timezone.localdate(),
    )


def certificate_number(learner, progress):
    """The same number every time for the same learner's course: SAM-<progress id>-<check>.

    The check part comes from the learner's pseudonym, which is never shown, so a number cannot
    be made up from an id alone.
    """
    check = hashlib.sha256(f"{progress.pk}:{learner.pseudonym}".encode()).hexdigest()[:6].upper()
    return f"SAM-{progress.pk:06d}-{check}"


def certificate_language(learner):
    """The learner's preferred language if the platform offers it, else the default language."""
    offered = {code for code, _name in settings.LANGUAGES}
    return learner.preferred_language if learner.preferred_language in offered else settings.LANGUAGE_CODE


def _place(learner):
    sites = list(learner.sites.select_related("municipality").order_by("name"))
    municipalities = {site.municipality.name for site in sites}
    if learner.municipality_id:
        municipalities.add(learner.municipality.name)
    return ", ".join([site.name for site in sites] + sorted(municipalities))


def _draw(facts, languages, top, scale):
    """The page drawn from `top` (mm) at `scale` (1: full size), and where its text ends."""
    pdf = _document(facts, languages)
    for position, language in enumerate(languages):
        if position:
            top = _separator(pdf, top, scale)
        top = _part(pdf, facts, language, top, scale)
    return pdf, top


def _document(facts, languages):
    pdf = FPDF(orientation="portrait", unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(FRAME, FRAME, FRAME)
    for (family, style), path in FONT_FILES.items():
        pdf.add_font(family, style, _font_path(path))
    with translation.override(languages[0]):
        pdf.set_title(f"{_('Certificate')}: {facts.name}")
    pdf.set_author("Samfund")
    pdf.set_creator("Samfund")
    pdf.set_lang(languages[0])
    pdf.add_page()
    _frame(pdf)
    pdf.set_font("serif", "", 9)
    pdf.set_text_color(*MUTED)
    pdf.set_char_spacing(2.5)
    pdf.set_xy(FRAME, 19)
    pdf.cell(PAGE_WIDTH - 2 * FRAME, 5, "SAMFUND", align="C")
    pdf.set_char_spacing(0)
    return pdf


def _font_path(relative):
    path = settings.CERTIFICATE_FONT_DIR / relative
    if not path.is_file():
        raise ImproperlyConfigured(
            f"The certificate font {path} is missing: install the npm packages (`make`, or `npm ci`) "
            "or point CERTIFICATE_FONT_DIR at the folder that holds them."
        )
    return str(path)


def _frame(pdf):
    pdf.set_draw_color(*ACCENT)
    pdf.set_line_width(0.9)
    pdf.rect(FRAME, FRAME, PAGE_WIDTH - 2 * FRAME, PAGE_HEIGHT - 2 * FRAME)
    pdf.set_draw_color(*GOLD)
    pdf.set_line_width(0.3)
    pdf.rect(FRAME + 2.5, FRAME + 2.5, PAGE_WIDTH - 2 * FRAME - 5, PAGE_HEIGHT - 2 * FRAME - 5)


def _separator(pdf, top, scale):
    pdf.set_draw_color(*GOLD)
    pdf.set_line_width(0.3)
    middle, y = PAGE_WIDTH / 2, top + 6 * scale
    pdf.line(30, y, middle - 4, y)
    pdf.line(middle + 4, y, PAGE_WIDTH - 30, y)
    pdf.set_fill_color(*GOLD)
    pdf.circle(middle, y, 1.2, style="F")
    return top + 14 * scale


def _part(pdf, facts, language, top, scale):
    """Draw the certificate's text in `language` from `top` (mm); return where it ends."""
    with translation.override(language):
        rtl = get_language_bidi()
        texts = _texts(facts)
        language_name = get_language_info(language)["name_local"]
    language_name = language_name[:1].upper() + language_name[1:]
    if language in ARABIC_SCRIPT_LANGUAGES:
        main, script = "naskh", "arab"
    elif language in ETHIOPIC_SCRIPT_LANGUAGES:
        main, script = "ethiopic", "ethi"
    else:
        main, script = "serif", None
    pdf.set_fallback_fonts([family for family in FAMILIES if family != main], exact_match=False)
    pdf.set_text_shaping(
        True,
        direction="rtl" if rtl else "ltr",
        script=script,
        language=ARABIC_SCRIPT_LANGUAGES.get(language) or ETHIOPIC_SCRIPT_LANGUAGES.get(language),
    )
    lines = [
        (language_name, "", 8, MUTED, 0),
        (texts["title"], "B", 24, ACCENT, 1),
        (texts["intro"], "", 11, MUTED, 2),
        (facts.name, "B", 20, INK, 1),
        (texts["statement"], "", 12, INK, 1),
    ]
    y = top
    for text, style, size, colour, space in lines:
        y = _centred(pdf, y + space * scale, text, (main, style, size * scale), colour)
    pdf.set_draw_color(*GOLD)
    pdf.set_line_width(0.4)
    pdf.line(PAGE_WIDTH / 2 - 20, y + 4 * scale, PAGE_WIDTH / 2 + 20, y + 4 * scale)
    y += 9 * scale
    for label, value in texts["rows"]:
        y = _row(pdf, y, label, value, (main, scale), rtl)
    return y


def _texts(facts):
    """The certificate's words in the active language."""

    def day(value):
        return formats.date_format(value, "DATE_FORMAT") if value else "–"

    def hours(seconds):
        return formats.number_format(seconds / 3600, 1)

    rows = [
        (
            _("Hours completed"),
            _("%(total)s, of which %(elearning)s e-learning and %(classroom)s in class")
            % {
                "total": hours(facts.elearning_seconds + facts.classroom_seconds),
                "elearning": hours(facts.elearning_seconds),
                "classroom": hours(facts.classroom_seconds),
            },
        ),
        (_("Hours required"), formats.number_format(facts.required_hours)),
        (
            _("Mandatory modules completed"),
            _("%(done)s of %(total)s") % {"done": facts.modules_done, "total": facts.modules_total},
        ),
        (_("Programme start date"), day(facts.programme_start)),
        (_("Deadline"), day(facts.deadline)),
        (_("Requirement met on"), day(facts.satisfied_on)),
    ]
    if facts.place:
        rows.append((_("Place of study"), facts.place))
    rows += [(_("Certificate number"), facts.number), (_("Issued on"), day(facts.issued_on))]
    return {
        "title": _("Certificate"),
        "intro": _("This is to certify that"),
        "statement": _("has completed the course in understanding Danish society"),
        "rows": rows,
    }


def _centred(pdf, y, text, font, colour):
    """A centred paragraph in `font` (family, style, size in points); returns where it ends."""
    width = PAGE_WIDTH - 2 * 24
    pdf.set_font(*font)
    pdf.set_text_color(*colour)
    pdf.set_xy((PAGE_WIDTH - width) / 2, y)
    # A line is half again as high as the font (pt to mm: 0.3528).
    pdf.multi_cell(width, font[2] * 0.3528 * 1.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
    return pdf.get_y()


def _row(pdf, y, label, value, font, rtl):
    """One fact: the label and the value meet at the page's middle (mirrored right to left)."""
    left = (PAGE_WIDTH - LABEL_WIDTH - VALUE_WIDTH - COLUMN_GAP) / 2
    label_x, value_x = left, left + LABEL_WIDTH + COLUMN_GAP
    label_align, value_align = "R", "L"
    if rtl:
        label_x, value_x = left + VALUE_WIDTH + COLUMN_GAP, left
        label_align, value_align = "L", "R"
    family, scale = font
    pdf.set_font(family, "", 9.5 * scale)
    pdf.set_text_color(*MUTED)
    pdf.set_xy(label_x, y)
    pdf.multi_cell(LABEL_WIDTH, 5.2 * scale, label, align=label_align)
    label_end = pdf.get_y()
    pdf.set_font(family, "B", 10 * scale)
    pdf.set_text_color(*INK)
    pdf.set_xy(value_x, y)
    pdf.multi_cell(VALUE_WIDTH, 5.2 * scale, value, align=value_align)
    return max(label_end, pdf.get_y()) + 1.2 * scale
