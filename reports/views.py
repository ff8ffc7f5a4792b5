"""The coordinators' overview: every site the user may see against the course requirement.

A coordinator sees the sites of their municipality, a teacher their own sites, a superuser all.
Nothing in a request's query string changes what is counted: the user alone decides the scope.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from config.languages import language_name
from progress import charts
from progress.charts import percent_text
from progress.standing import Status, rule_settings
from reports import coordinator
from reports.exports import FORMATS, table_response
from teaching.access import teacher_pages, visible_sites

# The sparkline's drawing box in CSS pixels (drawn 1:1, so its dots stay round), and its margin.


@teacher_pages
def overview(request):
    found = coordinator.overview(request.user, timezone.localdate())
    sections = [
        {
            "municipality": section.municipality,
            "table_id": f"sites-{section.municipality.pk}",
            "rows": _rows(section.sites),
            "total": _row(section.total),
        }
        for section in found.municipalities
    ]
    return render(
        request,
        "reports/overview.html",
        {
            "overview": found,
            "sections": sections,
            "languages": _rows(found.languages),
            "total": _row(found.total),
            "only_own_sites": request.user.role == User.Role.TEACHER and not request.user.is_superuser,
            "rule": rule_settings(),
            "weeks": coordinator.TREND_WEEKS,
        },
    )


@teacher_pages
def overview_site(request, site_id):
    site = get_object_or_404(visible_sites(request.user), pk=site_id)
    found = coordinator.site_overview(site, timezone.localdate())
    return render(
        request,
        "reports/overview_site.html",
        {
            "site": site,
            "overview": found,
            "classes": _rows(found.classes),
            "languages": _rows(found.languages),
            "total": _row(found.total),
            "rule": rule_settings(),
            "weeks": coordinator.TREND_WEEKS,
        },
    )


@teacher_pages
def overview_export(request, fmt):
    if fmt not in FORMATS:
        raise Http404
    found = coordinator.overview(request.user, timezone.localdate())
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
    name = _("Overview %(date)s") % {"date": found.today.isoformat()}
    return table_response(name, _figures_headers(found.days), rows, fmt)


@teacher_pages
def overview_site_export(request, site_id, fmt):
    if fmt not in FORMATS:
        raise Http404
    site = get_object_or_404(visible_sites(request.user), pk=site_id)
    today = timezone.localdate()
    rows = [_learner_cells(site, entry) for entry in coordinator.site_learners(site, today)]
    name = f"{site.name} {today.isoformat()}"
    return table_response(name, _learner_headers(), rows, fmt)


def _rows(groups):
    return [_row(figures) for figures in groups]


def _row(figures):
    return {
        "figures": figures,
        "on_time": percent_text(figures.on_time_percent),
        "trend": charts.sparkline(figures.trend),
    }


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
