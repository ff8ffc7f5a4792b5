"""What H5P content types say about themselves through xAPI, known from their main library.

A lesson can require only an activity that tells when it is finished: an `answered`, `completed`
or `passed` statement about the whole activity (H5P's question types, through H5P.Question's
xAPI, and the containers that score their children). Content that shows rather than asks (Dialog
Cards, Accordion, Image Hotspots, a plain Column of text…) sends no such statement, or none at all,
and a lesson that required it could never be completed. A content type missing from this list
counts as not reporting: a required activity must be satisfiable by construction. An installation
adds types it has checked with `H5P_COMPLETING_LIBRARIES` (machine names, comma-separated).
"""

from django.conf import settings

# Content types whose activity reports its completion (with a score where it has one).
REPORTS_COMPLETION = frozenset(
    {
        "H5P.ArithmeticQuiz",
        "H5P.Blanks",
        "H5P.CoursePresentation",
        "H5P.Crossword",
        "H5P.Dictation",
        "H5P.DragQuestion",
        "H5P.DragText",
        "H5P.Essay",
        "H5P.FindTheWords",
        "H5P.ImageHotspotQuestion",
        "H5P.ImageMultipleHotspotQuestion",
        "H5P.ImagePair",
        "H5P.ImageSequencing",
        "H5P.InteractiveVideo",
        "H5P.MarkTheWords",
        "H5P.MemoryGame",
        "H5P.MultiChoice",
        "H5P.QuestionSet",
        "H5P.Questionnaire",
        "H5P.SingleChoiceSet",
        "H5P.SortParagraphs",
        "H5P.SpeakTheWords",
        "H5P.SpeakTheWordsSet",
        "H5P.Summary",
        "H5P.TrueFalse",
    }
)


def machine_name(main_library):
    """ "H5P.MultiChoice 1.16" -> "H5P.MultiChoice"."""
    return (main_library or "").split(" ", 1)[0]


def reports_completion(main_library):
    name = machine_name(main_library)
    return name in REPORTS_COMPLETION or name in settings.H5P_COMPLETING_LIBRARIES
