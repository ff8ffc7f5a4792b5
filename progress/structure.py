"""The course as progress needs it: courses, modules and lessons by translation key.

Read from the default-language (Danish) tree, which every translation follows, so a learner's
progress is the same whatever language they study in. Reading it takes a few queries; it is kept
in memory and dropped whenever a page is published, unpublished or moved.
"""

import threading
import time
from dataclasses import dataclass, field

from wagtail.models import Locale

from courses.models import CoursePage, ModulePage
from lessons import h5p_types
from lessons.models import H5PPackage, LessonPage
from progress import activities

_LIFETIME_SECONDS = 300
_lock = threading.Lock()
_cached = {"structure": None, "loaded": 0.0}


@dataclass(frozen=True)
class Lesson:
    key: str
    module_key: str
    course_key: str
    estimated_minutes: int
    # Activity ids that must be done before the lesson is complete: quizzes and required H5P.
    required: frozenset
    has_quiz: bool = False


@dataclass(frozen=True)
class Module:
    key: str
    course_key: str
    is_mandatory: bool
    lesson_keys: tuple


@dataclass(frozen=True)
class Course:
    key: str
    required_hours: int
    deadline_months: int
    deadline_from: str
    time_credit_cap: float
    module_keys: tuple
    pass_mark_percent: int = 80
    finish_time_percent: int = 50


@dataclass
class Structure:
    courses: dict = field(default_factory=dict)
    modules: dict = field(default_factory=dict)
    lessons: dict = field(default_factory=dict)

    def credit_cap_seconds(self, lesson):
        course = self.courses[lesson.course_key]
        return int(lesson.estimated_minutes * 60 * course.time_credit_cap)

    def finish_time_seconds(self, lesson):
        """The credited time a lesson without activities needs before "I have finished" counts."""
        course = self.courses[lesson.course_key]
        return lesson.estimated_minutes * 60 * course.finish_time_percent // 100

    def mandatory_modules(self, course_key):
        """How many mandatory modules the course has (0 for a course it does not know)."""
        course = self.courses.get(str(course_key))
        return sum(1 for key in course.module_keys if self.modules[key].is_mandatory) if course else 0

    def lesson_for_activity(self, activity_id):
        key = activities.lesson_key(activity_id)
        return self.lessons.get(key) if key else None

    def course_for_activity(self, activity_id):
        key = activities.course_key(activity_id)
        return self.courses.get(key) if key else None


def current():
    """The structure, loaded at most every few minutes (and again after any page change)."""
    with _lock:
        structure = _cached["structure"]
        if structure is None or time.monotonic() - _cached["loaded"] > _LIFETIME_SECONDS:
            structure = _load()
            _cached.update(structure=structure, loaded=time.monotonic())
        return structure


def forget(**_kwargs):
    with _lock:
        _cached["structure"] = None


def _load():
    structure = Structure()
    default = Locale.get_default()
    requirable = requirable_packages()
    for course in CoursePage.objects.live().filter(locale=default):
        modules = ModulePage.objects.live().child_of(course).order_by("path")
        structure.courses[str(course.translation_key)] = Course(
            key=str(course.translation_key),
            required_hours=course.required_hours,
            deadline_months=course.deadline_months,
            deadline_from=course.deadline_from,
            time_credit_cap=float(course.time_credit_cap),
            pass_mark_percent=course.pass_mark_percent,
            finish_time_percent=course.finish_time_percent,
            module_keys=tuple(str(module.translation_key) for module in modules),
        )
        for module in modules:
            _load_module(structure, course, module, requirable)
    return structure


def _load_module(structure, course, module, requirable):
    lessons = LessonPage.objects.live().child_of(module).order_by("path")
    structure.modules[str(module.translation_key)] = Module(
        key=str(module.translation_key),
        course_key=str(course.translation_key),
        is_mandatory=module.is_mandatory,
        lesson_keys=tuple(str(lesson.translation_key) for lesson in lessons),
    )
    for lesson in lessons:
        key = str(lesson.translation_key)
        structure.lessons[key] = Lesson(
            key=key,
            module_key=str(module.translation_key),
            course_key=str(course.translation_key),
            estimated_minutes=lesson.estimated_minutes,
            required=frozenset(required_activities(lesson, requirable)),
            has_quiz=any(block["type"] == "quiz" for block in lesson.body.raw_data),
        )


def requirable_packages():
    """The ids of the H5P packages a lesson can require: ready, of a content type that reports
    completion. A required block whose package is deleted, broken or silent requires nothing, so
    that no lesson waits for an activity that can never be done (the block's form refuses to
    save such a requirement in the first place)."""
    ready = H5PPackage.objects.filter(status=H5PPackage.Status.READY).values_list("pk", "main_library")
    return frozenset(pk for pk, main_library in ready if h5p_types.reports_completion(main_library))


def required_activities(lesson, requirable):
    """The activity ids of a lesson's quizzes and of its H5P blocks marked as required."""
    for block in lesson.body.raw_data:
        if block["type"] == "quiz":
            yield activities.quiz_id(lesson.translation_key, block["id"])
        elif (
            block["type"] == "h5p"
            and block["value"].get("required", True)
            and block["value"].get("package") in requirable
        ):
            yield activities.h5p_id(lesson.translation_key, block["id"])
