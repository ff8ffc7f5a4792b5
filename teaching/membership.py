"""Who is in which class, and since when: joining, moving and being taken out, with history.

`LearnerClass.learners` is the class as it is now; `ClassMembership` rows keep every stay in a
class. The rows follow the `learners` relation through `m2m_changed`, so every way a learner is
added or removed (enrolment, import, the admin, the demo) leaves its trace; the verbs here add who
did it and why a stay ended.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models.signals import m2m_changed
from django.dispatch import receiver
from django.utils import timezone

from teaching.access import visible_classes
from teaching.models import ClassMembership, LearnerClass


@transaction.atomic
def join(learner, learner_class, *, by=None):
    """Put `learner` in the class (nothing happens when they are in it already)."""
    learner.sites.add(learner_class.site)
    learner_class.learners.add(learner)
    if by is not None:
        _open(learner_class, learner).filter(added_by__isnull=True).update(added_by=by)


@transaction.atomic
def take_out(learner, learner_class, *, by=None):
    """Take `learner` out of the class. Their account, minutes, results and hours stay theirs; they
    keep the class's site, so teachers there still find them and can place them in another class."""
    learner.sites.add(learner_class.site)
    learner_class.learners.remove(learner)
    _last_closed(learner_class, learner).update(ended=ClassMembership.Ended.TAKEN_OUT, ended_by=by)


@transaction.atomic
def move(teacher, learner, from_class, to_class):
    """Move `learner` from one class to another, both of which `teacher` may see."""
    classes = visible_classes(teacher).filter(pk__in=[from_class.pk, to_class.pk])
    if classes.count() != len({from_class.pk, to_class.pk}) or to_class.archived_at:
        raise PermissionDenied
    if from_class.pk == to_class.pk:
        return
    was_in_class = _open(from_class, learner).exists()
    join(learner, to_class, by=teacher)
    from_class.learners.remove(learner)
    if was_in_class:
        _last_closed(from_class, learner).update(
            ended=ClassMembership.Ended.MOVED, ended_by=teacher, moved_to=to_class
        )


def move_targets(teacher, learner_class):
    """The classes `teacher` may move a learner of `learner_class` to: open, visible, not this one."""
    return (
        visible_classes(teacher)
        .filter(archived_at__isnull=True)
        .exclude(pk=learner_class.pk)
        .order_by("site__name", "name")
    )


def history(learner, teacher):
    """The learner's stays in the classes `teacher` may see, oldest first."""
    return (
        ClassMembership.objects.filter(learner=learner, learner_class__in=visible_classes(teacher))
        .select_related("learner_class", "learner_class__site", "moved_to", "added_by", "ended_by")
        .order_by("joined_at", "pk")
    )


def _open(learner_class, learner):
    return ClassMembership.objects.filter(learner_class=learner_class, learner=learner, left_at__isnull=True)


def _last_closed(learner_class, learner):
    closed = ClassMembership.objects.filter(
        learner_class=learner_class, learner=learner, left_at__isnull=False, ended=""
    )
    last = closed.order_by("-left_at", "-pk").values_list("pk", flat=True)[:1]
    return ClassMembership.objects.filter(pk__in=list(last))


@receiver(m2m_changed, sender=LearnerClass.learners.through)
def _follow_learners(sender, instance, action, reverse, pk_set, **kwargs):
    """Open a stay for every learner added to a class, close it for every learner removed."""
    if action == "pre_clear":
        pairs = _pairs_now(instance, reverse)
        _close(pairs)
        return
    if action not in ("post_add", "post_remove") or not pk_set:
        return
    pairs = [(instance.pk, other) if not reverse else (other, instance.pk) for other in pk_set]
    if action == "post_remove":
        _close(pairs)
        return
    for class_id, learner_id in pairs:
        if not ClassMembership.objects.filter(
            learner_class_id=class_id, learner_id=learner_id, left_at__isnull=True
        ).exists():
            ClassMembership.objects.create(learner_class_id=class_id, learner_id=learner_id)


def _pairs_now(instance, reverse):
    through = LearnerClass.learners.through.objects
    if reverse:
        return [
            (class_id, instance.pk)
            for class_id in through.filter(user=instance).values_list("learnerclass_id", flat=True)
        ]
    return [
        (instance.pk, user_id)
        for user_id in through.filter(learnerclass=instance).values_list("user_id", flat=True)
    ]


def _close(pairs):
    now = timezone.now()
    for class_id, learner_id in pairs:
        ClassMembership.objects.filter(
            learner_class_id=class_id, learner_id=learner_id, left_at__isnull=True
        ).update(left_at=now)
