"""Who sees which classes: teachers their sites', coordinators their municipality's (DESIGN.md, rule 6)."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

from accounts.models import User
from progress.models import LearnerClass

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
