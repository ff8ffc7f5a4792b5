"""Read-side queries of teaching that other pages show."""

from django.utils import timezone

from teaching.models import Assignment


def assignments_of(learner, modules, module_progress):
    """The modules the learner's classes are asked to finish, with due dates, for \"My course\"."""
    by_key = {str(module.translation_key): module for module in modules}
    rows = Assignment.objects.filter(learner_class__learners=learner).order_by("due_date").distinct()
    today = timezone.localdate()
    return [
        {
            "module": by_key[str(row.module_key)],
            "due_date": row.due_date,
            "overdue": row.due_date < today,
            "done": bool(
                module_progress.get(str(row.module_key)) and module_progress[str(row.module_key)].completed_at
            ),
        }
        for row in rows
        if str(row.module_key) in by_key
    ]
