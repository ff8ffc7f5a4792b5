"""Progress's part in serving pages: a learner opening a lesson starts their study clock."""

from wagtail import hooks

from lessons.models import LessonPage
from progress import clock


@hooks.register("before_serve_page")
def start_the_study_clock(page, request, serve_args, serve_kwargs):
    user = getattr(request, "user", None)
    learner = user is not None and user.is_authenticated and user.is_learner
    if learner and isinstance(page, LessonPage) and request.method == "GET":
        clock.opened(user)
