"""What teachers do to a class, each one function, atomic: classroom sessions (recorded, corrected,
removed, each change audited) and assignments.

A session's hours reach its learners as `attended` statements the platform records
(`progress.services.record`); correcting or removing it voids them, so the projections follow.
"""

from django.db import transaction
from django.utils import timezone

from lrs import records
from progress import activities, statements
from progress.services import record
from teaching.models import Assignment, ClassroomSession, ClassroomSessionChange


@transaction.atomic
def record_classroom_session(teacher, learner_class, course_key, data, language):
    """Keep the session and give each attendee an `attended` statement with its duration."""
    session = ClassroomSession.objects.create(
        learner_class=learner_class,
        date=data["date"],
        minutes=data["minutes"],
        module_key=data["module"] or None,
        topic=data["topic"],
        recorded_by=teacher,
    )
    session.attendees.set(list(data["attendees"]))
    _credit_attendees(teacher, session, course_key, language)
    ClassroomSessionChange.objects.create(
        session=session, action=ClassroomSessionChange.Action.RECORDED, changed_by=teacher
    )
    return session


@transaction.atomic
def correct_classroom_session(teacher, session, course_key, data, language):
    """Change a recorded session: its statements are voided and made again, so the hours follow."""
    before = session.snapshot()
    _void_attendance(teacher, session)
    session.date, session.minutes = data["date"], data["minutes"]
    session.module_key, session.topic = data["module"] or None, data["topic"]
    session.save(update_fields=["date", "minutes", "module_key", "topic"])
    session.attendees.set(list(data["attendees"]))
    _credit_attendees(teacher, session, course_key, language)
    ClassroomSessionChange.objects.create(
        session=session, action=ClassroomSessionChange.Action.CORRECTED, changed_by=teacher, before=before
    )
    return session


@transaction.atomic
def remove_classroom_session(teacher, session):
    """Take a session back: its statements are voided (the hours go), the session and its history stay."""
    before = session.snapshot()
    _void_attendance(teacher, session)
    session.removed_at = timezone.now()
    session.save(update_fields=["removed_at"])
    ClassroomSessionChange.objects.create(
        session=session, action=ClassroomSessionChange.Action.REMOVED, changed_by=teacher, before=before
    )


def same_session(learner_class, date, topic, *, exclude=None):
    """A session already recorded for the class on that date with the same topic, or None."""
    found = learner_class.sessions.filter(removed_at=None, date=date, topic__iexact=topic.strip())
    if exclude is not None:
        found = found.exclude(pk=exclude.pk)
    return found.first()


def _credit_attendees(teacher, session, course_key, language):
    made = [
        statements.attended(learner, session, course_key, teacher, language)
        for learner in session.attendees.all()
    ]
    if made:
        record(made)


def _void_attendance(teacher, session):
    made = records.made_about(activities.meeting_id(session.uuid), statements.VERBS["attended"])
    if made:
        record([statements.voiding(teacher, statement_id) for statement_id in made])


def assign_module(teacher, learner_class, module_key, due_date):
    """Ask the class to finish a module by a date; assigning it again moves the date."""
    assignment, _created = Assignment.objects.update_or_create(
        learner_class=learner_class,
        module_key=module_key,
        defaults={"due_date": due_date, "created_by": teacher},
    )
    return assignment


def withdraw_assignment(teacher, learner_class, assignment_id):
    """Take an assignment back from the class (one of its own; anything else is ignored)."""
    try:
        number = int(assignment_id)
    except (TypeError, ValueError):
        return
    learner_class.assignments.filter(pk=number).delete()
