"""Read-side queries for the learner's pages. They read projections, never raw statements."""

from django.utils import timezone
from wagtail.models import Locale

from courses.models import CoursePage, RoleModelIndexPage
from courses.translation import active_locale, localized
from lessons.models import LessonPage
from progress import structure
from progress.models import CourseProgress, LessonProgress, ModuleProgress
from progress.standing import deadline


def lesson_page(lesson_key):
    """The live lesson in the active language, or in Danish where it is not translated."""
    pages = LessonPage.objects.live().filter(translation_key=lesson_key)
    by_locale = {
        page.locale_id: page for page in pages.filter(locale__in=[active_locale(), Locale.get_default()])
    }
    return by_locale.get(active_locale().pk) or by_locale.get(Locale.get_default().pk)


def lesson_summary(learner, lesson):
    progress = LessonProgress.objects.filter(learner=learner, lesson_key=lesson.key).first()
    return {
        "completed": bool(progress and progress.completed_at),
        "credited_minutes": (progress.credited_seconds // 60) if progress else 0,
        "required_left": sorted(lesson.required - set(progress.activities_done if progress else [])),
    }


def learner_home(learner):
    """Everything "My course" shows, in the active language."""
    danish = CoursePage.objects.live().filter(locale=Locale.get_default()).first()
    if danish is None:
        return {"course": None}
    course_page = localized([danish])[0]
    plan = structure.current()
    course = plan.courses.get(str(course_page.translation_key))
    progress = CourseProgress.objects.filter(learner=learner, course_key=course_page.translation_key).first()
    modules = course_page.modules()
    module_progress = {
        str(row.module_key): row
        for row in ModuleProgress.objects.filter(
            learner=learner, module_key__in=[m.translation_key for m in modules]
        )
    }
    credited = progress.credited_seconds if progress else 0
    due = deadline(learner, danish)  # the Danish course's rules hold in every language
    today = timezone.localdate()
    return {
        "course": course_page,
        "progress": progress,
        "modules": [
            (module, module_progress.get(str(module.translation_key)), _lesson_count(plan, module))
            for module in modules
        ],
        "hours_credited": credited / 3600,
        "hours_required": course_page.required_hours,
        "hours_percent": min(100, round(100 * credited / (course_page.required_hours * 3600))),
        "deadline": due,
        "days_left": (due - today).days if due else None,
        "continue_lesson": _continue(learner, plan, course, progress),
        "stories": localized(RoleModelIndexPage.objects.live().filter(locale=Locale.get_default())[:1]),
    }


def _lesson_count(plan, module):
    found = plan.modules.get(str(module.translation_key))
    return len(found.lesson_keys) if found else 0


def _continue(learner, plan, course, progress):
    """The lesson to go on with: the last one touched if unfinished, else the next unfinished one."""
    if course is None:
        return None
    order = [key for module_key in course.module_keys for key in plan.modules[module_key].lesson_keys]
    if not order:
        return None
    completed = {
        str(key)
        for key in LessonProgress.objects.filter(
            learner=learner, lesson_key__in=order, completed_at__isnull=False
        ).values_list("lesson_key", flat=True)
    }
    start = (
        order.index(str(progress.last_lesson_key))
        if progress and str(progress.last_lesson_key) in order
        else 0
    )
    following = [key for key in order[start:] + order[:start] if key not in completed]
    if not following:
        return None
    return lesson_page(following[0])
