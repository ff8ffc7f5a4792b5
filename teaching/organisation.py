"""A municipality's structure, kept by its own people: coordinators make and edit the sites of their
municipality and the classes of any of them; teachers make classes at their own sites. Who may do
what is decided here, once, for the pages and the forms alike."""

from django.db import transaction
from django.utils import timezone

from accounts.models import LearningSite, User
from teaching.access import visible_classes, visible_sites
from teaching.models import LearnerClass


def may_manage_sites(user):
    """Coordinators keep their municipality's sites (superusers every site)."""
    return user.is_superuser or (user.role == User.Role.COORDINATOR and bool(user.municipality_id))


def sites_for_classes(user):
    """The sites at which `user` may make a class: a teacher's own, a coordinator's municipality's."""
    return visible_sites(user).order_by("municipality__name", "name")


def teachers_for(user):
    """The teachers and coordinators who may be put in a class `user` makes or edits: staff of the
    sites `user` may see (a coordinator of the municipality among them)."""
    sites = visible_sites(user)
    staff = User.objects.filter(is_active=True, role__in=(User.Role.TEACHER, User.Role.COORDINATOR))
    in_sites = staff.filter(sites__in=sites)
    coordinators = staff.filter(role=User.Role.COORDINATOR, municipality__sites__in=sites)
    return (in_sites | coordinators).distinct().order_by("first_name", "last_name", "username")


def may_edit_class(user, learner_class):
    return visible_classes(user).filter(pk=learner_class.pk).exists()


@transaction.atomic
def save_class(learner_class, *, teachers):
    """Save a class made or edited through the form, with its teachers."""
    learner_class.save()
    learner_class.teachers.set(teachers)
    return learner_class


def archive_class(learner_class):
    """Take the class out of the daily views; its learners and records stay and are still counted."""
    if learner_class.archived_at is None:
        learner_class.archived_at = timezone.now()
        learner_class.save(update_fields=["archived_at"])


def restore_class(learner_class):
    learner_class.archived_at = None
    learner_class.save(update_fields=["archived_at"])


def site_of_municipality(user, site_id):
    """A site `user` may edit (a coordinator's municipality's), or None."""
    if not may_manage_sites(user):
        return None
    return visible_sites(user).filter(pk=site_id).first()


def new_site(user):
    """An unsaved site in `user`'s municipality."""
    return LearningSite(municipality_id=user.municipality_id)


def class_counts(sites):
    """{site id: (open classes, archived classes)}."""
    counts = {}
    for site_id, archived in LearnerClass.objects.filter(site__in=sites).values_list(
        "site_id", "archived_at"
    ):
        open_count, archived_count = counts.get(site_id, (0, 0))
        counts[site_id] = (open_count, archived_count + 1) if archived else (open_count + 1, archived_count)
    return counts
