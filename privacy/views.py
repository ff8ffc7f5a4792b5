"""The coordinator's access log: who looked at which learner, filterable and exportable."""

import datetime

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from certificates.views import earned_certificate
from privacy import subject
from privacy.models import AccessRecord
from reports.exports import table_response
from teaching.access import class_and_learner, teacher_pages
from teaching.people import may_manage_people

FORMATS = ("csv", "xlsx")
PAGE_SIZE = 100


class AccessLogFilter(forms.Form):
    q = forms.CharField(label=gettext_lazy("Learner or staff member"), required=False, max_length=100)
    what = forms.ChoiceField(label=gettext_lazy("What"), required=False)
    since = forms.DateField(
        label=gettext_lazy("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        label=gettext_lazy("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["what"].choices = [("", gettext_lazy("Everything")), *AccessRecord.What.choices]


def visible_records(user):
    """The records a coordinator may read: their municipality's (a superuser's: all)."""
    records = AccessRecord.objects.select_related("learner")
    if user.is_superuser:
        return records
    return records.filter(municipality_id=user.municipality_id) if user.municipality_id else records.none()


def filtered(request):
    form = AccessLogFilter(request.GET or None)
    records = visible_records(request.user)
    if form.is_valid():
        chosen = form.cleaned_data
        if query := chosen["q"].strip():
            records = records.filter(
                Q(viewer_name__icontains=query)
                | Q(learner__first_name__icontains=query)
                | Q(learner__last_name__icontains=query)
                | Q(learner__username__icontains=query)
            )
        if chosen["what"]:
            records = records.filter(what=chosen["what"])
        zone = timezone.get_current_timezone()
        if chosen["since"]:
            records = records.filter(
                at__gte=datetime.datetime.combine(chosen["since"], datetime.time(), zone)
            )
        if chosen["until"]:
            end = datetime.datetime.combine(
                chosen["until"] + datetime.timedelta(days=1), datetime.time(), zone
            )
            records = records.filter(at__lt=end)
    return form, records


def _only_coordinators(request):
    if may_manage_people(request.user):
        return None
    messages.error(request, _("Only your municipality's coordinator reads the access log."))
    return redirect("teacher_classes")


@teacher_pages
def access_log(request):
    """Every teacher's and coordinator's look at a learner of the municipality, newest first."""
    refused = _only_coordinators(request)
    if refused:
        return refused
    form, records = filtered(request)
    page = Paginator(records, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request, "privacy/access_log.html", {"form": form, "records": page, "query": query.urlencode()}
    )


@teacher_pages
def access_log_export(request, fmt):
    if fmt not in FORMATS:
        raise Http404
    refused = _only_coordinators(request)
    if refused:
        return refused
    _form, records = filtered(request)
    headers = [_("When"), _("Who looked"), _("Learner"), _("User name"), _("What"), _("Page"), _("Came from")]
    rows = [
        [
            timezone.localtime(record.at).replace(tzinfo=None),
            record.viewer_name,
            record.learner.get_full_name(),
            record.learner.username,
            record.get_what_display(),
            record.page,
            record.came_from,
        ]
        for record in records.iterator(chunk_size=2000)
    ]
    return table_response(
        _("Access log %(date)s") % {"date": timezone.localdate().isoformat()}, headers, rows, fmt
    )


def _download(learner, certificate):
    body = subject.archive(learner, certificate=certificate)
    response = HttpResponse(body, content_type="application/zip")
    name = f"samfund-{learner.username}-{timezone.localdate().isoformat()}.zip"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
def my_data(request):
    """The learner's own copy of everything held about them (Art. 15 and 20)."""
    if not request.user.is_learner:
        raise Http404
    return _download(request.user, earned_certificate(request.user))


@teacher_pages
def learner_data(request, class_id, learner_id):
    """The same copy, made by a teacher or coordinator for a learner of their sites (a subject
    access request often arrives on paper at the school). Recorded in the access log."""
    _learner_class, learner = class_and_learner(request.user, class_id, learner_id)
    return _download(learner, earned_certificate(learner))
