"""A learner's statements told as sentences in the active language, for the teacher's timeline.

`describe` knows the platform's own statements (progress/statements.py: time on a lesson, quiz
answers and results, completions, classroom sessions, the met requirement) and the H5P statements
relayed from lessons; a statement from any other xAPI tool gets a generic sentence made of its
verb's display and its object's name, in the active language where the statement has it.
"""

import datetime

from django.utils import timezone
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from progress import activities, durations
from progress.statements import VERBS

ATTENDED, SATISFIED = VERBS["attended"], VERBS["satisfied"]
PASSED, FAILED, COMPLETED = VERBS["passed"], VERBS["failed"], VERBS["completed"]
ANSWERED, EXPERIENCED = VERBS["answered"], VERBS["experienced"]


def describe(data, names):
    """(kind, one sentence in the active language) for a statement: what the learner did."""
    verb = data.get("verb", {}).get("id", "")
    target = data.get("object") or {}
    object_id = target.get("id", "") if target.get("objectType", "Activity") == "Activity" else ""
    result = data.get("result") if isinstance(data.get("result"), dict) else {}
    key = activities.lesson_key(object_id)
    lesson = (names.get(key) or in_language(definition_name(target)) or _("a lesson")) if key else ""
    if verb == SATISFIED and activities.course_key(object_id):
        return "requirement", _("Met the course requirement")
    if verb == ATTENDED and object_id.startswith(activities.meeting_id("")):
        return "session", _attended(data, result)
    if key and object_id == activities.lesson_id(key):
        return _about_lesson(verb, data, result, lesson)
    inside = inside_lesson(object_id)
    if inside == "question" and verb == ANSWERED:
        return "quiz", _answered(object_id, result, lesson)
    if inside == "quiz" and verb in (PASSED, FAILED):
        return "quiz", _quiz_result(verb, result, lesson)
    if inside == "h5p":
        return "activity", _h5p(verb, data, result, lesson)
    module_key = module_key_of(object_id)
    if verb == COMPLETED and module_key:
        title = names.get(module_key) or in_language(definition_name(target)) or _("a module")
        return "completed", _("Completed the module «%(module)s»") % {"module": title}
    return "other", _generic(data, target, result)


def _about_lesson(verb, data, result, lesson):
    seconds = durations.seconds(result.get("duration"))
    if verb == EXPERIENCED and seconds >= 60:
        minutes = round(seconds / 60)
        sentence = ngettext(
            "Spent %(minutes)d minute on «%(lesson)s»", "Spent %(minutes)d minutes on «%(lesson)s»", minutes
        )
        return "time", sentence % {"minutes": minutes, "lesson": lesson}
    if verb == EXPERIENCED and seconds:
        sentence = ngettext(
            "Spent %(seconds)d second on «%(lesson)s»", "Spent %(seconds)d seconds on «%(lesson)s»", seconds
        )
        return "time", sentence % {"seconds": seconds, "lesson": lesson}
    if verb == EXPERIENCED:
        return "time", _("Opened «%(lesson)s»") % {"lesson": lesson}
    if verb == COMPLETED:
        return "completed", _("Completed «%(lesson)s»") % {"lesson": lesson}
    return "other", _("%(verb)s: «%(lesson)s»") % {"verb": verb_display(data), "lesson": lesson}


def _attended(data, result):
    minutes = round(durations.seconds(result.get("duration")) / 60)
    topic = in_language(definition_name(data.get("object") or {}))
    if topic:
        sentence = ngettext(
            "Attended a classroom session of %(minutes)d minute: %(topic)s",
            "Attended a classroom session of %(minutes)d minutes: %(topic)s",
            minutes,
        )
        return sentence % {"minutes": minutes, "topic": topic}
    sentence = ngettext(
        "Attended a classroom session of %(minutes)d minute",
        "Attended a classroom session of %(minutes)d minutes",
        minutes,
    )
    return sentence % {"minutes": minutes}


def _answered(object_id, result, lesson):
    number = object_id.rsplit("/", 1)[-1]
    values = {"number": int(number) + 1 if number.isdigit() else number, "lesson": lesson}
    if result.get("success") is True:
        return _("Answered question %(number)s of the quiz in «%(lesson)s»: correct") % values
    if result.get("success") is False:
        return _("Answered question %(number)s of the quiz in «%(lesson)s»: not correct") % values
    return _("Answered question %(number)s of the quiz in «%(lesson)s»") % values


def _quiz_result(verb, result, lesson):
    percent = as_percent(scaled_score(result))
    if verb == PASSED and percent is not None:
        return _("Passed the quiz in «%(lesson)s» with %(percent)d %%") % {
            "lesson": lesson,
            "percent": percent,
        }
    if verb == PASSED:
        return _("Passed the quiz in «%(lesson)s»") % {"lesson": lesson}
    if percent is not None:
        return _("Failed the quiz in «%(lesson)s» with %(percent)d %%") % {
            "lesson": lesson,
            "percent": percent,
        }
    return _("Failed the quiz in «%(lesson)s»") % {"lesson": lesson}


def _h5p(verb, data, result, lesson):
    values = {"lesson": lesson}
    if verb == ANSWERED:
        sentence = _("Answered in an interactive activity in «%(lesson)s»") % values
    elif verb == COMPLETED:
        sentence = _("Completed an interactive activity in «%(lesson)s»") % values
    elif verb == PASSED:
        sentence = _("Passed an interactive activity in «%(lesson)s»") % values
    elif verb == FAILED:
        sentence = _("Did not pass an interactive activity in «%(lesson)s»") % values
    else:
        values["verb"] = verb_display(data)
        sentence = _("%(verb)s: an interactive activity in «%(lesson)s»") % values
    return _with_outcome(sentence, result)


def _generic(data, target, result):
    """A statement from another tool: its verb's display and its object's name, as given."""
    object_type = target.get("objectType", "Activity")
    if object_type == "Activity":
        name = in_language(definition_name(target)) or target.get("id", "")
    elif object_type in ("Agent", "Group"):
        name = _("a person or group")
    elif object_type == "StatementRef":
        name = _("an earlier statement")
    else:
        name = _("an activity")
    sentence = _("%(verb)s «%(object)s»") % {"verb": verb_display(data), "object": name}
    return _with_outcome(sentence, result)


def _with_outcome(sentence, result):
    percent = as_percent(scaled_score(result))
    if percent is not None:
        return _("%(sentence)s: %(percent)d %%") % {"sentence": sentence, "percent": percent}
    if result.get("success") is True:
        return _("%(sentence)s: correct") % {"sentence": sentence}
    if result.get("success") is False:
        return _("%(sentence)s: not correct") % {"sentence": sentence}
    return sentence


def verb_display(data):
    """The verb's display in the active language (or any), else the last part of its IRI."""
    verb = data.get("verb") or {}
    shown = in_language(verb.get("display"))
    if shown:
        return shown
    return verb.get("id", "").rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1] or _("did something with")


def in_language(language_map, language=None):
    """The text of an xAPI language map in the active language, its base language, English, or any."""
    if not isinstance(language_map, dict):
        return ""
    texts = {str(tag).lower(): text for tag, text in language_map.items() if isinstance(text, str) and text}
    if not texts:
        return ""
    wanted = (language or get_language() or "da").lower()
    for tag in (wanted, wanted.split("-")[0]):
        if tag in texts:
            return texts[tag]
    for base in (wanted.split("-")[0], "en"):
        for tag, text in texts.items():
            if tag.split("-")[0] == base:
                return text
    return next(iter(texts.values()))


def definition_name(target):
    definition = target.get("definition")
    return definition.get("name") if isinstance(definition, dict) else None


def inside_lesson(object_id):
    """ "quiz", "question" or "h5p" for an activity inside a lesson, else None."""
    key = activities.lesson_key(object_id)
    if not key:
        return None
    rest = object_id[len(activities.lesson_id(key)) :].split("?", 1)[0].strip("/").split("/")
    if rest[0] == "quiz" and len(rest) == 2:
        return "quiz"
    if rest[0] == "quiz" and len(rest) == 4 and rest[2] == "question":
        return "question"
    if rest[0] == "h5p" and len(rest) == 2:
        return "h5p"
    return None


def module_key_of(activity_id):
    prefix = activities.module_id("")
    if isinstance(activity_id, str) and activity_id.startswith(prefix):
        return activity_id[len(prefix) :] or None
    return None


def scaled_score(result):
    score = result.get("score") if isinstance(result, dict) else None
    if not isinstance(score, dict):
        return None
    scaled = score.get("scaled")
    if isinstance(scaled, int | float) and not isinstance(scaled, bool):
        return max(-1.0, min(1.0, float(scaled)))
    raw, top = score.get("raw"), score.get("max")
    if isinstance(raw, int | float) and isinstance(top, int | float) and top > 0:
        return max(0.0, min(1.0, raw / top))
    return None


def as_percent(fraction):
    return round(100 * fraction) if fraction is not None else None


def when(data):
    """The statement's timestamp (when it happened) as an aware datetime, or None."""
    raw = data.get("timestamp")
    if not isinstance(raw, str):
        return None
    try:
        moment = datetime.datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return None
    return timezone.make_aware(moment, datetime.UTC) if timezone.is_naive(moment) else moment
