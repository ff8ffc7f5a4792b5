"""The learner's own pages: "My course", and the endpoint their lesson pages report to."""

from typing import Annotated, Literal

import pydantic
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from progress import learner_pages, services, structure


class TimeReport(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(strict=True, extra="forbid")
    type: Literal["time"]
    seconds: int


class QuizAnswers(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(strict=True, extra="forbid")
    type: Literal["quiz"]
    block: Annotated[str, pydantic.StringConstraints(max_length=64)]
    answers: dict[Annotated[str, pydantic.StringConstraints(max_length=4)], list[int]]


class H5PStatement(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(strict=True, extra="forbid")
    type: Literal["h5p"]
    block: Annotated[str, pydantic.StringConstraints(max_length=64)]
    statement: dict
    # The page's own id for this relay, the same when it is sent again: a resent relay is stored once.
    relay: Annotated[str, pydantic.StringConstraints(pattern=r"^[0-9a-fA-F-]{32,36}$")] | None = None


class Finished(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(strict=True, extra="forbid")
    type: Literal["finish"]


EVENT = pydantic.TypeAdapter(
    Annotated[TimeReport | QuizAnswers | H5PStatement | Finished, pydantic.Field(discriminator="type")]
)


# The most one lesson event may carry. H5P's largest statements (an essay, a long set of answers)
# are a few kilobytes; the page sends events with fetch's keepalive, which allows 64 KiB anyway.
MAX_EVENT_BYTES = 64 * 1024


@login_required
def learner_home(request):
    return render(request, "progress/learner_home.html", learner_pages.learner_home(request.user))


@require_POST
def track(request, lesson_key):
    """Record what happened in a lesson: time, quiz answers, an H5P statement, or "finished"."""
    if not request.user.is_authenticated:
        return _error(_("You are not logged in any more. Log in again to keep your progress."), 401)
    if not request.user.is_learner:
        return _error(_("Only learners' progress is recorded."), 403)
    if _declared_length(request) > MAX_EVENT_BYTES:
        return _error(_("The lesson sent too much at once to be recorded."), 413)
    lesson = structure.current().lessons.get(str(lesson_key))
    page = learner_pages.lesson_page(lesson_key) if lesson else None
    if page is None:
        return _error(_("This lesson does not exist any more."), 404)
    if len(request.body) > MAX_EVENT_BYTES:
        return _error(_("The lesson sent too much at once to be recorded."), 413)
    try:
        event = EVENT.validate_json(request.body)
    except pydantic.ValidationError:
        return _error(_("The lesson sent something the platform does not understand. Reload the page."), 400)
    try:
        answer = _record(request.user, lesson, page, event)
    except services.LearnerError as error:
        return _error(str(error), 400)
    return JsonResponse(
        {"recorded": True, **(answer or {}), "lesson": learner_pages.lesson_summary(request.user, lesson)}
    )


def _record(learner, lesson, page, event):
    language = get_language()
    if isinstance(event, TimeReport):
        return services.record_time(learner, lesson, page.title, language, event.seconds)
    if isinstance(event, QuizAnswers):
        return {"quiz": services.answer_quiz(learner, lesson, page, event.block, event.answers, language)}
    if isinstance(event, H5PStatement):
        return services.relay_h5p(
            learner, lesson, page, event.block, event.statement, language, relay=event.relay
        )
    return services.finish_lesson(learner, lesson, page.title, language)


def _declared_length(request):
    try:
        return int(request.headers.get("Content-Length") or 0)
    except ValueError:
        return 0


def _error(message, status):
    return JsonResponse({"error": message}, status=status)
