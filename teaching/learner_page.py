"""Read-side queries for the teacher's page about one learner: how the hours were made, quiz
results, and a timeline of the learner's statements told as sentences in the teacher's language.

Hours come from the projections (the same figures the dashboard shows); classroom sessions and
quiz results from the learner's unvoided statements, read once; the timeline one page at a time
through the LRS's agent index. Titles are read once for the whole course tree, so every page of
the timeline costs the same few queries however long the learner's history is.
"""

import datetime
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from courses.translation import active_locale
from lessons.models import H5PPackage, LessonPage
from lrs import records
from progress import activities, charts, durations, structure, timeline
from progress.models import LessonProgress
from progress.standing import danish_course, learner_rows, start_date_label
from progress.statements import VERBS
from teaching.models import ClassroomSession

PAGE_SIZE = 50
# The export's timeline stops here: a spreadsheet of more is of no use to a teacher.
EXPORT_TIMELINE_LIMIT = 5000
ATTENDED, ANSWERED = VERBS["attended"], VERBS["answered"]
PASSED, FAILED, COMPLETED = VERBS["passed"], VERBS["failed"], VERBS["completed"]
RESULT_VERBS = [ATTENDED, PASSED, FAILED, COMPLETED, ANSWERED]


@dataclass
class LessonLine:
    key: str
    title: str
    module_title: str
    recorded_seconds: int
    credited_seconds: int
    cap_seconds: int
    completed_at: datetime.datetime | None
    best_score: int | None
    last_activity_at: datetime.datetime | None

    @property
    def recorded_minutes(self):
        return round(self.recorded_seconds / 60)

    @property
    def credited_minutes(self):
        return round(self.credited_seconds / 60)

    @property
    def cap_minutes(self):
        return round(self.cap_seconds / 60)

    @property
    def capped(self):
        return self.recorded_seconds > self.credited_seconds


@dataclass
class SessionLine:
    date: datetime.date | None
    minutes: int
    module_title: str
    topic: str
    # Who said the learner attended: the teacher who recorded it, or a trusted LRS client.
    source: str = ""


@dataclass
class QuizLine:
    lesson_title: str
    name: str
    is_quiz: bool
    passed: bool | None
    best_score: int | None
    last_score: int | None
    last_at: datetime.datetime | None
    attempts: int
    # An H5P activity's parts (the questions of a set, the interactions of a video), each a line of
    # its own kind; the activity's own result is the activity's, never a part's.
    parts: list = field(default_factory=list)


@dataclass
class Event:
    when: datetime.datetime | None
    sentence: str
    kind: str
    # Where the statement came from, and whether it counts (DESIGN.md, rule 3): a statement of an
    # LRS client not trusted for progress is shown, marked, and credits nothing.
    source: str = ""
    counted: bool = True


@dataclass
class Hours:
    elearning: float
    elearning_recorded: float
    classroom: float
    total: float
    required: int
    expected_today: float | None
    # Time in a lesson counts up to this many times its estimated time (the course's setting).
    credit_cap: float | None


def learner_page(learner, today, page_number=None):
    """Everything the learner page shows: the summary and one page (`?page=`) of the timeline."""
    data = learner_summary(learner, today)
    timeline_page = Paginator(timeline_statements(learner), PAGE_SIZE).get_page(page_number)
    sources = Sources(learner)
    return {
        **data,
        "timeline": timeline_page,
        "events": [event(statement, data["names"], sources) for statement in timeline_page],
    }


def learner_summary(learner, today):
    """Status and deadline, how the hours were made, classroom sessions and quiz results."""
    course = danish_course()
    plan = structure.current()
    names = titles(plan)
    row = learner_rows([learner], today, course)[0]
    lessons = lesson_lines(learner, plan, names, str(course.translation_key) if course else None)
    sessions, quizzes = results(learner, names)
    return {
        "not_counted": not_counted(learner),
        "row": row,
        "start_label": start_date_label(course),
        "hours": hours(learner, course, lessons, row, today, plan),
        "lessons": lessons,
        "sessions": sessions,
        "quizzes": quizzes,
        "names": names,
    }


def titles(plan):
    """{translation key: title} of the course tree in the active language, Danish where untranslated."""
    keys = [*plan.courses, *plan.modules, *plan.lessons]
    if not keys:
        return {}
    active, default = active_locale().pk, Locale.get_default().pk
    found = {}
    rows = (
        Page.objects.live()
        .filter(translation_key__in=keys, locale_id__in={active, default})
        .values_list("translation_key", "locale_id", "title")
    )
    for key, locale_id, title in rows:
        if locale_id == active or str(key) not in found:
            found[str(key)] = title
    return found


def lesson_lines(learner, plan, names, course_key):
    """The learner's lessons in course order: minutes recorded and credited (capped), score."""
    course = plan.courses.get(course_key)
    if course is None:
        return []
    progress = {str(row.lesson_key): row for row in LessonProgress.objects.filter(learner=learner)}
    lines = []
    for module_key in course.module_keys:
        for key in plan.modules[module_key].lesson_keys:
            row = progress.get(key)
            if row is None:
                continue
            lines.append(
                LessonLine(
                    key=key,
                    title=names.get(key, ""),
                    module_title=names.get(module_key, ""),
                    recorded_seconds=row.seconds,
                    credited_seconds=row.credited_seconds,
                    cap_seconds=plan.credit_cap_seconds(plan.lessons[key]),
                    completed_at=row.completed_at,
                    best_score=timeline.as_percent(row.best_score),
                    last_activity_at=row.last_activity_at,
                )
            )
    return lines


def hours(learner, course, lessons, row, today, plan):
    elearning = row.elearning_seconds / 3600
    classroom = row.classroom_seconds / 3600
    return Hours(
        elearning=elearning,
        elearning_recorded=sum(line.recorded_seconds for line in lessons) / 3600,
        classroom=classroom,
        total=elearning + classroom,
        required=row.required_hours,
        expected_today=charts.expected_hours(row.required_hours, row.start, row.deadline, today),
        credit_cap=plan.courses[str(course.translation_key)].time_credit_cap
        if course is not None and str(course.translation_key) in plan.courses
        else None,
    )


def results(learner, names):
    """(classroom sessions, quiz and activity results) from the learner's unvoided statements that
    count (made by the platform or a trusted LRS client, with the learner as the actor)."""
    found = (
        _own_statements(learner, evidence=True)
        .filter(verb_id__in=RESULT_VERBS)
        .exclude(object_activity_id__contains="/question/")
        .order_by(*records.OLDEST_FIRST)
        .values_list("data", flat=True)
    )
    sessions, attempts = [], defaultdict(list)
    for data in found:
        if not _by(learner, data):
            continue
        object_id = data["object"].get("id", "")
        verb = data["verb"]["id"]
        if verb == ATTENDED and object_id.startswith(activities.meeting_id("")):
            sessions.append(_session(data, names))
        elif timeline.inside_lesson(object_id) in ("quiz", "h5p"):
            outcome = _attempt(verb, data.get("result") or {})
            if outcome is not None:
                attempts[object_id].append((data, *outcome))
    sessions.sort(key=lambda line: line.date or datetime.date.min, reverse=True)
    _name_recorders(sessions)
    # H5P names the parts of an activity `<activity>?subContentId=<id>`: they go under the activity.
    wholes, parts = {}, defaultdict(dict)
    for object_id, tries in attempts.items():
        activity, _separator, part = object_id.partition("?subContentId=")
        if part:
            parts[activity][part] = tries
        else:
            wholes[activity] = tries
    blocks = block_titles([*wholes, *parts])
    lines = []
    for activity in dict.fromkeys([*wholes, *parts]):
        line = _quiz_line(activity, wholes.get(activity, []), names, blocks)
        line.parts = [_quiz_line(activity, tries, names, {}) for tries in parts.get(activity, {}).values()]
        lines.append(line)
    return sessions, lines


def block_titles(activity_ids):
    """{activity id: title} of quizzes and H5P activities in the active language (the lesson's
    translation, else its Danish page): a statement carries the title in the learner's language,
    and a teacher reading Danish should not meet the quiz's Arabic title beside the lesson's."""
    wanted = defaultdict(set)
    for activity_id in activity_ids:
        key = activities.lesson_key(activity_id)
        if key:
            wanted[key].add(activity_id)
    if not wanted:
        return {}
    active, default = active_locale().pk, Locale.get_default().pk
    pages = LessonPage.objects.live().filter(translation_key__in=wanted, locale_id__in={active, default})
    # The body's stored JSON, not its blocks: reading the blocks would load every snippet they name.
    # The Danish page's blocks first, then the translation's over them: a translation may lack an
    # activity added to the Danish lesson since (the learner then does it in Danish).
    bodies = sorted(
        pages.values_list("translation_key", "locale_id", "body"),
        key=lambda row: row[1] == active and active != default,
    )
    found, packages = {}, {}
    for key, _locale_id, body in bodies:
        key = str(key)
        for block in body.raw_data if hasattr(body, "raw_data") else body:
            value = block.get("value") or {}
            if block.get("type") == "quiz":
                found[activities.quiz_id(key, block["id"])] = value.get("title", "")
            elif block.get("type") == "h5p" and value.get("package"):
                packages[activities.h5p_id(key, block["id"])] = value["package"]
    if packages:
        titles = dict(H5PPackage.objects.filter(pk__in=set(packages.values())).values_list("pk", "title"))
        found.update({activity: titles[pk] for activity, pk in packages.items() if pk in titles})
    return found


def timeline_statements(learner):
    """The learner's statements, newest first, read through the agent index; voided ones and the
    voiding statements themselves left out (a voided statement no longer counts for anything)."""
    return (
        _own_statements(learner)
        .filter(is_voiding=False)
        .order_by(*records.NEWEST_FIRST)
        .only("seq", "stored", "data", "from_platform", "credential_id")
    )


def export_timeline(learner, names):
    """The newest `EXPORT_TIMELINE_LIMIT` statements as events, for the learner's export."""
    sources = Sources(learner)
    return [
        event(statement, names, sources) for statement in timeline_statements(learner)[:EXPORT_TIMELINE_LIMIT]
    ]


def not_counted(learner):
    """How many of the learner's statements credit nothing: sent by LRS clients not trusted for
    progress. A forgery attempt is seen this way rather than silently ignored."""
    return _own_statements(learner).filter(is_voiding=False).exclude(records.trusted()).count()


class Sources:
    """Who made a statement, for the reader: the platform, or an LRS client by its name."""

    def __init__(self, learner):
        self.learner = learner
        self.credentials = records.credential_names()

    def of(self, statement):
        """(source, counted) of a stored statement."""
        data = statement.data
        if statement.from_platform:
            counted = True
            source = _("Samfund")
        else:
            source, counted = self.credentials.get(
                statement.credential_id, (_("a removed LRS client"), False)
            )
        return source, counted and _by(self.learner, data)


def _by(learner, data):
    """Whether the learner is the statement's actor (not just an agent it names as its object)."""
    return records.key_of(data.get("actor")) == records.key_of(learner.xapi_actor())


def _own_statements(learner, evidence=False):
    return records.statements_by(learner.xapi_actor(), evidence=evidence)


def _name_recorders(sessions):
    """Each platform session's source: the teacher who recorded it (one query for all)."""
    recorded = {
        str(session.uuid): session
        for session in ClassroomSession.objects.filter(
            uuid__in=[line.source for line in sessions if line.source]
        ).select_related("recorded_by")
    }
    for line in sessions:
        session = recorded.get(line.source)
        if session is None:
            line.source = _("an LRS client trusted for progress")
        elif session.recorded_by is None:
            line.source = _("a teacher")
        else:
            line.source = session.recorded_by.get_full_name() or session.recorded_by.username


def _session(data, names):
    parents = (data.get("context") or {}).get("contextActivities", {}).get("parent") or []
    module_keys = [timeline.module_key_of(entry.get("id")) for entry in parents if isinstance(entry, dict)]
    module_key = next((key for key in module_keys if key), None)
    when = timeline.when(data)
    meeting = data["object"].get("id", "").removeprefix(activities.meeting_id(""))
    return SessionLine(
        date=timezone.localtime(when).date() if when else None,
        minutes=round(durations.seconds((data.get("result") or {}).get("duration")) / 60),
        module_title=names.get(module_key, "") if module_key else "",
        topic=timeline.in_language(data["object"].get("definition", {}).get("name")) or "",
        # The meeting's id for now: `_name_recorders` puts who recorded it in its place.
        source=meeting if _is_uuid(meeting) else "",
    )


def _is_uuid(text):
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def _attempt(verb, result):
    """(success, scaled score) of a statement that finishes a quiz or an activity, or None."""
    success = {PASSED: True, FAILED: False}.get(verb, result.get("success"))
    score = timeline.scaled_score(result)
    if not isinstance(success, bool):
        success = None
    if success is None and score is None:
        return None
    return success, score


def _quiz_line(object_id, tries, names, blocks):
    """A quiz's, an activity's or an activity part's results over its attempts (`tries`, oldest
    first; none for an activity of which only parts reported)."""
    key = activities.lesson_key(object_id)
    successes = [success for _data, success, _score in tries if success is not None]
    scores = [score for _data, _success, score in tries if score is not None]
    last_data, _last_success, last_score = tries[-1] if tries else ({}, None, None)
    definition = (last_data.get("object") or {}).get("definition") or {}
    return QuizLine(
        lesson_title=names.get(key, "") or _("a lesson that is no longer published"),
        # H5P writes a question's text as HTML: a teacher reads the words.
        name=blocks.get(object_id)
        or " ".join(strip_tags(timeline.in_language(definition.get("name"))).split())
        or " ".join(strip_tags(timeline.in_language(definition.get("description"))).split())[:200]
        or "",
        is_quiz=timeline.inside_lesson(object_id) == "quiz",
        passed=any(successes) if successes else None,
        best_score=timeline.as_percent(max(scores)) if scores else None,
        last_score=timeline.as_percent(last_score),
        last_at=timeline.when(last_data) if tries else None,
        attempts=len(tries),
    )


def event(statement, names, sources):
    data = statement.data
    kind, sentence = timeline.describe(data, names)
    source, counted = sources.of(statement)
    return Event(
        when=timeline.when(data) or statement.stored,
        sentence=sentence,
        kind=kind,
        source=source,
        counted=counted,
    )
