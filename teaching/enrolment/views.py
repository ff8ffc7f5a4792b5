"""The teachers' enrolment pages: add, edit and import learners; print and reprint login cards.

Every page is one class's (`visible_classes`: another site's class is a 404) and only POST changes
anything. Pages that show PINs are never cached: they are opened on shared school computers.
"""

import secrets

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext, ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from accounts.models import User
from teaching import enrolment, membership
from teaching.access import teacher_pages, visible_classes
from teaching.enrolment.csv_files import MAX_CSV_BYTES, MAX_CSV_ROWS
from teaching.enrolment.forms import LearnerForm, LearnersFileForm

# After an import the new learners' cards are shown; past this many, the whole class's.
MAX_CARDS_IN_URL = 100


@teacher_pages
def enrol_learner(request, class_id):
    learner_class = get_object_or_404(visible_classes(request.user), pk=class_id)
    form = LearnerForm(request.POST or None, learner_class=learner_class)
    if request.method == "POST" and form.is_valid():
        learner = enrolment.enrol_learner(request.user, learner_class, form.cleaned_data)
        messages.success(
            request,
            gettext("%(name)s is enrolled. Print the login card, or write down the user name and PIN.")
            % {"name": learner.get_full_name()},
        )
        return redirect(_cards_url(learner_class, [learner]))
    return render(request, "teaching/enrol_learner.html", {"learner_class": learner_class, "form": form})


@teacher_pages
def edit_learner(request, class_id, learner_id):
    learner_class = get_object_or_404(visible_classes(request.user), pk=class_id)
    learner = _learner_in(learner_class, learner_id)
    if request.method == "POST" and "remove" in request.POST:
        enrolment.remove_learner_from_class(request.user, learner_class, learner)
        messages.success(
            request,
            gettext("%(name)s is no longer in %(class)s. Their account and hours are kept.")
            % {"name": learner.get_full_name() or learner.username, "class": learner_class.name},
        )
        return redirect("class_dashboard", class_id=learner_class.pk)
    form = LearnerForm(
        request.POST or None,
        learner_class=learner_class,
        learner=learner,
        initial=LearnerForm.initial_for(learner),
    )
    if request.method == "POST" and form.is_valid():
        enrolment.update_learner(request.user, learner_class, learner, form.cleaned_data)
        messages.success(request, gettext("The changes are saved."))
        return redirect(_cards_url(learner_class, [learner]))
    return render(
        request,
        "teaching/edit_learner.html",
        {
            "learner_class": learner_class,
            "learner": learner,
            "form": form,
            "move_targets": membership.move_targets(request.user, learner_class),
        },
    )


@teacher_pages
@require_POST
def move_learner(request, class_id, learner_id):
    """Move a learner to another class the teacher may see; the stay in this class stays on record."""
    learner_class = get_object_or_404(visible_classes(request.user), pk=class_id)
    learner = _learner_in(learner_class, learner_id)
    target = membership.move_targets(request.user, learner_class).filter(
        pk=_number(request.POST.get("to_class"))
    )
    target = target.first()
    if target is None:
        messages.error(request, gettext("Choose the class to move the learner to."))
        return redirect("edit_learner", class_id=learner_class.pk, learner_id=learner.pk)
    membership.move(request.user, learner, learner_class, target)
    messages.success(
        request,
        gettext("%(name)s is now in %(class)s. Their hours and progress came along.")
        % {"name": learner.get_full_name() or learner.username, "class": target.name},
    )
    return redirect("learner_detail", class_id=target.pk, learner_id=learner.pk)


def _number(value):
    return int(value) if value and value.isascii() and value.isdigit() and len(value) < 12 else None


@teacher_pages
def import_learners(request, class_id):
    """Upload a CSV file, see every row checked, then import them all, or none while any is wrong.

    Between the preview and the confirmation the rows wait in the server-side session, under this
    class; the confirmation names the preview it confirms (`token`), so a form from an older
    preview, or another tab's, never imports rows the teacher has not seen.
    """
    learner_class = get_object_or_404(visible_classes(request.user), pk=class_id)
    pending = request.session.get(_session_key(learner_class))
    action = request.POST.get("action") if request.method == "POST" else None
    if action == "upload":
        return _upload(request, learner_class)
    if action == "cancel":
        request.session.pop(_session_key(learner_class), None)
        return redirect("import_learners", class_id=learner_class.pk)
    if action == "confirm":
        return _confirm(request, learner_class, pending)
    rows = enrolment.check_rows(pending["rows"], learner_class) if pending else []
    return _render_import(request, learner_class, LearnersFileForm(), pending, rows)


def _upload(request, learner_class):
    # A new file replaces the preview of the last one, even when it cannot be read.
    request.session.pop(_session_key(learner_class), None)
    form = LearnersFileForm(request.POST, request.FILES)
    if not form.is_valid():
        return _render_import(request, learner_class, form, None, [])
    read = enrolment.read_learners_csv(form.cleaned_data["file"].read())
    if read.error:
        form.add_error("file", read.error)
        return _render_import(request, learner_class, form, None, [])
    request.session[_session_key(learner_class)] = {
        "token": secrets.token_urlsafe(16),
        "filename": form.cleaned_data["file"].name[:200],
        "rows": read.rows,
        "ignored_columns": read.ignored_columns,
    }
    # The preview is a page of its own: reloading it does not send the file again.
    return redirect("import_learners", class_id=learner_class.pk)


def _confirm(request, learner_class, pending):
    if not pending:
        messages.error(request, gettext("There is nothing to import. Upload the file again."))
        return redirect("import_learners", class_id=learner_class.pk)
    if not secrets.compare_digest(request.POST.get("token", ""), pending["token"]):
        messages.error(
            request,
            gettext(
                "A newer file was uploaded for this class, maybe in another window. "
                "Check it and confirm again."
            ),
        )
        return redirect("import_learners", class_id=learner_class.pk)
    try:
        learners = enrolment.import_learners(request.user, learner_class, pending["rows"])
    except enrolment.ImportHasErrors as refused:
        messages.error(request, gettext("Nothing was imported. Correct the file and upload it again."))
        return _render_import(request, learner_class, LearnersFileForm(), pending, refused.rows)
    del request.session[_session_key(learner_class)]
    messages.success(
        request,
        ngettext(
            "%(count)d learner is imported. Print the login card now.",
            "%(count)d learners are imported. Print their login cards now.",
            len(learners),
        )
        % {"count": len(learners)},
    )
    return redirect(_cards_url(learner_class, learners))


def _render_import(request, learner_class, form, pending, rows):
    return render(
        request,
        "teaching/import_learners.html",
        {
            "learner_class": learner_class,
            "form": form,
            "pending": pending,
            "rows": rows,
            "error_count": sum(bool(row.errors) for row in rows),
            "max_rows": MAX_CSV_ROWS,
            "max_megabytes": MAX_CSV_BYTES // (1024 * 1024),
        },
    )


@never_cache
@teacher_pages
def login_cards(request, class_id):
    """A sheet of login cards for the class, or for the learners named by `?learner=<id>`."""
    learner_class = get_object_or_404(visible_classes(request.user), pk=class_id)
    learners = _learners(learner_class).order_by("first_name", "last_name", "username")
    chosen = request.GET.getlist("learner")
    if chosen:
        if not all(learner_id.isdigit() for learner_id in chosen):
            raise Http404
        wanted = {int(learner_id) for learner_id in chosen}
        learners = learners.filter(pk__in=wanted)
        if len(learners) != len(wanted):
            raise Http404
    cards = [enrolment.login_card(learner) for learner in learners]
    return render(
        request,
        "teaching/login_cards.html",
        {"learner_class": learner_class, "cards": cards, "chosen": bool(chosen)},
    )


@teacher_pages
@require_POST
def reset_pin(request, class_id, learner_id):
    learner_class = get_object_or_404(visible_classes(request.user), pk=class_id)
    learner = _learner_in(learner_class, learner_id)
    enrolment.reset_pin(request.user, learner)
    messages.success(
        request,
        gettext("%(name)s has a new PIN. The old login card no longer works: print this one.")
        % {"name": learner.get_full_name() or learner.username},
    )
    return redirect(_cards_url(learner_class, [learner]))


def _learners(learner_class):
    return learner_class.learners.filter(role=User.Role.LEARNER)


def _learner_in(learner_class, learner_id):
    return get_object_or_404(_learners(learner_class), pk=learner_id)


def _session_key(learner_class):
    return f"enrolment_import_{learner_class.pk}"


def _cards_url(learner_class, learners):
    url = reverse("login_cards", kwargs={"class_id": learner_class.pk})
    if len(learners) > MAX_CARDS_IN_URL:
        return url
    return f"{url}?{urlencode([('learner', learner.pk) for learner in learners])}"
