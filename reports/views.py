"""The coordinators' overview: every site the user may see against the course requirement.

A coordinator sees the sites of their municipality, a teacher their own sites, a superuser all.
Nothing in a request's query string changes what is counted: the user alone decides the scope.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from progress import charts
from progress.charts import percent_text
from progress.standing import rule_settings
from reports import coordinator, sheets
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
    headers, rows = sheets.overview_table(found)
    name = _("Overview %(date)s") % {"date": found.today.isoformat()}
    return table_response(name, headers, rows, fmt)


@teacher_pages
def overview_site_export(request, site_id, fmt):
    if fmt not in FORMATS:
        raise Http404
    site = get_object_or_404(visible_sites(request.user), pk=site_id)
    today = timezone.localdate()
    headers, rows = sheets.site_learners_table(site, coordinator.site_learners(site, today))
    name = f"{site.name} {today.isoformat()}"
    return table_response(name, headers, rows, fmt)


def _rows(groups):
    return [_row(figures) for figures in groups]


def _row(figures):
    return {
        "figures": figures,
        "on_time": percent_text(figures.on_time_percent),
        "trend": charts.sparkline(figures.trend),
    }
