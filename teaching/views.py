"""The teachers' pages: their classes, one class against the course requirement, its classroom
sessions and assignments, and the page about one learner."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language, get_language_bidi, ngettext
from django.utils.translation import gettext as _

from accounts.models import User
from config.languages import language_name
from progress import charts, history, standing
from progress.standing import Status
from teaching import learner_page, membership, people, services
from teaching.access import class_and_learner, teacher_pages, visible_classes
from teaching.forms import AssignmentForm, ClassroomSessionForm


@teacher_pages
def classes(request):
    """The classes in use; archived ones on request (`?archived=1`)."""
    showing_archived = request.GET.get("archived") == "1"
    found = visible_classes(request.user).order_by("site__name", "name")
    archived = found.exclude(archived_at__isnull=True)
    return render(
        request,
        "teaching/classes.html",
        {
            "classes": archived if showing_archived else found.filter(archived_at__isnull=True),
            "showing_archived": showing_archived,
            "archived_count": archived.count(),
            "may_manage_people": people.may_manage_people(request.user),
        },
    )


@teacher_pages
def class_dashboard(request, class_id):
    learner_class = get_object_or_404(visible_classes(request.user), pk=class_id)
    today = timezone.localdate()
    rows = standing.class_rows(learner_class, today)
    counts = {status: sum(row.status == status for row in rows) for status in Status.values}
    # The whole class's statuses over twelve weeks, today's as the table shows them.
    points = history.distribution([row.learner.pk for row in rows], history.weeks_back(today, 12))
    rows, chosen, sort = standing.narrowed(rows, request.GET.get("status"), request.GET.get("sort"))
    rtl = get_language_bidi()
    return render(
        request,
        "teaching/class_dashboard.html",
        {
            "learner_class": learner_class,
            "rows": rows,
            "statuses": [(status, label, counts[status]) for status, label in Status.choices],
            "chosen_status": chosen,
            "sort": sort,
            "rule": standing.rule_settings(),
            "hours_chart": charts.hours_chart(rows, today, rtl=rtl),
            "status_chart": (
                charts.status_chart(charts.with_today(points, counts), rtl=rtl)
                if any(counts.values())
                else None
            ),
        },
    )


@teacher_pages
def record_session(request, class_id):
    """Record a classroom session: its attendees' hours count like e-learning."""
    learner_class = get_object_or_404(visible_classes(request.user), pk=class_id)
    course = standing.current_course()
    modules = course.modules() if course else []
    form = ClassroomSessionForm(request.POST or None, learner_class=learner_class, modules=modules)
    if request.method == "POST" and course is not None and form.is_valid():
        session = services.record_classroom_session(
            request.user, learner_class, str(course.translation_key), form.cleaned_data, get_language()
        )
        count = session.attendees.count()
        messages.success(
            request,
            ngettext(
                "The session is recorded for %(count)d learner.",
                "The session is recorded for %(count)d learners.",
                count,
            )
            % {"count": count},
        )
        return redirect("class_dashboard", class_id=learner_class.pk)
    return render(request, "teaching/record_session.html", {"learner_class": learner_class, "form": form})


@teacher_pages
def class_sessions(request, class_id):
    """The class's recorded sessions, newest first, with who recorded and changed them."""
    learner_class = get_object_or_404(visible_classes(request.user), pk=class_id)
    sessions = (
        learner_class.sessions.filter(removed_at=None)
        .select_related("recorded_by")
        .prefetch_related("attendees", "changes__changed_by")
    )
    removed = learner_class.sessions.exclude(removed_at=None).prefetch_related("changes__changed_by")
    course = standing.current_course()
    titles = {str(module.translation_key): module.title for module in (course.modules() if course else [])}
    return render(
        request,
        "teaching/class_sessions.html",
        {
            "learner_class": learner_class,
            "sessions": [(session, titles.get(str(session.module_key), "")) for session in sessions],
            "removed": removed,
            "may_change": {session.pk for session in sessions if _may_change(request.user, session)},
        },
    )


@teacher_pages
def edit_session(request, class_id, session_id):
    """Correct a recorded session; its statements are voided and made again, so the hours follow."""
    learner_class, session = _session_to_change(request, class_id, session_id)
    course = standing.current_course()
    modules = course.modules() if course else []
    form = ClassroomSessionForm(
        request.POST or None, learner_class=learner_class, modules=modules, session=session
    )
    if request.method == "POST" and course is not None and form.is_valid():
        services.correct_classroom_session(
            request.user, session, str(course.translation_key), form.cleaned_data, get_language()
        )
        messages.success(request, _("The session is corrected; its learners' hours follow."))
        return redirect("class_sessions", class_id=learner_class.pk)
    return render(
        request,
        "teaching/record_session.html",
        {"learner_class": learner_class, "form": form, "session": session},
    )


@teacher_pages
def remove_session(request, class_id, session_id):
    """Ask, then take a session back: its learners lose its hours; the session's history stays."""
    learner_class, session = _session_to_change(request, class_id, session_id)
    if request.method == "POST":
        services.remove_classroom_session(request.user, session)
        messages.success(request, _("The session is removed; its learners' hours no longer include it."))
        return redirect("class_sessions", class_id=learner_class.pk)
    return render(
        request, "teaching/remove_session.html", {"learner_class": learner_class, "session": session}
    )


def _may_change(user, session):
    """Whoever recorded a session may correct it; coordinators and administrators may too."""
    return user.is_superuser or user.role == User.Role.COORDINATOR or session.recorded_by_id == user.pk


def _session_to_change(request, class_id, session_id):
    learner_class = get_object_or_404(visible_classes(request.user), pk=class_id)
    session = get_object_or_404(learner_class.sessions.filter(removed_at=None), pk=session_id)
    if not _may_change(request.user, session):
        raise PermissionDenied
    return learner_class, session


@teacher_pages
def assignments(request, class_id):
    """The modules the class is asked to finish, with due dates; add one or take one back."""
    learner_class = get_object_or_404(visible_classes(request.user), pk=class_id)
    course = standing.current_course()
    modules = course.modules() if course else []
    form = AssignmentForm(request.POST or None, modules=modules)
    if request.method == "POST" and "remove" in request.POST:
        services.withdraw_assignment(request.user, learner_class, request.POST.get("remove"))
        return redirect("class_assignments", class_id=learner_class.pk)
    if request.method == "POST" and form.is_valid():
        services.assign_module(
            request.user, learner_class, form.cleaned_data["module"], form.cleaned_data["due_date"]
        )
        return redirect("class_assignments", class_id=learner_class.pk)
    titles = {str(module.translation_key): module.title for module in modules}
    current = [
        (assignment, titles.get(str(assignment.module_key))) for assignment in learner_class.assignments.all()
    ]
    return render(
        request,
        "teaching/assignments.html",
        {"learner_class": learner_class, "form": form, "assignments": current},
    )


@teacher_pages
def learner_detail(request, class_id, learner_id):
    learner_class, learner = class_and_learner(request.user, class_id, learner_id)
    today = timezone.localdate()
    page = learner_page.learner_page(learner, today, request.GET.get("page"))
    return render(
        request,
        "teaching/learner_detail.html",
        {
            **page,
            "learner_class": learner_class,
            "learner": learner,
            "language_name": language_name(learner.preferred_language),
            "hours_chart": charts.hours_chart([page["row"]], today, rtl=get_language_bidi()),
            "memberships": membership.history(learner, request.user),
        },
    )
