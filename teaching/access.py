"""Who sees which classes: teachers their sites', coordinators their municipality's (DESIGN.md, rule 6)."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404

from accounts.models import LearningSite, User
from teaching.models import LearnerClass

STAFF_ROLES = (User.Role.TEACHER, User.Role.COORDINATOR)


def visible_classes(user):
    """The classes `user` may see; none for anyone but teachers, coordinators and superusers."""
    classes = LearnerClass.objects.select_related("site", "site__municipality")
    if user.is_superuser:
        return classes
    if user.role == User.Role.TEACHER:
        return classes.filter(site__in=user.sites.all())
    if user.role == User.Role.COORDINATOR and user.municipality_id:
        return classes.filter(site__municipality_id=user.municipality_id)
    return classes.none()


def visible_sites(user):
    """The sites `user` may see, by the same rule as `visible_classes`: a queryset, never a list."""
    sites = LearningSite.objects.select_related("municipality")
    if user.is_superuser:
        return sites
    if user.role == User.Role.TEACHER:
        return sites.filter(pk__in=user.sites.values("pk"))
    if user.role == User.Role.COORDINATOR and user.municipality_id:
        return sites.filter(municipality_id=user.municipality_id)
    return sites.none()


def learners_at(sites):
    """The learners who count at `sites` (a queryset of sites), as a queryset built on subqueries.

    A learner counts at a site when they are in a class there. A learner in no class at all (enrolled,
    not yet placed) counts at the sites of their `User.sites`. A learner in a class elsewhere does not
    count here just because the site is among their `User.sites`: the class decides.
    """
    in_class = LearnerClass.learners.through.objects.filter(learnerclass__site__in=sites).values("user_id")
    unplaced = User.sites.through.objects.filter(
        learningsite__in=sites, user__learner_classes__isnull=True
    ).values("user_id")
    return User.objects.filter(role=User.Role.LEARNER).filter(Q(pk__in=in_class) | Q(pk__in=unplaced))


def visible_learners(user):
    """The learners `user` may see: those who count at the sites `user` may see."""
    return learners_at(visible_sites(user))


def teacher_pages(view):
    """Log in first; then only teachers, coordinators and superusers (anyone else: 403)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        user = request.user
        if not user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not (user.is_superuser or user.role in STAFF_ROLES):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def class_and_learner(user, class_id, learner_id):
    """A class `user` may see and one of its learners, from the URL alone (404 otherwise)."""
    learner_class = get_object_or_404(visible_classes(user), pk=class_id)
    learner = get_object_or_404(learner_class.learners.filter(role=User.Role.LEARNER), pk=learner_id)
    return learner_class, learner
