"""The teachers' pages: their classes, and one class against the course requirement."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language, get_language_bidi, ngettext

from progress import charts, history, services, teacher_queries
from progress.access import teacher_pages, visible_classes
from progress.forms import AssignmentForm, ClassroomSessionForm
from progress.status import Status


@teacher_pages
def classes(request):
    found = visible_classes(request.user).order_by("site__name", "name")
    return render(request, "progress/classes.html", {"classes": found})


@teacher_pages
def class_dashboard(request, class_id):
    learner_class = get_object_or_404(visible_classes(request.user), pk=class_id)
    today = timezone.localdate()
    rows = teacher_queries.class_rows(learner_class, today)
    counts = {status: sum(row.status == status for row in rows) for status in Status.values}
    # The whole class's statuses over twelve weeks, today's as the table shows them.
    points = history.distribution([row.learner.pk for row in rows], history.weeks_back(today, 12))
    chosen = request.GET.get("status")
    if chosen in Status.values:
        rows = [row for row in rows if row.status == chosen]
    sort = request.GET.get("sort")
    if sort not in teacher_queries.SORTS:
        sort = "status"
    rows.sort(key=teacher_queries.SORTS[sort])
    rtl = get_language_bidi()
    return render(
        request,
        "progress/class_dashboard.html",
        {
            "learner_class": learner_class,
            "rows": rows,
            "statuses": [(status, label, counts[status]) for status, label in Status.choices],
            "chosen_status": chosen if chosen in Status.values else "",
            "sort": sort,
            "rule": teacher_queries.rule_settings(),
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
    course = teacher_queries.current_course()
    modules = course.modules() if course else []
    form = ClassroomSessionForm(request.POST or None, learner_class=learner_class, modules=modules)
    if request.method == "POST" and course is not None and form.is_valid():
        session = services.record_classroom_session(
            request.user, learner_class, str(course.translation_key), form.cleaned_data, get_language()
        )
        messages.success(
            request,
            ngettext(
                "The session is recorded for %(count)d learner.",
                "The session is recorded for %(count)d learners.",
                session.attendees.count(),
            )
            % {"count": session.attendees.count()},
        )
        return redirect("class_dashboard", class_id=learner_class.pk)
    return render(request, "progress/record_session.html", {"learner_class": learner_class, "form": form})


@teacher_pages
def assignments(request, class_id):
    """The modules the class is asked to finish, with due dates; add one or take one back."""
    learner_class = get_object_or_404(visible_classes(request.user), pk=class_id)
    course = teacher_queries.current_course()
    modules = course.modules() if course else []
    form = AssignmentForm(request.POST or None, modules=modules)
    if request.method == "POST" and "remove" in request.POST:
        learner_class.assignments.filter(pk=request.POST.get("remove") or None).delete()
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
        "progress/assignments.html",
        {"learner_class": learner_class, "form": form, "assignments": current},
    )
