"""The pages that build a municipality's structure: its sites and their classes (see
`teaching.organisation` for who may do what)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from teaching import membership, organisation
from teaching.access import teacher_pages, visible_classes, visible_learners, visible_sites
from teaching.forms import ClassForm, SiteForm


@teacher_pages
def new_class(request):
    """Make a class at one of the sites the teacher (or coordinator) may see."""
    if not organisation.sites_for_classes(request.user).exists():
        messages.error(
            request, _("You have no site to make a class at yet: ask your coordinator to add you to one.")
        )
        return redirect("teacher_classes")
    form = ClassForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        learner_class = form.save(commit=False)
        organisation.save_class(learner_class, teachers=form.cleaned_data["teachers"])
        messages.success(
            request, _("The class %(name)s is made. Add its learners now.") % {"name": learner_class.name}
        )
        return redirect("class_dashboard", class_id=learner_class.pk)
    return render(request, "teaching/class_form.html", {"form": form, "learner_class": None})


@teacher_pages
def edit_class(request, class_id):
    """A class's name, site, teachers, language and dates; archive it or bring it back."""
    learner_class = get_object_or_404(visible_classes(request.user), pk=class_id)
    form = ClassForm(request.POST or None, instance=learner_class, user=request.user)
    if request.method == "POST" and form.is_valid():
        organisation.save_class(form.save(commit=False), teachers=form.cleaned_data["teachers"])
        messages.success(request, _("The class is saved."))
        return redirect("class_dashboard", class_id=learner_class.pk)
    return render(request, "teaching/class_form.html", {"form": form, "learner_class": learner_class})


@teacher_pages
@require_POST
def archive_class(request, class_id):
    learner_class = get_object_or_404(visible_classes(request.user), pk=class_id)
    if request.POST.get("restore"):
        organisation.restore_class(learner_class)
        messages.success(request, _("The class is back among your classes."))
    else:
        organisation.archive_class(learner_class)
        messages.success(
            request,
            _("The class is archived: it is gone from your daily pages; its learners and records stay."),
        )
    return redirect("teacher_classes")


@teacher_pages
def sites(request):
    """The sites the person may see, with their classes; a coordinator adds and edits them."""
    found = visible_sites(request.user).order_by("municipality__name", "name")
    counts = organisation.class_counts(found)
    rows = [(site, *counts.get(site.pk, (0, 0))) for site in found]
    return render(
        request,
        "teaching/sites.html",
        {"rows": rows, "may_manage": organisation.may_manage_sites(request.user)},
    )


@teacher_pages
def new_site(request):
    if not organisation.may_manage_sites(request.user) or not request.user.municipality_id:
        messages.error(request, _("Only your municipality's coordinator adds sites."))
        return redirect("sites")
    return _site_form(request, organisation.new_site(request.user))


@teacher_pages
def edit_site(request, site_id):
    site = organisation.site_of_municipality(request.user, site_id)
    if site is None:
        if visible_sites(request.user).filter(pk=site_id).exists():
            raise PermissionDenied  # a teacher of the site: they see it, the coordinator keeps it
        raise Http404
    return _site_form(request, site)


def _site_form(request, site):
    form = SiteForm(request.POST or None, instance=site)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("The site %(name)s is saved.") % {"name": form.instance.name})
        return redirect("sites")
    return render(request, "teaching/site_form.html", {"form": form, "site": site})


SEARCH_LIMIT = 50


@teacher_pages
def find_learner(request):
    """Find a learner by name or user name across the sites the teacher (or coordinator) may see,
    with the classes they are in; only classes the searcher may see are linked."""
    query = " ".join(request.GET.get("q", "").split())[:100]
    found, more = [], False
    if query:
        matches = visible_learners(request.user)
        for word in query.split(" "):
            matches = matches.filter(
                Q(first_name__icontains=word) | Q(last_name__icontains=word) | Q(username__icontains=word)
            )
        matches = list(matches.order_by("first_name", "last_name", "username")[: SEARCH_LIMIT + 1])
        more = len(matches) > SEARCH_LIMIT
        matches = matches[:SEARCH_LIMIT]
        # One query for the classes: each (class, learner) pair of the matches in a visible class.
        classes = visible_classes(request.user).filter(learners__in=matches).order_by("name")
        by_learner = {}
        for class_id, name, learner_id in classes.values_list("pk", "name", "learners"):
            by_learner.setdefault(learner_id, []).append((class_id, name))
        found = [(learner, by_learner.get(learner.pk, [])) for learner in matches]
    return render(request, "teaching/find_learner.html", {"query": query, "found": found, "more": more})


@teacher_pages
def place_learner(request, learner_id):
    """Put a learner who is in no class (taken out, or never placed) in one of the open classes the
    teacher may see."""
    learner = get_object_or_404(visible_learners(request.user), pk=learner_id)
    targets = visible_classes(request.user).filter(archived_at__isnull=True).order_by("site__name", "name")
    if request.method == "POST":
        chosen = request.POST.get("to_class", "")
        target = targets.filter(pk=int(chosen)).first() if chosen.isascii() and chosen.isdigit() else None
        if target is None:
            messages.error(request, _("Choose the class to put the learner in."))
        else:
            membership.join(learner, target, by=request.user)
            messages.success(
                request,
                _("%(name)s is now in %(class)s.")
                % {"name": learner.get_full_name() or learner.username, "class": target.name},
            )
            return redirect("learner_detail", class_id=target.pk, learner_id=learner.pk)
    current = visible_classes(request.user).filter(learners=learner).order_by("name")
    return render(
        request,
        "teaching/place_learner.html",
        {"learner": learner, "targets": targets.exclude(pk__in=current), "current": current},
    )
