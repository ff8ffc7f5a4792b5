"""The tables of the downloads: the class dashboard's rows, a learner's page, the coordinator's
overview and a site's learners, as headers and lines for `reports.exports` to write as CSV or XLSX."""

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from config.languages import language_name
from progress.standing import Status
from teaching import learner_page


def class_table(rows):
    """(headers, lines) of the class dashboard's rows."""
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
    return headers, [_class_line(row) for row in rows]


def _class_line(row):
    learner = row.learner
    return [
        learner.get_full_name(),
        learner.username,
        learner.external_reference,
        language_name(learner.preferred_language),
        row.start,
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


def learner_sections(learner, learner_class, today):
    """The learner page as (heading, headers, lines) sections: summary, hours per lesson,
    classroom sessions, quiz results, timeline."""
    page = learner_page.learner_summary(learner, today)
    events = learner_page.export_timeline(learner, page["names"])
    return [
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
            [row for line in page["quizzes"] for row in _quiz_rows(line)],
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


def _summary(learner, learner_class, page):
    row, hours = page["row"], page["hours"]
    return [
        [_("Name"), learner.get_full_name()],
        [_("User name"), learner.username],
        [_("Reference"), learner.external_reference],
        [_("Class"), learner_class.name],
        [_("Language"), language_name(learner.preferred_language)],
        [_("Programme start"), row.start],
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


def _quiz_rows(line):
    """The activity's row, then a row for each of its parts (their names set off by a dash)."""
    yield _quiz_line(line)
    for part in line.parts:
        row = _quiz_line(part)
        row[1] = "— " + (part.name or _("A part of the activity"))
        yield row


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


def overview_table(found):
    """(headers, lines) of the overview: each municipality's sites and total, each language group,
    and the total."""
    rows = []
    for section in found.municipalities:
        for figures in section.sites:
            rows.append(
                _figures_cells(_("Site"), section.municipality.name, figures, figures.item.get_kind_display())
            )
        rows.append(_figures_cells(_("Total"), section.municipality.name, section.total, ""))
    for figures in found.languages:
        rows.append(_figures_cells(_("Language group"), "", figures, ""))
    rows.append(_figures_cells(_("Total"), "", found.total, ""))
    return _figures_headers(found.days), rows


def site_learners_table(site, entries):
    """(headers, lines) of a site's learners with their facts."""
    return _learner_headers(), [_learner_cells(site, entry) for entry in entries]


def _rounded(value):
    return None if value is None else round(value, 1)


def _figures_headers(days):
    first, last = days[0].isoformat(), days[-1].isoformat()
    return [
        _("Table"),
        _("Municipality"),
        _("Name"),
        _("Kind"),
        _("Learners"),
        _("Completed"),
        _("Completed within the deadline"),
        _("Decided (completed, or deadline passed)"),
        _("Completed within the deadline (%)"),
        _("On track"),
        _("At risk"),
        _("Overdue"),
        _("Not started"),
        _("At risk or overdue on %(date)s (%%)") % {"date": first},
        _("At risk or overdue on %(date)s (%%)") % {"date": last},
        _("Completed on %(date)s (%%)") % {"date": first},
        _("Completed on %(date)s (%%)") % {"date": last},
    ]


def _figures_cells(table, municipality, figures, kind):
    trend = figures.trend
    return [
        table,
        municipality,
        str(figures.label),
        kind,
        figures.learners,
        figures.completed,
        figures.on_time,
        figures.decided,
        _rounded(figures.on_time_percent),
        figures.on_track,
        figures.at_risk,
        figures.overdue,
        figures.not_started,
        _rounded(trend[0].behind_percent),
        _rounded(trend[-1].behind_percent),
        _rounded(trend[0].completed_percent),
        _rounded(trend[-1].completed_percent),
    ]


def _learner_headers():
    return [
        _("Site"),
        _("Classes"),
        _("Name"),
        _("User name"),
        _("Reference"),
        _("Language"),
        _("Programme start"),
        _("Deadline"),
        _("Hours e-learning"),
        _("Hours classroom"),
        _("Hours total"),
        _("Hours required"),
        _("Status"),
        _("Last activity"),
        _("Met the requirement on"),
        _("Within the deadline"),
    ]


def _learner_cells(site, entry):
    facts = entry.facts
    within = {True: _("Yes"), False: _("No"), None: ""}[facts.on_time]
    return [
        site.name,
        ", ".join(entry.classes),
        facts.full_name,
        facts.username,
        facts.external_reference,
        language_name(facts.language),
        facts.programme_start,
        facts.deadline,
        round(facts.elearning_seconds / 3600, 2),
        round(facts.classroom_seconds / 3600, 2),
        round(facts.hours, 2),
        facts.required_hours,
        str(Status(facts.status).label),
        facts.last_activity,
        facts.satisfied_on,
        within,
    ]
