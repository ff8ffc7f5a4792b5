from django import template

from progress import activities, structure
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
    done = set(progress.activities_done) if progress else set()
    return {
        "request": request,
        "page": page,
        "learner": learner,
        "left": _left(page, lesson, done) if learner and not (progress and progress.completed_at) else [],
        "has_required": bool(lesson and lesson.required),
        "completed": bool(progress and progress.completed_at),
        "csrf_token": context.get("csrf_token"),
        "interface_attrs": context.get("interface_attrs", ""),
    }


@register.filter
def hours(seconds):
    """Seconds as hours (5400 -> 1.5); format them with `floatformat` for the reader's locale."""
    return (seconds or 0) / 3600


def _left(page, lesson, done):
    """(activity id, name) of the lesson's required activities not done yet, in page order."""
    left = []
    for block in [*page.body, *page.activities_missing_here()]:
        if block.block_type == "quiz":
            activity, name = activities.quiz_id(page.translation_key, block.id), block.value["title"]
        elif block.block_type == "h5p" and block.value.get("package") is not None:
            activity, name = activities.h5p_id(page.translation_key, block.id), block.value["package"].title
        else:
            continue
        if activity in lesson.required and activity not in done:
            left.append((activity, name))
    return left
