"""The teachers' downloads: the class dashboard and a learner's page as CSV or XLSX.

Every view finds the class among `visible_classes(user)` and the learner among that class's
learners, from the URL alone: no query parameter can reach another class, site or learner.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from accounts.models import User
from config.languages import language_name
from progress import standing
from reports import exports
from teaching import learner_page
from teaching.access import class_and_learner, teacher_pages, visible_classes


def _format(fmt):
    if fmt not in exports.FORMATS:
        raise Http404
    return fmt


@teacher_pages
def class_export(request, class_id, fmt):
    """The dashboard's rows; `?status=` narrows and `?sort=` orders them as on the dashboard."""
    fmt = _format(fmt)
    learner_class = get_object_or_404(visible_classes(request.user), pk=class_id)
    today = timezone.localdate()
    course = standing.danish_course()
    learners = learner_class.learners.filter(role=User.Role.LEARNER).order_by("first_name", "username")
    rows = standing.learner_rows(learners, today, course)
    rows, _status, _sort = standing.narrowed(rows, request.GET.get("status"), request.GET.get("sort"))
    headers = [
        _("Name"),
        _("User name"),
        _("Reference"),
        _("Language"),
        _("Programme start"),
        _("Deadline"),
        _("Days left"),
        _("Hours e-learning"),
        _("Hours classroom"),
        _("Hours total"),
        _("Hours required"),
        _("Mandatory modules done"),
        _("Mandatory modules"),
        _("Last activity"),
        _("Status"),
    ]
    lines = [_class_line(row) for row in rows]
    return exports.table_response(f"{learner_class.name} {today.isoformat()}", headers, lines, fmt)


def _class_line(row):
    learner = row.learner
    return [
        learner.get_full_name(),
        learner.username,
        learner.external_reference,
        language_name(learner.preferred_language),
        learner.programme_start,
        row.deadline,
        row.days_left,
        round(row.elearning_seconds / 3600, 2),
        round(row.classroom_seconds / 3600, 2),
        round(row.hours, 2),
        row.required_hours,
        row.mandatory_done,
        row.mandatory_total,
        row.last_activity,
        str(row.status_label),
    ]


@teacher_pages
def learner_export(request, class_id, learner_id, fmt):
    """The learner page as sections: summary, hours per lesson, sessions, quizzes, timeline."""
    fmt = _format(fmt)
    learner_class, learner = class_and_learner(request.user, class_id, learner_id)
    today = timezone.localdate()
    page = learner_page.learner_summary(learner, today)
    events = learner_page.export_timeline(learner, page["names"])
    sections = [
        (_("Summary"), [_("Item"), _("Value")], _summary(learner, learner_class, page)),
        (
            _("Hours per lesson"),
            [
                _("Module"),
                _("Lesson"),
                _("Minutes recorded"),
                _("Minutes credited"),
                _("Most minutes credited"),
                _("Completed"),
                _("Best score (%)"),
            ],
            [
                [
                    line.module_title,
                    line.title,
                    line.recorded_minutes,
                    line.credited_minutes,
                    line.cap_minutes,
                    _local(line.completed_at),
                    line.best_score,
                ]
                for line in page["lessons"]
            ],
        ),
        (
            _("Classroom sessions"),
            [_("Date"), _("Minutes"), _("Module"), _("Topic"), _("Recorded by")],
            [
                [line.date, line.minutes, line.module_title, line.topic, line.source]
                for line in page["sessions"]
            ],
        ),
        (
            _("Quiz results"),
            [
                _("Lesson"),
                _("Quiz or activity"),
                _("Result"),
                _("Best score (%)"),
                _("Last score (%)"),
                _("Last attempt"),
                _("Attempts"),
            ],
            [_quiz_line(line) for line in page["quizzes"]],
        ),
        (
            _("Timeline"),
            [_("When"), _("What"), _("Source"), _("Counted")],
            [
                [_local(event.when), event.sentence, event.source, _("yes") if event.counted else _("no")]
                for event in events
            ],
        ),
    ]
    name = learner.get_full_name() or learner.username
    return exports.sections_response(f"{name} {today.isoformat()}", sections, fmt)


def _summary(learner, learner_class, page):
    row, hours = page["row"], page["hours"]
    return [
        [_("Name"), learner.get_full_name()],
        [_("User name"), learner.username],
        [_("Reference"), learner.external_reference],
        [_("Class"), learner_class.name],
        [_("Language"), language_name(learner.preferred_language)],
        [_("Programme start"), learner.programme_start],
        [_("Deadline"), row.deadline],
        [_("Days left"), row.days_left],
        [_("Status"), str(row.status_label)],
        [_("Hours e-learning (credited)"), round(hours.elearning, 2)],
        [_("Hours e-learning (recorded)"), round(hours.elearning_recorded, 2)],
        [_("Hours classroom"), round(hours.classroom, 2)],
        [_("Hours total"), round(hours.total, 2)],
        [_("Hours required"), hours.required],
        [
            _("Expected by today"),
            round(hours.expected_today, 2) if hours.expected_today is not None else None,
        ],
        [_("Mandatory modules done"), f"{row.mandatory_done} / {row.mandatory_total}"],
        [_("Last activity"), row.last_activity],
    ]


def _quiz_line(line):
    result = {True: pgettext("quiz result", "passed"), False: _("not passed"), None: ""}[line.passed]
    kind = line.name or (_("Quiz") if line.is_quiz else _("Interactive activity"))
    return [
        line.lesson_title,
        kind,
        result,
        line.best_score,
        line.last_score,
        _local(line.last_at),
        line.attempts,
    ]


def _local(moment):
    """A datetime in the platform's time zone, without it: spreadsheets have no time zones."""
    return timezone.localtime(moment).replace(tzinfo=None) if moment else None
