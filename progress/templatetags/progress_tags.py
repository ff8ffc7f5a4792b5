from django import template

from progress import structure
from progress.models import LessonProgress

register = template.Library()


@register.inclusion_tag("progress/tracker.html", takes_context=True)
def lesson_tracker(context, page):
    """The lesson's tracker: reports time, quiz answers and H5P statements for a learner."""
    request = context.get("request")
    user = getattr(request, "user", None)
    lesson = structure.current().lessons.get(str(page.translation_key))
    learner = user is not None and user.is_authenticated and user.is_learner and lesson is not None
    progress = None
    if learner:
        progress = LessonProgress.objects.filter(learner=user, lesson_key=page.translation_key).first()
    return {
        "request": request,
        "page": page,
        "learner": learner,
        "has_required": bool(lesson and lesson.required),
        "completed": bool(progress and progress.completed_at),
        "csrf_token": context.get("csrf_token"),
        "interface_attrs": context.get("interface_attrs", ""),
    }


@register.filter
def hours(seconds):
    """Seconds as hours (5400 -> 1.5); format them with `floatformat` for the reader's locale."""
    return (seconds or 0) / 3600
