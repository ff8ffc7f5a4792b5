"""The teachers' downloads: the class dashboard and a learner's page as CSV or XLSX.

Every view finds the class among `visible_classes(user)` and the learner among that class's
learners, from the URL alone: no query parameter can reach another class, site or learner.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone

from progress import standing
from reports import exports, sheets
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
    rows = standing.class_rows(learner_class, today)
    rows, _status, _sort = standing.narrowed(rows, request.GET.get("status"), request.GET.get("sort"))
    headers, lines = sheets.class_table(rows)
    return exports.table_response(f"{learner_class.name} {today.isoformat()}", headers, lines, fmt)


@teacher_pages
def learner_export(request, class_id, learner_id, fmt):
    """The learner page as sections: summary, hours per lesson, sessions, quizzes, timeline."""
    fmt = _format(fmt)
    learner_class, learner = class_and_learner(request.user, class_id, learner_id)
    today = timezone.localdate()
    sections = sheets.learner_sections(learner, learner_class, today)
    name = learner.get_full_name() or learner.username
    return exports.sections_response(f"{name} {today.isoformat()}", sections, fmt)
