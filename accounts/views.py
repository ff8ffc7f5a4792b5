"""Logging in and out, for learners first: language first, user name and PIN, no e-mail."""

import time

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import translate_url
from django.utils.http import urlencode
from django.utils.translation import get_language, get_language_info
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_POST

from accounts import links, sessions
from accounts.forms import FORM_ERROR_ID, LoginForm
from accounts.services import log_in

ENDED_REASONS = {"idle", "logout"}


@sensitive_post_parameters("password")
@never_cache
def login_view(request, username=""):
    """The login page; `/<lang>/login/<username>/` is the login link, with the user name filled in."""
    ended = request.GET.get("ended")
    if ended == "idle" and request.user.is_authenticated:
        # The no-script refresh may come a moment before the server's limit; the page has gone to
        # the login screen, so the session ends now.
        return sessions.end_session(request, "idle")
    next_url = request.POST.get("next") or request.GET.get("next", "")
    form = LoginForm(
        request.POST if request.method == "POST" else None,
        initial={"username": username},
        focus_password=bool(username),
    )
    outcome = None
    if form.is_valid():
        outcome = log_in(request, form.cleaned_data["username"], form.cleaned_data["password"])
        if outcome.user is not None:
            return redirect(links.url_after_login(request, outcome.user, next_url))
        form.refuse(outcome)
    return _render_login(request, form, next_url, ended if ended in ENDED_REASONS else None, outcome)


def _render_login(request, form, next_url, ended, outcome):
    context = {
        "form": form,
        "next": next_url,
        "ended": ended,
        "idle_minutes": settings.SESSION_IDLE_MINUTES,
        "languages": _language_choices(request, next_url),
        "form_error_id": FORM_ERROR_ID,
    }
    wait = outcome.wait_seconds if outcome else 0
    response = render(request, "accounts/login.html", context, status=429 if wait else 200)
    if wait:
        response["Retry-After"] = str(wait)
    return response


def _language_choices(request, next_url):
    """This login page in every language, each named in its own language (not a flag)."""
    query = f"?{urlencode({'next': next_url})}" if next_url else ""
    current = get_language()
    return [
        {
            "info": get_language_info(code),
            "url": translate_url(request.path_info, code) + query,
            "current": code == current,
        }
        for code, _name in settings.LANGUAGES
    ]


@require_POST
def logout_view(request):
    """Log out and tell the browser to forget everything of this site (cache, cookies, storage)."""
    return sessions.end_session(request, "logout")


@require_http_methods(["GET", "POST"])
def session_status(request):
    """For the idle script: how long the session has left.

    GET only asks (and does not count as use); POST reports that someone is using the page without
    loading a new one (reading, a quiz, an activity in a frame, a video playing).
    """
    if not request.user.is_authenticated:
        return HttpResponse(status=401)
    if request.method == "POST":
        sessions.note_activity(request, time.time(), force=True)
    return JsonResponse({"remaining_seconds": sessions.seconds_left(request)})
